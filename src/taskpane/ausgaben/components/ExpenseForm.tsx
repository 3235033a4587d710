import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { type FormEvent, useRef, useState } from 'react';
import {
  EXPENSE_CATEGORIES,
  type ExpenseField,
  type ExpenseLine,
  type ExpenseLineDraft,
  MAX_DESCRIPTION_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  validateExpenseLine,
} from '../../../domain/expenses';
import { LimitedField } from '../../components/LimitedField';
import { Options } from '../../components/Options';
import { useLocalized } from '../../i18n/localized';
import type { DraftPatch } from '../expenseFormDrafts';
import { expensesStrings } from '../expensesStrings';
import { useAmountCheck } from '../useAmountCheck';
import { AmountCheckDialog } from './AmountCheckDialog';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const FIELD_ORDER: ExpenseField[] = ['category', 'description', 'amount', 'paidBy', 'receiptNumber'];
type TextField = 'description' | 'amountText' | 'paidBy' | 'receiptNumber';
/** How long each text of a line may be (a counter near it, the message over it); the amount is no text. */
const TEXT_LIMITS: Partial<Record<TextField, number>> = {
  description: MAX_DESCRIPTION_LENGTH,
  paidBy: MAX_SHORT_TEXT_LENGTH,
  receiptNumber: MAX_SHORT_TEXT_LENGTH,
};

export interface ExpenseFormProps {
  /** The form's accessible name. */
  label: string;
  draft: ExpenseLineDraft;
  onChange: (patch: DraftPatch) => void;
  /** Called with a valid line only; the form keeps everything typed while a field is wrong. */
  onSave: (line: ExpenseLine) => void;
  submitLabel: string;
  onCancel?: () => void;
  /** `data-focus` key of the first control, for moving the focus here. */
  focusKey?: string;
  /** An amount confirmed before (the stored line's), not asked about again even when over 10.000 €. */
  acceptedAmountCents?: number;
}

/** One expense line: category, what for, amount typed the German way, paid by, receipt number. */
export function ExpenseForm(props: ExpenseFormProps) {
  const { label, draft, onChange, submitLabel, onCancel, focusKey } = props;
  const styles = useStyles();
  const all = useLocalized(expensesStrings);
  const strings = all.form;
  const [showErrors, setShowErrors] = useState(false);
  const controls = useRef<Partial<Record<ExpenseField, HTMLInputElement | HTMLSelectElement | null>>>({});
  const focusLater = (field: ExpenseField) => setTimeout(() => controls.current[field]?.focus());
  const amountCheck = useAmountCheck(props.onSave, props.acceptedAmountCents);
  const checked = validateExpenseLine(draft, all.validation);
  const errors = showErrors && !checked.ok ? checked.errors : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checked.ok) {
      setShowErrors(true);
      const first = FIELD_ORDER.find((field) => checked.errors[field]);
      if (first) controls.current[first]?.focus();
      return;
    }
    setShowErrors(false);
    if (amountCheck.take(checked.line)) controls.current.category?.focus();
  };

  const field = (key: ExpenseField) => ({
    validationState: errors[key] ? ('error' as const) : ('none' as const),
    validationMessage: errors[key],
  });
  const text = (key: TextField, error: ExpenseField, title: string, hint: string, required = false) => {
    const input = (
      <Input
        ref={(el) => {
          controls.current[error] = el;
        }}
        value={draft[key]}
        inputMode={key === 'amountText' ? 'decimal' : undefined}
        autoComplete="off"
        onChange={(_, data) => onChange({ [key]: data.value })}
      />
    );
    const limit = TEXT_LIMITS[key];
    if (limit === undefined)
      return (
        <Field label={title} hint={hint} required={required} {...field(error)}>
          {input}
        </Field>
      );
    const message = errors[error];
    return (
      <LimitedField
        text={draft[key]}
        limit={limit}
        label={title}
        hint={hint}
        required={required}
        {...(message ? { validationMessage: message } : {})}
      >
        {input}
      </LimitedField>
    );
  };

  return (
    <form className={styles.form} aria-label={label} noValidate onSubmit={submit}>
      <Field label={strings.category} required {...field('category')}>
        <Select
          ref={(el) => {
            controls.current.category = el;
          }}
          data-focus={focusKey}
          value={draft.category}
          onChange={(_, data) => onChange({ category: data.value })}
        >
          <option value="">{strings.chooseCategory}</option>
          <Options values={EXPENSE_CATEGORIES} />
        </Select>
      </Field>
      {text('description', 'description', strings.description, strings.descriptionHint, true)}
      {text('amountText', 'amount', strings.amount, strings.amountHint, true)}
      {text('paidBy', 'paidBy', strings.paidBy, strings.paidByHint)}
      {text('receiptNumber', 'receiptNumber', strings.receiptNumber, strings.receiptNumberHint)}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel}>
            {strings.cancel}
          </Button>
        )}
      </div>
      {/* After the question, the focus goes where it would have gone without it, or back to the amount. */}
      <AmountCheckDialog check={amountCheck} onAnswered={(taken) => focusLater(taken ? 'category' : 'amount')} />
    </form>
  );
}
