import type { ExpenseLine } from '../../domain/expenses';
import { formatEuro } from '../../domain/money';
import type { Localized } from '../i18n/localized';

type Named = Pick<ExpenseLine, 'description'>;

const quotedDe = (line: Named) => `„${line.description}“`;
const quotedEn = (line: Named) => `“${line.description}”`;

const de = {
  final: {
    title: 'Das Protokoll ist abgeschlossen.',
    body: 'Die Ausgaben können nur gelesen werden. Um etwas zu ändern, das Protokoll im Bereich „Protokoll“ wieder öffnen.',
  },
  form: {
    addHeading: 'Ausgabe erfassen',
    editLegend: (line: Named) => `${quotedDe(line)} ändern`,
    category: 'Kategorie',
    chooseCategory: 'Bitte wählen',
    description: 'Wofür',
    descriptionHint: 'z. B. Kaffee und Kekse',
    amount: 'Betrag in Euro',
    amountHint: 'z. B. 12,50',
    paidBy: 'Bezahlt von',
    paidByHint: 'Person oder Initiative; kann leer bleiben',
    receiptNumber: 'Belegnummer',
    receiptNumberHint: 'kann leer bleiben',
    add: 'Ausgabe hinzufügen',
    saveChange: 'Änderung übernehmen',
    cancel: 'Abbrechen',
    added: (line: ExpenseLine) => `${quotedDe(line)} mit ${formatEuro(line.amountCents)} hinzugefügt.`,
  },
  list: {
    heading: 'Erfasste Ausgaben',
    empty: 'Noch keine Ausgaben erfasst.',
    paidBy: 'Bezahlt von',
    receiptNumber: 'Beleg',
    none: '–',
    edit: 'Bearbeiten',
    editLabel: (line: Named) => `${quotedDe(line)} bearbeiten`,
    remove: 'Entfernen',
    removeLabel: (line: Named) => `${quotedDe(line)} entfernen`,
    removed: (line: ExpenseLine) => `${quotedDe(line)} (${formatEuro(line.amountCents)}) entfernt.`,
    undo: 'Rückgängig',
    undoLabel: (line: Named) => `Entfernen von ${quotedDe(line)} rückgängig machen`,
    changed: (line: Named) => `${quotedDe(line)} geändert.`,
    restored: (line: Named) => `${quotedDe(line)} ist wieder da.`,
  },
  totals: {
    heading: 'Summen',
    total: 'Gesamt',
    participants: 'Teilnehmende',
    perParticipant: 'Je teilnehmender Person',
    noParticipants: 'noch keine Teilnehmendenzahl',
    noParticipantsHint: 'Die Anwesenden werden im Bereich „Protokoll“ angekreuzt.',
    budget: 'Budget je Treffen',
    noBudget: 'nicht festgelegt',
    remaining: (cents: number) => `noch ${formatEuro(cents)} frei`,
    overTitle: 'Budget überschritten.',
    overBody: (overCents: number, budgetCents: number) =>
      `Die Ausgaben liegen ${formatEuro(overCents)} über dem Budget von ${formatEuro(budgetCents)} je Treffen.`,
  },
  year: {
    heading: (year: number) => `Ausgaben im Jahr ${year}`,
    total: 'Alle Treffen zusammen',
    meetings: (count: number) =>
      count === 0 ? 'noch keine Ausgaben' : count === 1 ? 'aus 1 Treffen' : `aus ${count} Treffen`,
    note: 'Die anderen Treffen mit den Beträgen aus der SharePoint-Liste, dieses mit den Ausgaben oben.',
  },
};

/** Every visible or spoken text of the Ausgaben view. Amounts stay German (12,50 €) in both languages. */
export type ExpensesStrings = typeof de;

const en: ExpensesStrings = {
  final: {
    title: 'The minutes are final.',
    body: 'The expenses can only be read. To change something, reopen the minutes in “Minutes”.',
  },
  form: {
    addHeading: 'Record an expense',
    editLegend: (line) => `Change ${quotedEn(line)}`,
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
    added: (line) => `${quotedEn(line)} for ${formatEuro(line.amountCents)} added.`,
  },
  list: {
    heading: 'Recorded expenses',
    empty: 'No expenses recorded yet.',
    paidBy: 'Paid by',
    receiptNumber: 'Receipt',
    none: '–',
    edit: 'Edit',
    editLabel: (line) => `Edit ${quotedEn(line)}`,
    remove: 'Remove',
    removeLabel: (line) => `Remove ${quotedEn(line)}`,
    removed: (line) => `${quotedEn(line)} (${formatEuro(line.amountCents)}) removed.`,
    undo: 'Undo',
    undoLabel: (line) => `Undo removing ${quotedEn(line)}`,
    changed: (line) => `${quotedEn(line)} changed.`,
    restored: (line) => `${quotedEn(line)} is back.`,
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

export const expensesStrings: Localized<ExpensesStrings> = { de, en };
