import { ConfirmButton } from '../../components/ConfirmButton';
import { useLocalized } from '../../i18n/localized';
import { settingsStrings } from '../settingsStrings';
import type { TeamSettingsForm } from '../useTeamSettingsForm';

export interface DefaultTextButtonProps {
  form: TeamSettingsForm;
  field: 'photoNoticeText' | 'fundingStatement';
  /** Treffpunkt's default for the field. */
  text: string;
}

/**
 * Puts Treffpunkt's default text into a text field, after asking (the team's own text is replaced in
 * the form; SharePoint gets it with the next save). Not shown while the field holds the default.
 */
export function DefaultTextButton({ form, field, text }: DefaultTextButtonProps) {
  const strings = useLocalized(settingsStrings);
  if (form.draft[field] === text) return null;
  return (
    <div>
      <ConfirmButton
        label={strings.defaultText.label}
        title={strings.defaultText.title}
        confirmLabel={strings.defaultText.label}
        onConfirm={() => form.set(field, text)}
      >
        {strings.defaultText.text(strings.fields[field].label)}
      </ConfirmButton>
    </div>
  );
}
