import type { ExpenseLine } from '../../domain/expenses';
import { formatEuro } from '../../domain/money';

const lineName = (line: Pick<ExpenseLine, 'description'>) => `„${line.description}“`;

/** Every visible or spoken text of the Ausgaben view (German). */
export const ausgabenStrings = {
  final: {
    title: 'Das Protokoll ist abgeschlossen.',
    body: 'Die Ausgaben können nur gelesen werden. Um etwas zu ändern, das Protokoll im Bereich „Protokoll“ wieder öffnen.',
  },
  form: {
    addHeading: 'Ausgabe erfassen',
    editLegend: (line: Pick<ExpenseLine, 'description'>) => `${lineName(line)} ändern`,
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
    added: (line: ExpenseLine) => `${lineName(line)} mit ${formatEuro(line.amountCents)} hinzugefügt.`,
    changed: (line: ExpenseLine) => `${lineName(line)} geändert.`,
  },
  list: {
    heading: 'Erfasste Ausgaben',
    empty: 'Noch keine Ausgaben erfasst.',
    paidBy: 'Bezahlt von',
    receiptNumber: 'Beleg',
    none: '–',
    edit: 'Bearbeiten',
    editLabel: (line: ExpenseLine) => `${lineName(line)} bearbeiten`,
    remove: 'Entfernen',
    removeLabel: (line: ExpenseLine) => `${lineName(line)} entfernen`,
    removed: (line: ExpenseLine) => `${lineName(line)} (${formatEuro(line.amountCents)}) entfernt.`,
    undo: 'Rückgängig',
    undoLabel: (line: ExpenseLine) => `Entfernen von ${lineName(line)} rückgängig machen`,
    restored: (line: ExpenseLine) => `${lineName(line)} ist wieder da.`,
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
} as const;
