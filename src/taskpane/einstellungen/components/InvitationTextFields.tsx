import { DEFAULT_FUNDING_STATEMENT, DEFAULT_PHOTO_NOTICE } from '../../../domain/invitation';
import type { TeamSettingsForm } from '../useTeamSettingsForm';
import { DefaultTextButton } from './DefaultTextButton';
import { SwitchSetting, TextSetting } from './SettingFields';

/**
 * What every invitation says besides the agenda: the photo notice (GDPR Art. 13) with the data-protection
 * officer's contact and the storage period it names, and the funding statement.
 */
export function InvitationTextFields({ form }: { form: TeamSettingsForm }) {
  return (
    <>
      <SwitchSetting form={form} field="photoNoticeEnabled" />
      {form.draft.photoNoticeEnabled && (
        <>
          <TextSetting form={form} field="photoNoticeText" rows={12} />
          <DefaultTextButton form={form} field="photoNoticeText" text={DEFAULT_PHOTO_NOTICE} />
        </>
      )}
      <TextSetting form={form} field="privacyOfficer" required />
      <TextSetting form={form} field="retentionMonths" required inputMode="numeric" />
      <TextSetting form={form} field="fundingStatement" rows={3} />
      <DefaultTextButton form={form} field="fundingStatement" text={DEFAULT_FUNDING_STATEMENT} />
    </>
  );
}
