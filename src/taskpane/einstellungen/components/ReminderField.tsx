import { Field, Select } from '@fluentui/react-components';
import { REMINDER_CHOICES } from '../../../domain/settings';
import { useLocalized } from '../../i18n/localized';
import { settingsStrings } from '../settingsStrings';
import type { TeamSettingsForm } from '../useTeamSettingsForm';

/** How long before the meeting Outlook reminds the invitees. */
export function ReminderField({ form }: { form: TeamSettingsForm }) {
  const strings = useLocalized(settingsStrings);
  return (
    <Field label={strings.reminder}>
      <Select value={form.draft.reminderMinutes} onChange={(_, data) => form.set('reminderMinutes', data.value)}>
        {REMINDER_CHOICES.map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {strings.reminders[minutes]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
