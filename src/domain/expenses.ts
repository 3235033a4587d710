/**
 * Expense lines of a meeting (the meeting is co-funded: costs are evidence), their totals,
 * the year's total across meetings and the readable budget notes for the SharePoint list.
 */
import { EURO_MESSAGES_DE, type EuroMessages, formatEuro, parseEuro, perParticipant, sumCents } from './money';

export const EXPENSE_CATEGORIES = ['Verpflegung', 'Getränke', 'Raum', 'Honorar', 'Fahrtkosten', 'Sonstiges'] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export interface ExpenseLine {
  id: string;
  category: ExpenseCategory;
  description: string;
  amountCents: number;
  /** Who paid it, as text ("M. Albers", "Initiative Moringen"); may be empty. */
  paidBy: string;
  /** Free format ("2026-014", "R-17"); trimmed; may be empty. */
  receiptNumber: string;
}

/** A line as the form holds it: the amount exactly as typed, so nothing typed is lost. */
export interface ExpenseLineDraft {
  id: string;
  category: string;
  description: string;
  amountText: string;
  paidBy: string;
  receiptNumber: string;
}

export type ExpenseField = 'category' | 'description' | 'amount' | 'paidBy' | 'receiptNumber';
export type ExpenseFieldErrors = Partial<Record<ExpenseField, string>>;
export type ExpenseValidation = { ok: true; line: ExpenseLine } | { ok: false; errors: ExpenseFieldErrors };

export const MAX_DESCRIPTION_LENGTH = 200;
export const MAX_SHORT_TEXT_LENGTH = 100;

/** Above this (10.000,00 €, far more than a meeting costs) the pane asks once before taking an amount. */
export const IMPLAUSIBLE_AMOUNT_CENTS = 1_000_000;

/** Whether an amount is so high that it is more likely a slip (a missing comma) than a cost. */
export function isImplausibleAmount(cents: number): boolean {
  return cents > IMPLAUSIBLE_AMOUNT_CENTS;
}

export function isExpenseCategory(value: string): value is ExpenseCategory {
  return (EXPENSE_CATEGORIES as readonly string[]).includes(value);
}

/** What validateExpenseLine says about a field, per reason (with parseEuro's for the amount). */
export interface ExpenseMessages {
  amount: EuroMessages;
  zeroAmount: string;
  tooLong: (max: number, length: number) => string;
  descriptionMissing: string;
  chooseCategory: (categories: string) => string;
}

/** The German messages (the default). */
export const EXPENSE_MESSAGES_DE: ExpenseMessages = {
  amount: EURO_MESSAGES_DE,
  zeroAmount: 'Der Betrag muss größer als 0,00 € sein. Bitte z. B. 12,50 eingeben.',
  tooLong: (max, length) => `Bitte höchstens ${max} Zeichen eingeben (jetzt ${length}).`,
  descriptionMissing: 'Bitte beschreiben, wofür das Geld ausgegeben wurde, z. B. „Kaffee und Kekse“.',
  chooseCategory: (categories) => `Bitte eine Kategorie wählen: ${categories}.`,
};

function amountCents(amountText: string, messages: ExpenseMessages): { cents: number } | { error: string } {
  const parsed = parseEuro(amountText, messages.amount);
  if (!parsed.ok) return { error: parsed.message };
  if (parsed.cents === 0) return { error: messages.zeroAmount };
  return { cents: parsed.cents };
}

function textErrors(
  line: Pick<ExpenseLine, 'description' | 'paidBy' | 'receiptNumber'>,
  messages: ExpenseMessages,
): ExpenseFieldErrors {
  const tooLong = (text: string, max: number) => (text.length > max ? messages.tooLong(max, text.length) : undefined);
  const errors: ExpenseFieldErrors = {
    description: tooLong(line.description, MAX_DESCRIPTION_LENGTH),
    paidBy: tooLong(line.paidBy, MAX_SHORT_TEXT_LENGTH),
    receiptNumber: tooLong(line.receiptNumber, MAX_SHORT_TEXT_LENGTH),
  };
  if (line.description === '') errors.description = messages.descriptionMissing;
  return errors;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Checks a draft line; on success returns the line with trimmed texts and the amount in cents. The
 * messages are German unless the caller passes its language's.
 */
export function validateExpenseLine(
  draft: ExpenseLineDraft,
  messages: ExpenseMessages = EXPENSE_MESSAGES_DE,
): ExpenseValidation {
  const texts = {
    description: oneLine(draft.description),
    paidBy: oneLine(draft.paidBy),
    receiptNumber: oneLine(draft.receiptNumber),
  };
  const errors = textErrors(texts, messages);
  const category = draft.category.trim();
  if (!isExpenseCategory(category)) errors.category = messages.chooseCategory(EXPENSE_CATEGORIES.join(', '));
  const amount = amountCents(draft.amountText, messages);
  if ('error' in amount) errors.amount = amount.error;
  const found = Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));
  if ('error' in amount || !isExpenseCategory(category) || Object.keys(found).length > 0) {
    return { ok: false, errors: found };
  }
  return { ok: true, line: { id: draft.id, category, ...texts, amountCents: amount.cents } };
}

export interface ExpenseTotals {
  totalCents: number;
  byCategory: Record<ExpenseCategory, number>;
  /** Rounded half up to whole cents; null without a participant count. */
  perParticipantCents: number | null;
  /** How far the total exceeds the budget; null without a budget or when within it. */
  overBudgetByCents: number | null;
}

function emptyByCategory(): Record<ExpenseCategory, number> {
  return { Verpflegung: 0, Getränke: 0, Raum: 0, Honorar: 0, Fahrtkosten: 0, Sonstiges: 0 };
}

export function expenseTotals(
  lines: readonly ExpenseLine[],
  participants: number | null,
  budgetCents?: number | null,
): ExpenseTotals {
  const byCategory = emptyByCategory();
  for (const line of lines) byCategory[line.category] += line.amountCents;
  const totalCents = sumCents(lines.map((line) => line.amountCents));
  const over = budgetCents == null ? null : totalCents - budgetCents;
  return {
    totalCents,
    byCategory,
    perParticipantCents: participants == null ? null : perParticipant(totalCents, participants),
    overBudgetByCents: over !== null && over > 0 ? over : null,
  };
}

export interface MeetingExpenses {
  /** YYYY-MM-DD, local date of the meeting. */
  date: string;
  lines: readonly ExpenseLine[];
}

/** Total in cents of all lines of the meetings held in `year` (by the meeting's date). */
export function yearTotal(meetings: readonly MeetingExpenses[], year: number): number {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const inYear = meetings.filter((meeting) => meeting.date.startsWith(prefix));
  return sumCents(inYear.flatMap((meeting) => meeting.lines.map((line) => line.amountCents)));
}

/** One readable line per expense, for the list's note column:
 * "Verpflegung – Kaffee und Kekse – 24,90 € – bezahlt von M. Albers – Beleg 2026-014". */
export function budgetNoteLines(lines: readonly ExpenseLine[]): string[] {
  return lines.map((line) => {
    const parts = [line.category, oneLine(line.description), formatEuro(line.amountCents)];
    if (oneLine(line.paidBy)) parts.push(`bezahlt von ${oneLine(line.paidBy)}`);
    if (oneLine(line.receiptNumber)) parts.push(`Beleg ${oneLine(line.receiptNumber)}`);
    return parts.filter((part) => part !== '').join(' – ');
  });
}

/** The budget notes as one text, a line per expense (newline-separated). */
export function budgetNotes(lines: readonly ExpenseLine[]): string {
  return budgetNoteLines(lines).join('\n');
}
