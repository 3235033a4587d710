import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { IMPLAUSIBLE_AMOUNT_CENTS } from '../../../domain/expenses';
import { formatEuro } from '../../../domain/money';
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
    <Dialog
      modalType="alert"
      open={state.status === 'asking'}
      onOpenChange={(_, data) => {
        if (!data.open) answer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.title}</DialogTitle>
          <DialogContent>{strings.body(amount, formatEuro(IMPLAUSIBLE_AMOUNT_CENTS))}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => answer(true)}>
              {strings.confirm(amount)}
            </Button>
            <Button onClick={() => answer(false)}>{strings.change}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
