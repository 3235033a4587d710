import { Input } from '@fluentui/react-components';
import { type ComponentType, type RefObject, useEffect, useRef, useState } from 'react';
import { inNextTask } from '../../nextTask';
import { CheckedField } from '../CheckedField';
import { parseTypedTime } from '../../../domain/planning';
import { useLocalized } from '../../i18n/localized';
import { dateFieldStrings } from './dateFieldStrings';
import type { TimePickerInputProps } from './TimePickerInput';

/** Complete while typing: "15:30", "15.30", "1530"; shorter forms ("15") count when the field is left. */
const COMPLETE = /^\s*\d{1,2}[:.]\d{2}\s*$|^\s*\d{4}\s*$/;

type Picker = ComponentType<TimePickerInputProps>;
let picker: Picker | undefined;
let loading: Promise<Picker> | undefined;
const loadPicker = () =>
  (loading ??= inNextTask(import(/* webpackChunkName: "timepicker" */ './TimePickerInput')).then((module) => {
    picker = module.default;
    return picker;
  }));

/**
 * Fluent's time picker, loaded when the user first reaches the field (pointer or keyboard): the first
 * view paints without its list and positioning code (evaluated in one task, rendered in the next). Until
 * then the plain field takes the same text; when the picker arrives under the user's focus it takes the
 * focus and the caret over.
 */
function useTimePicker(plain: RefObject<HTMLInputElement | null>) {
  const [loaded, setLoaded] = useState(() => picker);
  const handOver = useRef<{ start: number | null; end: number | null } | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const load = () => {
    if (loaded) return;
    void loadPicker().then((component) => {
      if (!live.current) return;
      const input = plain.current;
      if (input && input === document.activeElement) {
        handOver.current = { start: input.selectionStart, end: input.selectionEnd };
      }
      setLoaded(() => component);
    });
  };
  const pickerRef = (input: HTMLInputElement | null) => {
    const caret = handOver.current;
    if (!input || !caret) return;
    handOver.current = null;
    input.focus();
    input.setSelectionRange(caret.start, caret.end);
  };
  return { Picker: loaded, load, pickerRef };
}

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
  const plain = useRef<HTMLInputElement>(null);
  const { Picker, load, pickerRef } = useTimePicker(plain);
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
    <CheckedField label={label} hint={hint} className={className} message={message}>
      {Picker ? (
        <Picker
          inputRef={pickerRef}
          text={shown}
          placeholder={strings.timePlaceholder}
          showTimesLabel={strings.showTimes(label)}
          onText={change}
          onPick={commit}
          onBlur={leave}
        />
      ) : (
        <Input
          ref={plain}
          value={shown}
          placeholder={strings.timePlaceholder}
          autoComplete="off"
          onFocus={load}
          onPointerEnter={load}
          onChange={(_, data) => change(data.value)}
          onBlur={leave}
        />
      )}
    </CheckedField>
  );
}
