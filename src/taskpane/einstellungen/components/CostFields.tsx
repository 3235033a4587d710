import type { TeamSettingsForm } from '../useTeamSettingsForm';
import { TextSetting } from './SettingFields';

/** What the expenses are measured against: the budget per meeting and the county staff at the table. */
export function CostFields({ form }: { form: TeamSettingsForm }) {
  return (
    <>
      <TextSetting form={form} field="budget" inputMode="decimal" />
      <TextSetting form={form} field="hosts" inputMode="numeric" />
    </>
  );
}
