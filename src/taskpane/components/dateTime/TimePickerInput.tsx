import { TimePicker } from '@fluentui/react-timepicker-compat';
import { parseTypedTime } from '../../../domain/planning';

/** The day the picker's options hang on; only their clock time is read. */
const ANCHOR = new Date(2000, 0, 1, 0, 0);

const clockOf = (date: Date) =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

const dateOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(2000, 0, 1, hours, minutes);
};

export interface TimePickerInputProps {
  /** The picker's text input (to take the focus over from the plain field). */
  inputRef: (input: HTMLInputElement | null) => void;
  /** The text in the field, as typed or stored. */
  text: string;
  placeholder: string;
  /** The name of the button that shows the times. */
  showTimesLabel: string;
  onText: (text: string) => void;
  /** A time chosen from the list ('HH:MM'). */
  onPick: (time: string) => void;
  onBlur: () => void;
}

/**
 * Fluent's time picker on the 24-hour clock, the quarter hours from 08:00 to 20:00, any time typed.
 * Loaded when the user first reaches the field (TimeField shows a plain field until then): its list and
 * positioning are not needed to show the time.
 */
export default function TimePickerInput({
  inputRef,
  text,
  placeholder,
  showTimesLabel,
  onText,
  onPick,
  onBlur,
}: TimePickerInputProps) {
  const typed = parseTypedTime(text);
  return (
    <TimePicker
      ref={inputRef}
      freeform
      hourCycle="h23"
      startHour={8}
      endHour={20}
      increment={15}
      dateAnchor={ANCHOR}
      placeholder={placeholder}
      expandIcon={{ 'aria-label': showTimesLabel }}
      formatDateToTimeString={clockOf}
      parseTimeStringToDate={(input) => {
        const time = parseTypedTime(input ?? '');
        return time ? { date: dateOf(time) } : { date: null, errorType: 'invalid-input' };
      }}
      value={text}
      selectedTime={typed ? dateOf(typed) : null}
      onTimeChange={(_, data) => {
        if (data.selectedTime && data.selectedTimeText !== undefined) onPick(clockOf(data.selectedTime));
      }}
      onChange={(event) => onText(event.target.value)}
      onBlur={onBlur}
    />
  );
}
