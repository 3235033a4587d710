import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { settingsStrings } from '../settingsStrings';
import { type TeamSettingsSource, useTeamSettingsForm } from '../useTeamSettingsForm';
import { AttendeeFields } from './AttendeeFields';
import { CallForTopicsFields } from './CallForTopicsFields';
import { CostFields } from './CostFields';
import { InvitationTextFields } from './InvitationTextFields';
import { ReminderField } from './ReminderField';
import { SaveOutcome } from './SaveOutcome';
import { SwitchSetting } from './SettingFields';
import { SettingsNotice } from './SettingsNotice';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * What the team decides together (kept on the SharePoint site): who is invited besides the list, the
 * photo notice and the funding statement, the reminder, the budget, and what goes into the list.
 */
export function TeamSettingsForm({ source }: { source: TeamSettingsSource }) {
  const styles = useStyles();
  const strings = useLocalized(settingsStrings);
  const form = useTeamSettingsForm(source);
  const { state } = form;
  return (
    <Section heading={strings.heading} intro={strings.intro}>
      {state.status === 'unread' && <SettingsNotice kind="unread" onAction={state.retry} />}
      {form.stale && <SettingsNotice kind="stale" onAction={form.discard} />}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
        noValidate
      >
        <AttendeeFields form={form} />
        <InvitationTextFields form={form} />
        <ReminderField form={form} />
        <CostFields form={form} />
        <CallForTopicsFields form={form} />
        <SwitchSetting form={form} field="namesInMinutes" />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={state.status === 'saving' || state.status === 'unread'}>
            {state.status === 'saving' ? strings.saving : strings.save}
          </Button>
        </div>
        <SaveOutcome state={state} />
      </form>
    </Section>
  );
}
