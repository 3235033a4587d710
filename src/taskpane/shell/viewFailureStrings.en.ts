import type { ViewFailureStrings } from './viewFailureStrings';

export const en: ViewFailureStrings = {
  title: 'This view could not be shown.',
  body:
    'The open meeting and what is already saved are not affected; the other views above keep working. ' +
    'Reload the view. If the error comes back, close and reopen Treffpunkt and report it to IT.',
  reload: 'Reload the view',
  toView: (label) => `Go to “${label}”`,
};
