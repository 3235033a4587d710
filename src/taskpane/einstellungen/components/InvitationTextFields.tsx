import type { TeamSettingsForm } from '../useTeamSettingsForm';
import { SwitchSetting, TextSetting } from './SettingFields';

/** What every invitation says besides the agenda: the photo notice (GDPR Art. 13) and the funding statement. */
export function InvitationTextFields({ form }: { form: TeamSettingsForm }) {
  return (
    <>
      <SwitchSetting form={form} field="photoNoticeEnabled" />
      {form.draft.photoNoticeEnabled && <TextSetting form={form} field="photoNoticeText" rows={5} />}
      <TextSetting form={form} field="fundingStatement" rows={2} />
    </>
  );
}
