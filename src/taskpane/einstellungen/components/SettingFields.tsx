import { Field, Input, type InputProps, Switch, Textarea } from '@fluentui/react-components';
import { useLocalized } from '../../i18n/localized';
import { LimitedField } from '../../components/LimitedField';
import { SETTING_LIMITS, type SwitchField, type TextField } from '../settingsForm';
import { settingsStrings } from '../settingsStrings';
import type { TeamSettingsForm } from '../useTeamSettingsForm';

export interface TextSettingProps {
  form: TeamSettingsForm;
  field: TextField;
  required?: boolean;
  /** A multi-line text of this many rows; without it a single line. */
  rows?: number;
  type?: InputProps['type'];
  inputMode?: InputProps['inputMode'];
}

/**
 * One text setting: its label and hint (from the strings, by field), the text exactly as typed, and the
 * message of the last check where it needs fixing.
 */
export function TextSetting({ form, field, required, rows, type, inputMode }: TextSettingProps) {
  const { label, hint } = useLocalized(settingsStrings).fields[field];
  const errors: Partial<Record<TextField, string>> = form.errors;
  const error = errors[field];
  const value = form.draft[field];
  const onChange = (_: unknown, data: { value: string }) => form.set(field, data.value);
  const control = rows ? (
    <Textarea value={value} rows={rows} resize="vertical" onChange={onChange} />
  ) : (
    <Input value={value} type={type} inputMode={inputMode} onChange={onChange} />
  );
  const limit = SETTING_LIMITS[field];
  if (limit !== undefined)
    return (
      <LimitedField
        text={value}
        limit={limit}
        label={label}
        {...(hint ? { hint } : {})}
        {...(error ? { validationMessage: error } : {})}
        {...(required ? { required } : {})}
      >
        {control}
      </LimitedField>
    );
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      {...(error ? { validationState: 'error' as const, validationMessage: error } : {})}
    >
      {control}
    </Field>
  );
}

/** One setting that is on or off: a switch with its label, and its hint where it has one. */
export function SwitchSetting({ form, field }: { form: TeamSettingsForm; field: SwitchField }) {
  const { label, hint } = useLocalized(settingsStrings).switches[field];
  return (
    <Field hint={hint}>
      <Switch label={label} checked={form.draft[field]} onChange={(_, data) => form.set(field, data.checked)} />
    </Field>
  );
}
