/** The privacy guard's scanning: sentences, pattern hits, contact details (see privacyGuard.ts). */
import { ABBREVIATION, EMAIL, PHONE, ROLE_MAILBOX } from './privacyPatterns';

export type PrivacyWarningKind =
  | 'geburtsdatum'
  | 'aktenzeichen'
  | 'telefon'
  | 'gesundheit'
  | 'aufenthaltsstatus'
  | 'personenname'
  | 'email'
  | 'adresse';

export interface Sentence {
  text: string;
  start: number;
}

/** Where a warning's text lies in the sentence (or, once shifted, in the whole text). */
export interface Hit {
  kind: PrivacyWarningKind;
  start: number;
  end: number;
}

/** Splits at ! ? and line breaks, and at a full stop followed by a capital, unless it ends an abbreviation. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[!?](?=\s)|\.(?=\s+[\p{Lu}\d„"(])|\n/gu)) {
    const end = match.index + 1;
    if (match[0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, match.index - 12), end))) continue;
    out.push({ text: text.slice(start, end), start });
    start = end;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

export function hits(pattern: RegExp, text: string, kind: PrivacyWarningKind): Hit[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));
}

/** Phone numbers of 7 to 15 digits and personal e-mail addresses (an office's mailbox may stay). */
export function contactHits(text: string): Hit[] {
  const phones = hits(PHONE, text, 'telefon').filter((hit) => {
    const digits = text.slice(hit.start, hit.end).replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  });
  const mails = [...text.matchAll(EMAIL)].filter((m) => !ROLE_MAILBOX.test(m[1] ?? ''));
  return [...phones, ...mails.map((m): Hit => ({ kind: 'email', start: m.index, end: m.index + m[0].length }))];
}
