import type { TeamSettingsForm } from '../useTeamSettingsForm';
import { SwitchSetting, TextSetting } from './SettingFields';

/** Who is invited: the distribution list (as a whole or member by member) and further invitees. */
export function AttendeeFields({ form }: { form: TeamSettingsForm }) {
  return (
    <>
      <TextSetting form={form} field="distributionList" type="email" required />
      <SwitchSetting form={form} field="expandDistributionList" />
      <TextSetting form={form} field="optionalAttendees" rows={3} />
    </>
  );
}
