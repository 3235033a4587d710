import { IMPLAUSIBLE_AMOUNT_CENTS } from '../../../domain/expenses';
import { formatEuro } from '../../../domain/money';
import { QuestionDialog } from '../../components/QuestionDialog';
import { useLocalized } from '../../i18n/localized';
import { expensesStrings } from '../expensesStrings';
import type { AmountCheck } from '../useAmountCheck';

export interface AmountCheckDialogProps {
  check: AmountCheck;
  /** After the answer: `taken` when the amount was confirmed (and the line taken). */
  onAnswered: (taken: boolean) => void;
}

/** "Betrag prüfen": asked once before an amount over 10.000 € is taken; Escape means "Betrag ändern". */
export function AmountCheckDialog({ check, onAnswered }: AmountCheckDialogProps) {
  const strings = useLocalized(expensesStrings).amountCheck;
  const { state } = check;
  const answer = (taken: boolean) => {
    if (taken) check.confirm();
    else check.reject();
    onAnswered(taken);
  };
  const amount = state.status === 'asking' ? formatEuro(state.line.amountCents) : '';
  return (
    <QuestionDialog
      modalType="alert"
      open={state.status === 'asking'}
      onOpenChange={(open) => {
        if (!open) answer(false);
      }}
      title={strings.title}
      confirmLabel={strings.confirm(amount)}
      onConfirm={() => answer(true)}
      declineLabel={strings.change}
    >
      {strings.body(amount, formatEuro(IMPLAUSIBLE_AMOUNT_CENTS))}
    </QuestionDialog>
  );
}
