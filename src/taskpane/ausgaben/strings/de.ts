import { EXPENSE_MESSAGES_DE, type ExpenseLine } from '../../../domain/expenses';
import { formatEuro } from '../../../domain/money';

type Named = Pick<ExpenseLine, 'description'>;

const quoted = (line: Named) => `„${line.description}“`;

/** The Ausgaben view's German texts; their shape is the view's string table (English follows it). */
export const de = {
  final: {
    title: 'Das Protokoll ist abgeschlossen.',
    body: 'Die Ausgaben können nur gelesen werden. Um etwas zu ändern, das Protokoll im Bereich „Protokoll“ wieder öffnen.',
  },
  form: {
    addHeading: 'Ausgabe erfassen',
    editLegend: (line: Named) => `${quoted(line)} ändern`,
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
    added: (line: ExpenseLine) => `${quoted(line)} mit ${formatEuro(line.amountCents)} hinzugefügt.`,
  },
  /** What the form says about a field it cannot take (the domain's German messages). */
  validation: EXPENSE_MESSAGES_DE,
  amountCheck: {
    title: 'Betrag prüfen',
    body: (amount: string, limit: string) =>
      `Stimmt der Betrag von ${amount}? Das ist mehr als ${limit} und für ein Treffen ungewöhnlich viel – ` +
      'vielleicht fehlt ein Komma.',
    confirm: (amount: string) => `Ja, ${amount} übernehmen`,
    change: 'Betrag ändern',
  },
  list: {
    heading: 'Erfasste Ausgaben',
    empty: 'Noch keine Ausgaben erfasst.',
    paidBy: 'Bezahlt von',
    receiptNumber: 'Beleg',
    none: '–',
    edit: 'Bearbeiten',
    editLabel: (line: Named) => `${quoted(line)} bearbeiten`,
    remove: 'Entfernen',
    removeLabel: (line: Named) => `${quoted(line)} entfernen`,
    removed: (line: ExpenseLine) => `${quoted(line)} (${formatEuro(line.amountCents)}) entfernt.`,
    undo: 'Rückgängig',
    undoLabel: (line: Named) => `Entfernen von ${quoted(line)} rückgängig machen`,
    changed: (line: Named) => `${quoted(line)} geändert.`,
    restored: (line: Named) => `${quoted(line)} ist wieder da.`,
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
