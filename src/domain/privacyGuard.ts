/**
 * The privacy guard: minutes are about topics, not about individual refugees. It looks for text
 * that reads like an individual case and returns specific German warnings. It never blocks.
 *
 * Always warned: dates of birth, file numbers, phone numbers, personal e-mail addresses, and
 * "Familie X". Warned only when the same sentence is about one person (a personal marker: a
 * non-participant's name, a possessive about one person such as "ihre Tochter", an age such as
 * "17-jährige", a date of birth or a file number): health words, residence-status words, and
 * street addresses (also after "wohnt"/"lebt"). "Herr/Frau X" warns unless X takes part, or
 * the sentence names X's office ("Frau Nowak vom Jobcenter") without personal details; a bare
 * "Vorname Nachname" warns only together with personal details.
 */
import {
  FULL_DATE,
  DOB,
  FILE_NUMBER,
  PHONE,
  EMAIL,
  ROLE_MAILBOX,
  ADDRESS,
  HEALTH,
  RESIDENCE,
  PERSONAL_MARKER,
  LIVES_AT,
  TITLE,
  ARTICLE,
  AFFILIATION,
  ROLE_BEFORE,
  NOUNISH,
  COMMON,
  ABBREVIATION,
} from './privacyPatterns';

export type PrivacyWarningKind =
  | 'geburtsdatum'
  | 'aktenzeichen'
  | 'telefon'
  | 'gesundheit'
  | 'aufenthaltsstatus'
  | 'personenname'
  | 'email'
  | 'adresse';

export interface PrivacyWarning {
  kind: PrivacyWarningKind;
  excerpt: string;
  start: number;
  end: number;
  message: string;
}

export interface PrivacyOptions {
  /** Names of the people taking part (attendance, speaker): their names never warn. */
  participantNames?: readonly string[];
}

/** Shown on the agenda item "Aktuelles aus den Initiativen". */
export const STANDING_REMINDER =
  'Einzelfälle werden in diesem Treffen nicht besprochen. Gemeinsame Herausforderungen der Initiativen ' +
  'gehören hierher – wir suchen zusammen nach Lösungsansätzen. Bitte im Protokoll keine Namen, ' +
  'Geburtsdaten, Aktenzeichen, Gesundheits- oder Aufenthaltsdaten einzelner Menschen festhalten.';

const ADVICE = 'Bitte im Protokoll keine Einzelfälle festhalten – Themen statt Personen.';
const MESSAGES: Record<PrivacyWarningKind, (excerpt: string) => string> = {
  geburtsdatum: (x) => `„${x}“ sieht nach einem Geburtsdatum aus. ${ADVICE}`,
  aktenzeichen: (x) => `„${x}“ sieht nach einem Aktenzeichen aus. Aktenzeichen gehören in die Fallakte. ${ADVICE}`,
  telefon: (x) =>
    `„${x}“ sieht nach einer Telefonnummer aus. Private Nummern bitte weglassen; die Dienstnummer einer Stelle darf bleiben.`,
  email: (x) =>
    `„${x}“ sieht nach der E-Mail-Adresse einer Person aus. Bitte weglassen oder die Adresse der Stelle angeben.`,
  adresse: (x) => `„${x}“ sieht nach der Wohnadresse einer Person aus. Der Ort eines Treffens darf stehen. ${ADVICE}`,
  gesundheit: (x) =>
    `„${x}“ beschreibt hier die Gesundheit einer einzelnen Person – das sind besonders geschützte Daten. ${ADVICE}`,
  aufenthaltsstatus: (x) =>
    `„${x}“ nennt hier den Aufenthaltsstatus einer einzelnen Person. Bitte nur die gemeinsame Herausforderung ` +
    'festhalten (z. B. „lange Bearbeitungszeiten bei Duldungen“).',
  personenname: (x) =>
    `„${x}“ sieht nach dem Namen einer Person aus, die nicht teilnimmt. Einzelfälle gehören nicht ins Protokoll – ` +
    'bitte ohne Namen formulieren. Nimmt die Person teil, bitte in der Anwesenheitsliste ergänzen.',
};

interface Sentence {
  text: string;
  start: number;
}

interface Hit {
  kind: PrivacyWarningKind;
  start: number;
  end: number;
}

interface NameCandidate extends Hit {
  tokens: string[];
  /** "Herr/Frau X" (true) or a bare "Vorname Nachname" (false). */
  titled: boolean;
  family: boolean;
}

/** Splits at ! ? and line breaks, and at a full stop followed by a capital, unless it ends an abbreviation. */
function sentences(text: string): Sentence[] {
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

function hits(pattern: RegExp, text: string, kind: PrivacyWarningKind): Hit[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));
}

function isNameToken(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !COMMON.has(word) && !NOUNISH.test(word);
}

function titledNames(text: string): NameCandidate[] {
  return [...text.matchAll(TITLE)].flatMap((m) => {
    const prev = /(\p{L}+)\s+$/u.exec(text.slice(0, m.index))?.[1] ?? '';
    const token = m[1] ?? '';
    if (ARTICLE.test(prev) || (!token.endsWith('.') && !isNameToken(token))) return [];
    const family = /^Fam/.test(m[0]);
    return [
      { kind: 'personenname', start: m.index, end: m.index + m[0].length, tokens: [token], titled: true, family },
    ];
  });
}

