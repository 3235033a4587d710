import { makeStyles } from '@fluentui/react-components';
import { type ReactElement, useState } from 'react';
import { limitState } from '../../domain/fieldLimits';
import { useSettled } from '../hooks/useSettled';
import { useLocalized } from '../i18n/localized';
import { CheckedField } from './CheckedField';
import { kitStrings } from './kitStrings';
import { visuallyHidden } from './textStyles';

const useStyles = makeStyles({
  // Read by screen readers, not shown: the counter once typing pauses.
  announcer: visuallyHidden,
});

/** How long typing must pause before a screen reader hears the counter (not at every keystroke). */
export const ANNOUNCE_AFTER_MS = 1000;

export interface LimitedFieldProps {
  /** What the control holds now: its length is counted, nothing of it is ever cut. */
  text: string;
  /** How many characters it may hold: the room the SharePoint column it lands in leaves it. */
  limit: number;
  label?: string;
  hint?: string;
  /** The field's own message (e.g. a missing title); "too long" comes first while it applies. */
  validationMessage?: string;
  required?: boolean;
  className?: string;
  /** One Fluent control (Input, Textarea): it takes the field's label, description and state. */
  children: ReactElement;
}

/**
 * A Fluent Field whose text has a limit. From 90 % of it, while the control has focus, a counter
 * ("1.234 von 63.999 Zeichen") under the control, announced politely once typing pauses; over it,
 * always, the counter and the German message as the field's error ("Zu lang: höchstens …"). The text
 * stays as typed: no `maxLength`, no cutting, pasting more than fits keeps all of it on screen.
 */
export function LimitedField({
  text,
  limit,
  label,
  hint,
  validationMessage,
  required,
  className,
  children,
}: LimitedFieldProps) {
  const styles = useStyles();
  const strings = useLocalized(kitStrings).limits;
  const [focused, setFocused] = useState(false);
  const state = limitState(text.length, limit);
  const counter = state === 'over' || (state === 'near' && focused) ? strings.counter(text.length, limit) : '';
  const announced = useSettled(focused ? counter : '', ANNOUNCE_AFTER_MS);
  const message = state === 'over' ? strings.tooLong(limit) : validationMessage;
  const described = [hint, counter].filter(Boolean).join(' ');
  return (
    <CheckedField
      label={label}
      hint={described || undefined}
      required={required}
      className={className}
      message={message}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <>
        {children}
        <span className={styles.announcer} aria-live="polite">
          {announced}
        </span>
      </>
    </CheckedField>
  );
}
