/**
 * The privacy guard: minutes are about topics, not about individual refugees. It looks for text
 * that reads like an individual case and returns specific German warnings (`PRIVACY_MESSAGES_DE`; the
 * pane words them in its language from `kind` and `excerpt`). It never blocks.
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
  birthDatesAfter,
  isAffiliated,
  isParticipant,
  participantTokens,
  plainNames,
  titledNames,
} from './privacyNames';
import { contactHits, type Hit, hits, type PrivacyWarningKind, sentences } from './privacyHits';
import { ADDRESS, DOB, FILE_NUMBER, HEALTH, LIVES_AT, PERSONAL_MARKER, RESIDENCE } from './privacyPatterns';

export type { PrivacyWarningKind } from './privacyHits';

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

/** The German warning per kind, about the excerpt that raised it. */
export const PRIVACY_MESSAGES_DE: Record<PrivacyWarningKind, (excerpt: string) => string> = {
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
    return { ...hit, excerpt, message: PRIVACY_MESSAGES_DE[hit.kind](excerpt) };
  });
}
