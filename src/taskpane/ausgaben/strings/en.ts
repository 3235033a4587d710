import type { ExpenseLine } from '../../../domain/expenses';
import { formatEuro } from '../../../domain/money';
import { amountStrings } from '../../components/amountStrings';
import type { ExpensesStrings } from './de';

const quoted = (line: Pick<ExpenseLine, 'description'>) => `“${line.description}”`;

/** The Ausgaben view's English texts (amounts stay German-formatted). */
export const en: ExpensesStrings = {
  final: {
    title: 'The minutes are final.',
    body: 'The expenses can only be read. To change something, reopen the minutes in “Minutes”.',
  },
  form: {
    addHeading: 'Record an expense',
    editLegend: (line) => `Change ${quoted(line)}`,
    category: 'Category',
    chooseCategory: 'Please choose',
    description: 'What for',
    descriptionHint: 'e.g. coffee and biscuits',
    amount: 'Amount in euros',
    amountHint: 'e.g. 12,50 (with a decimal comma)',
    paidBy: 'Paid by',
    paidByHint: 'Person or initiative; may be left empty',
    receiptNumber: 'Receipt number',
    receiptNumberHint: 'may be left empty',
    add: 'Add expense',
    saveChange: 'Save change',
    cancel: 'Cancel',
    added: (line) => `${quoted(line)} for ${formatEuro(line.amountCents)} added.`,
  },
  validation: {
    amount: amountStrings.en,
    zeroAmount: 'The amount must be more than 0,00 €. Please enter e.g. 12,50.',
    tooLong: (max, length) => `Please enter at most ${max} characters (now ${length}).`,
    descriptionMissing: 'Please describe what the money was spent on, e.g. “coffee and biscuits”.',
    chooseCategory: (categories) => `Please choose a category: ${categories}.`,
  },
  amountCheck: {
    title: 'Check the amount',
    body: (amount, limit) =>
      `Is ${amount} right? That is more than ${limit} and unusually much for one meeting – perhaps a comma ` +
      'is missing.',
    confirm: (amount) => `Yes, take ${amount}`,
    change: 'Change the amount',
  },
  list: {
    heading: 'Recorded expenses',
    empty: 'No expenses recorded yet.',
    paidBy: 'Paid by',
    receiptNumber: 'Receipt',
    none: '–',
    edit: 'Edit',
    editLabel: (line) => `Edit ${quoted(line)}`,
    remove: 'Remove',
    removeLabel: (line) => `Remove ${quoted(line)}`,
    removed: (line) => `${quoted(line)} (${formatEuro(line.amountCents)}) removed.`,
    undo: 'Undo',
    undoLabel: (line) => `Undo removing ${quoted(line)}`,
    changed: (line) => `${quoted(line)} changed.`,
    restored: (line) => `${quoted(line)} is back.`,
  },
  totals: {
    heading: 'Totals',
    total: 'Total',
    participants: 'Participants',
    perParticipant: 'Per participant',
    noParticipants: 'no number of participants yet',
    noParticipantsHint: 'Those present are ticked in “Minutes”.',
    budget: 'Budget per meeting',
    noBudget: 'not set',
    remaining: (cents) => `${formatEuro(cents)} left`,
    overTitle: 'Over budget.',
    overBody: (overCents, budgetCents) =>
      `The expenses are ${formatEuro(overCents)} over the budget of ${formatEuro(budgetCents)} per meeting.`,
  },
  year: {
    heading: (year) => `Expenses in ${year}`,
    total: 'All meetings together',
    meetings: (count) => (count === 0 ? 'no expenses yet' : count === 1 ? 'from 1 meeting' : `from ${count} meetings`),
    note: 'The other meetings with the amounts from the SharePoint list, this one with the expenses above.',
  },
};
