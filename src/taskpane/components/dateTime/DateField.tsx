import { Button, Input, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useContext, useRef, useState, type KeyboardEvent } from 'react';
import { CheckedField } from '../CheckedField';
import { berlinParts, parseTypedDate, type PlainDate, typedDateOf } from '../../../domain/planning';
import { useLocalized } from '../../i18n/localized';
import { ServicesContext } from '../../services';
import { dateFieldStrings } from './dateFieldStrings';

const CalendarPanel = lazy(() => import(/* webpackChunkName: "calendar" */ './CalendarPanel'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  panel: { maxWidth: '100%', overflowX: 'auto' },
});

export interface DateFieldProps {
  label: string;
  /** The stored date ('' when none). */
  value: PlainDate | '';
  /** Called with every date the text or the calendar makes (and '' when emptied, if `optional`). */
  onCommit: (date: PlainDate | '') => void;
  /** Today in Europe/Berlin, for the calendar (else from the pane's clock). */
  today?: PlainDate;
  optional?: boolean;
  /** Shown when the text is empty and the date is required. */
  missingMessage?: string;
  /** A message from outside about the stored date; the field's own format message comes first. */
  validationMessage?: string;
  hint?: string;
  onBlur?: () => void;
  className?: string;
}

const FULL_YEAR = /\.\d{4}$|^\d{4}-/;

/**
 * A date typed the German way ("16.03.2027", also "16.3.27") whatever the browser's locale, with
 * Fluent's calendar to pick from. Text that is no date stays as typed with a message once the field is
 * left; a date is stored as soon as it is complete (a two-digit year when the field is left).
 */
export function DateField(props: DateFieldProps) {
  const { label, value, onCommit } = props;
  const strings = useLocalized(dateFieldStrings);
  const styles = useStyles();
  // The pane's clock where there is one (tests render a field alone); today in Europe/Berlin either way.
  const clock = useContext(ServicesContext)?.clock;
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [draft, setDraft] = useState<{ text: string; base: string; left: boolean } | null>(null);
  const [open, setOpen] = useState(false);
  const current = draft && draft.base === value ? draft : null;
  const shown = current ? current.text : value ? typedDateOf(value) : '';
  const empty = shown.trim() === '';
  const message = ownMessage() ?? props.validationMessage;

  function ownMessage() {
    if (empty) return props.optional ? undefined : current?.left ? props.missingMessage : undefined;
    return current?.left && !parseTypedDate(shown) ? strings.dateFormat : undefined;
  }
  const change = (text: string) => {
    const date = FULL_YEAR.test(text.trim()) ? parseTypedDate(text) : undefined;
    const base = date ?? (text.trim() === '' && props.optional ? '' : value);
    setDraft({ text, base, left: false });
    if (date && date !== value) onCommit(date);
    else if (base === '' && value !== '') onCommit('');
  };
  /** Stores what is typed where it reads as a date (a two-digit year too); says whether it did. */
  const commitTyped = () => {
    const date = parseTypedDate(shown);
    if (!date) return false;
    setDraft(null);
    if (date !== value) onCommit(date);
    return true;
  };
  const leave = () => {
    if (!commitTyped() && current) setDraft({ ...current, left: true });
    props.onBlur?.();
  };
  const pick = (date: PlainDate) => {
    setDraft(null);
    setOpen(false);
    onCommit(date);
    input.current?.focus();
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  const toggleLabel = open ? strings.closeCalendar(label) : strings.openCalendar(label);
  return (
    <div className={`${styles.root} ${props.className ?? ''}`}>
      <CheckedField label={label} hint={props.hint} message={message}>
        <Input
          ref={input}
          value={shown}
          placeholder={strings.placeholder}
          inputMode="numeric"
          autoComplete="off"
          onChange={(_, data) => change(data.value)}
          onBlur={leave}
          // Enter confirms what is typed, as leaving the field does, before a form it is in is submitted.
          onKeyDown={(event) => event.key === 'Enter' && commitTyped()}
          contentAfter={
            <Button
              ref={toggle}
              appearance="transparent"
              size="small"
              icon={<CalendarRegular />}
              aria-label={toggleLabel}
              title={toggleLabel}
              aria-expanded={open}
              onClick={() => setOpen((was) => !was)}
            />
          }
        />
      </CheckedField>
      {open && (
        <div className={styles.panel} role="group" aria-label={label} onKeyDown={closeOnEscape}>
          <Suspense fallback={<Spinner size="tiny" label={strings.calendarLoading} />}>
            <CalendarPanel
              value={parseTypedDate(shown) ?? (value || undefined)}
              today={props.today ?? berlinParts(clock?.now() ?? new Date()).date}
              onPick={pick}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}
