/**
 * Money in integer euro cents, parsed and formatted the German way.
 *
 * Parsing rules (`parseEuro`):
 * - the comma is the decimal separator: "12,50", "12,5", "12," and ",50" are accepted;
 * - dots group thousands in threes: "1.234" is 1.234,00 € and "1.234,56" is 1.234,56 €;
 * - a single dot followed by one or two digits and no comma ("12.50", "0.5") can only be a decimal
 *   point typed the English way, so it is read as "12,50" (never as 1.250 €);
 * - "€", "EUR" or "Euro" before or after the number and surrounding spaces are ignored;
 * - negative amounts, more than two decimals and anything else are rejected with a message that says
 *   what to type instead (German unless the caller passes its language's `EuroMessages`). Nothing is
 *   ever rounded silently.
 */
export type ParseEuroResult = { ok: true; cents: number } | { ok: false; message: string };

/** What parseEuro says about an amount it cannot take, per reason. */
export interface EuroMessages {
  missing: string;
  negative: string;
  tooLarge: string;
  tooManyDecimals: string;
  englishSeparators: string;
  notAnAmount: (text: string) => string;
}

const EXAMPLE = 'Bitte einen Betrag wie 12,50 eingeben.';

/** The German messages (the default). */
export const EURO_MESSAGES_DE: EuroMessages = {
  missing: `Der Betrag fehlt. ${EXAMPLE}`,
  negative: 'Beträge können nicht negativ sein. Bitte den Betrag ohne Minus eingeben, z. B. 0,50.',
  tooLarge: `Der Betrag ist zu groß. ${EXAMPLE}`,
  tooManyDecimals: 'Bitte höchstens zwei Nachkommastellen (Cent) eingeben, z. B. 12,50.',
  englishSeparators: 'Bitte das Komma für die Cent verwenden und Punkte für Tausender, z. B. 1.234,56.',
  notAnAmount: (text) => `„${text}“ ist kein Betrag. ${EXAMPLE}`,
};
const CURRENCY = /^(?:€|EUR|Euro)\s*|\s*(?:€|EUR|Euro)$/gi;
const COMMA_DECIMAL = /^(\d*|\d{1,3}(?:\.\d{3})+),(\d{0,2})$/;
const WHOLE = /^(\d+|\d{1,3}(?:\.\d{3})+)$/;
const DOT_DECIMAL = /^(\d+)\.(\d{1,2})$/;

function fail(message: string): ParseEuroResult {
  return { ok: false, message };
}

function fromParts(euros: string, cents: string, messages: EuroMessages): ParseEuroResult {
  const euroDigits = euros.replace(/\./g, '') || '0';
  const value = Number(euroDigits) * 100 + Number(cents.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return fail(messages.tooLarge);
  return { ok: true, cents: value };
}

function explainRejection(text: string, messages: EuroMessages): string {
  if (/,\d{3,}$/.test(text)) return messages.tooManyDecimals;
  if (/^\d{1,3}(?:,\d{3})+\.\d{1,2}$/.test(text)) return messages.englishSeparators;
  return messages.notAnAmount(text);
}

/** Parses an amount typed by a person into cents. */
export function parseEuro(input: string, messages: EuroMessages = EURO_MESSAGES_DE): ParseEuroResult {
  const text = input.replace(/\s+/g, ' ').trim().replace(CURRENCY, '').trim();
  if (text === '') return fail(messages.missing);
  if (/^[-−–]/.test(text)) return fail(messages.negative);
  const comma = COMMA_DECIMAL.exec(text);
  if (comma && /\d/.test(text)) return fromParts(comma[1] ?? '', comma[2] ?? '', messages);
  if (WHOLE.test(text)) return fromParts(text, '', messages);
  const dot = DOT_DECIMAL.exec(text);
  if (dot) return fromParts(dot[1] ?? '', dot[2] ?? '', messages);
  return fail(explainRejection(text, messages));
}

/** Made on first use, like the Berlin time formatter: no ICU set-up before the pane's first read. */
let euroFormat: Intl.NumberFormat | undefined;
const euro = () => (euroFormat ??= new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }));

/**
 * "1.234,56 €". Intl puts a no-break space (U+00A0, in some ICU versions a narrow one, U+202F)
 * before the sign; we always return U+00A0 so the output is stable and never wraps before "€".
 */
export function formatEuro(cents: number): string {
  return euro()
    .format(cents / 100)
    .replace(/[\s\u202f]/g, '\u00a0');
}

/** "1234,56": a German decimal without thousands separator or sign, for CSV cells. */
export function formatDecimalDe(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Sum of amounts in cents. */
export function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((total, cents) => total + cents, 0);
}

/**
 * The share of each participant, rounded half up to whole cents (10,00 € / 3 = 3,33 €;
 * 0,05 € / 2 = 0,03 €). Null when nobody (or an impossible number of people) took part.
 */
export function perParticipant(totalCents: number, participants: number): number | null {
  if (!Number.isInteger(participants) || participants <= 0) return null;
  const doubled = 2 * totalCents + participants;
  return Math.floor(doubled / (2 * participants));
}
