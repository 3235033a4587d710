import { useState } from 'react';
import { type ExpenseLine, isImplausibleAmount } from '../../domain/expenses';

/** An implausible amount (over 10.000 €) is asked about before the line is taken: `asking` until answered. */
export type AmountCheckState = { status: 'idle' } | { status: 'asking'; line: ExpenseLine };

export interface AmountCheck {
  state: AmountCheckState;
  /** Takes the line at once (true), or asks first (false) when its amount is implausible and not confirmed yet. */
  take: (line: ExpenseLine) => boolean;
  /** The amount is right: the line is taken, and this amount is not asked about again. */
  confirm: () => void;
  /** The amount is to be changed: nothing is taken. */
  reject: () => void;
}

/**
 * Asks once about an implausible amount: after "Ja, … übernehmen" the same amount is taken without
 * asking again in this form; `accepted` is an amount already confirmed (the stored line being changed).
 */
export function useAmountCheck(onTake: (line: ExpenseLine) => void, accepted?: number): AmountCheck {
  const [state, setState] = useState<AmountCheckState>({ status: 'idle' });
  const [confirmed, setConfirmed] = useState<readonly number[]>(accepted === undefined ? [] : [accepted]);
  return {
    state,
    take: (line) => {
      if (isImplausibleAmount(line.amountCents) && !confirmed.includes(line.amountCents)) {
        setState({ status: 'asking', line });
        return false;
      }
      onTake(line);
      return true;
    },
    confirm: () => {
      if (state.status !== 'asking') return;
      setConfirmed((amounts) => [...amounts, state.line.amountCents]);
      setState({ status: 'idle' });
      onTake(state.line);
    },
    reject: () => setState({ status: 'idle' }),
  };
}
