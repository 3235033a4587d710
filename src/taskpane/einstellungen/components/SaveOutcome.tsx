import { Notice } from '../../components/Notice';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useLocalized } from '../../i18n/localized';
import { settingsStrings } from '../settingsStrings';
import type { TeamSettingsFormState } from '../useTeamSettingsForm';

/** How the last save went, read out: saved, fields to fix, or why SharePoint did not take it. */
export function SaveOutcome({ state }: { state: TeamSettingsFormState }) {
  const strings = useLocalized(settingsStrings);
  return (
    <div role="status" aria-live="polite">
      {state.status === 'saved' && <Notice intent="success">{strings.saved}</Notice>}
      {state.status === 'invalid' && <Notice intent="error">{strings.invalid}</Notice>}
      {state.status === 'failed' && <ProblemMessage title={strings.failed} error={state.error} />}
    </div>
  );
}
