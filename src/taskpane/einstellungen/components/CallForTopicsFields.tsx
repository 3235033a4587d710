import type { TeamSettingsForm } from '../useTeamSettingsForm';
import { SwitchSetting, TextSetting } from './SettingFields';

/** The call for topics: how many weeks before the invitation it goes out, and the team's survey form. */
export function CallForTopicsFields({ form }: { form: TeamSettingsForm }) {
  return (
    <>
      <TextSetting form={form} field="callForTopicsWeeks" inputMode="numeric" />
      <TextSetting form={form} field="surveyLink" type="url" />
      <SwitchSetting form={form} field="surveyLinkInInvitation" />
    </>
  );
}
