import { Input, type InputProps } from '@fluentui/react-components';
import { useState } from 'react';
import { CheckedField } from '../../components/CheckedField';

export interface DraftInputProps {
  label: string;
  /** The stored value, always valid. */
  value: string;
  /** A German message when the text cannot be stored, else undefined. */
  validate: (text: string) => string | undefined;
  /** Called only with text that passed `validate`. */
  onCommit: (text: string) => void;
  type?: InputProps['type'];
  inputMode?: InputProps['inputMode'];
  hint?: string;
  className?: string;
}

/**
 * An input that never loses what was typed: invalid text stays on screen (with the message) and is
 * not stored; valid text is committed. When the stored value changes elsewhere, it is shown again.
 */
export function DraftInput({ label, value, validate, onCommit, type, inputMode, hint, className }: DraftInputProps) {
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null);
  const shown = draft && draft.base === value ? draft.text : value;
  const message = draft && draft.base === value ? validate(draft.text) : undefined;
  return (
    <CheckedField label={label} hint={hint} className={className} message={message}>
      <Input
        type={type}
        inputMode={inputMode}
        value={shown}
        onChange={(_, data) => {
          if (validate(data.value) === undefined) {
            setDraft(null);
            onCommit(data.value);
          } else {
            setDraft({ text: data.value, base: value });
          }
        }}
      />
    </CheckedField>
  );
}
