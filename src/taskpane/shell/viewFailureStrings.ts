import type { Localized } from '../i18n/localized';

export interface ViewFailureStrings {
  title: string;
  /** What it means and what to do. */
  body: string;
  reload: string;
  /** The way back to the planning view, by its tab's name. */
  toView: (label: string) => string;
}

export const viewFailureStrings: Localized<ViewFailureStrings> = {
  de: {
    title: 'Diese Ansicht konnte nicht angezeigt werden.',
    body:
      'Das geöffnete Treffen und was bereits gesichert ist, sind davon nicht betroffen; die anderen Ansichten ' +
      'oben funktionieren weiter. Laden Sie die Ansicht neu. Tritt der Fehler wieder auf, schließen und öffnen ' +
      'Sie Treffpunkt und melden Sie ihn der IT.',
    reload: 'Ansicht neu laden',
    toView: (label) => `Zu „${label}“`,
  },
  en: {
    title: 'This view could not be shown.',
    body:
      'The open meeting and what is already saved are not affected; the other views above keep working. ' +
      'Reload the view. If the error comes back, close and reopen Treffpunkt and report it to IT.',
    reload: 'Reload the view',
    toView: (label) => `Go to “${label}”`,
  },
};
