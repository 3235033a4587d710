import { Field } from '@fluentui/react-components';
import { TimePicker } from '@fluentui/react-timepicker-compat';
import { useState } from 'react';
import { parseTypedTime } from '../../../domain/planning';
import { useLocalized } from '../../i18n/localized';
import { dateFieldStrings } from './dateFieldStrings';

/** The day the picker's options hang on; only their clock time is read. */
const ANCHOR = new Date(2000, 0, 1, 0, 0);

const clockOf = (date: Date) =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

const dateOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(2000, 0, 1, hours, minutes);
};

/** Complete while typing: "15:30", "15.30", "1530"; shorter forms ("15") count when the field is left. */
const COMPLETE = /^\s*\d{1,2}[:.]\d{2}\s*$|^\s*\d{4}\s*$/;

export interface TimeFieldProps {
  label: string;
  /** The stored time, 'HH:MM' on a 24-hour clock. */
  value: string;
  onCommit: (time: string) => void;
  hint?: string;
  missingMessage?: string;
  className?: string;
}

/**
 * A clock time on the 24-hour clock whatever the browser's locale: Fluent's time picker offers the
 * quarter hours from 08:00 to 20:00, and any time can be typed ("15:30", "15.30", "1530", "15 Uhr").
 * Text that is no time stays as typed with a message once the field is left.
 */
export function TimeField({ label, value, onCommit, hint, missingMessage, className }: TimeFieldProps) {
  const strings = useLocalized(dateFieldStrings);
  const [draft, setDraft] = useState<{ text: string; base: string; left: boolean } | null>(null);
  const current = draft && draft.base === value ? draft : null;
  const shown = current ? current.text : value;
  const message = current?.left ? (shown.trim() === '' ? missingMessage : strings.timeFormat) : undefined;
  const commit = (time: string) => {
    setDraft(null);
    if (time !== value) onCommit(time);
  };
  const change = (text: string) => {
    const time = COMPLETE.test(text) ? parseTypedTime(text) : undefined;
    setDraft({ text, base: time ?? value, left: false });
    if (time && time !== value) onCommit(time);
  };
  const leave = () => {
    const time = parseTypedTime(shown);
    if (time) commit(time);
    else if (current) setDraft({ ...current, left: true });
  };
  return (
    <Field
      label={label}
      hint={hint}
      className={className}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <TimePicker
        freeform
        hourCycle="h23"
        startHour={8}
        endHour={20}
        increment={15}
        dateAnchor={ANCHOR}
        placeholder={strings.timePlaceholder}
        expandIcon={{ 'aria-label': strings.showTimes(label) }}
        formatDateToTimeString={clockOf}
        parseTimeStringToDate={(text) => {
          const time = parseTypedTime(text ?? '');
          return time ? { date: dateOf(time) } : { date: null, errorType: 'invalid-input' };
        }}
        value={shown}
        selectedTime={parseTypedTime(shown) ? dateOf(parseTypedTime(shown) ?? value) : null}
        onTimeChange={(_, data) => {
          if (data.selectedTime && data.selectedTimeText !== undefined) commit(clockOf(data.selectedTime));
        }}
        onChange={(event) => change(event.target.value)}
        onBlur={leave}
      />
    </Field>
  );
}