function plainNames(text: string): NameCandidate[] {
  const words = [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  return words.flatMap((first, i) => {
    const [prev, second] = [words[i - 1], words[i + 1]];
    if (!second || text.slice(first.end, second.start) !== ' ' || !isNameToken(first.word)) return [];
    if (prev && (ARTICLE.test(prev.word) || /^(?:Herrn?|Frau|Familie|Hr|Fr|Fam)$/.test(prev.word))) return [];
    // a third capitalised word right before: an organisation ("Refugee Law Clinic"), not a person
    if (
      prev &&
      /^\p{Lu}/u.test(prev.word) &&
      !COMMON.has(prev.word) &&
      /^\s+$/.test(text.slice(prev.end, first.start))
    ) {
      return [];
    }
    const initial = /^\p{Lu}$/u.test(second.word) && text[second.end] === '.';
    if (!initial && (!isNameToken(second.word) || second.word.search(RESIDENCE) === 0)) return [];
    const end = second.end + (initial ? 1 : 0);
    const tokens = [first.word, second.word];
    return [{ kind: 'personenname' as const, start: first.start, end, tokens, titled: false, family: false }];
  });
}

function participantTokens(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => name.toLowerCase().split(/[\s,.]+/u)).filter((token) => token.length > 1));
}

function isParticipant(candidate: NameCandidate, known: Set<string>): boolean {
  const [first = '', second] = candidate.tokens.map((token) => token.replace(/\.$/, '').toLowerCase());
  const surname = second ?? first;
  if (surname.length > 1) return known.has(surname);
  const initialFits = [...known].some((token) => token.startsWith(surname));
  return initialFits && (second === undefined || known.has(first));
}

function isAffiliated(text: string, name: NameCandidate): boolean {
  return AFFILIATION.test(text.slice(name.end)) || ROLE_BEFORE.test(text.slice(0, name.start));
}

/** "Ahmad K., 12.03.1990" or "Familie X (*01.01.2015)": a full date right after a name. */
function birthDatesAfter(text: string, name: NameCandidate): Hit[] {
  const match = new RegExp(`^\\s*[,(]\\s*\\*?\\s*(${FULL_DATE})`, 'u').exec(text.slice(name.end));
  const date = match?.[1];
  if (!match || date === undefined) return [];
  const end = name.end + match[0].length;
  return [{ kind: 'geburtsdatum', start: end - date.length, end }];
}

function contactHits(text: string): Hit[] {
  const phones = hits(PHONE, text, 'telefon').filter((hit) => {
    const digits = text.slice(hit.start, hit.end).replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  });
  const mails = [...text.matchAll(EMAIL)].filter((m) => !ROLE_MAILBOX.test(m[1] ?? ''));
  return [...phones, ...mails.map((m): Hit => ({ kind: 'email', start: m.index, end: m.index + m[0].length }))];
}

function analyseSentence(text: string, known: Set<string>): Hit[] {
  const identifiers = [...hits(DOB, text, 'geburtsdatum'), ...hits(FILE_NUMBER, text, 'aktenzeichen')];
  const names = [...titledNames(text), ...plainNames(text)].filter((name) => !isParticipant(name, known));
  const birthDates = names.flatMap((name) => birthDatesAfter(text, name));
  const livesAt = text.search(LIVES_AT) >= 0;
  const details = identifiers.length + birthDates.length > 0 || text.search(PERSONAL_MARKER) >= 0;
  const sensitive = [...hits(HEALTH, text, 'gesundheit'), ...hits(RESIDENCE, text, 'aufenthaltsstatus')];
  const warnedNames = names.filter((name) => {
    if (name.family || details || livesAt) return true;
    return name.titled ? !isAffiliated(text, name) : sensitive.length > 0;
  });
  const personal = details || warnedNames.length > 0;
  return [
    ...identifiers,
    ...birthDates,
    ...contactHits(text),
    ...warnedNames.map(({ kind, start, end }) => ({ kind, start, end })),
    ...(personal ? sensitive : []),
    ...(personal || livesAt ? hits(ADDRESS, text, 'adresse') : []),
  ];
}

const RANK: PrivacyWarningKind[] = [
  'aktenzeichen',
  'geburtsdatum',
  'email',
  'telefon',
  'adresse',
  'personenname',
  'aufenthaltsstatus',
  'gesundheit',
];

/** Keeps the most specific hit where hits overlap, then orders by position. */
function withoutOverlaps(all: Hit[]): Hit[] {
  const ranked = [...all].sort((a, b) => RANK.indexOf(a.kind) - RANK.indexOf(b.kind) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of ranked) {
    if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function excerptOf(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

/** Warnings for minutes text that reads like an individual case; an empty list when it reads like topics. */
export function checkPrivacy(text: string, options: PrivacyOptions = {}): PrivacyWarning[] {
  const known = participantTokens(options.participantNames ?? []);
  const all = sentences(text).flatMap((sentence) =>
    analyseSentence(sentence.text, known).map((hit) => ({
      ...hit,
      start: hit.start + sentence.start,
      end: hit.end + sentence.start,
    })),
  );
  return withoutOverlaps(all).map((hit) => {
    const excerpt = excerptOf(text.slice(hit.start, hit.end));
    return { ...hit, excerpt, message: MESSAGES[hit.kind](excerpt) };
  });
}
