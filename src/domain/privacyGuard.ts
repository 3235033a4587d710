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

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (body: string, flags = ''): RegExp => new RegExp(`${B}(?:${body})${E}`, `gu${flags}`);

const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const DATE = `\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})|(?:${MONTHS})\\s\\d{4})`;
const FULL_DATE = `\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?|(?:${MONTHS})\\s)(?:19|20)\\d{2}`;
const NAME = "[A-ZÄÖÜ][\\p{Ll}'’]+(?:-[A-ZÄÖÜ][\\p{Ll}]+)?";

const DOB = re(
  `(?:geb\\.|geboren(?:\\s+am)?|Geburtsdatum:?|Geb\\.-Datum:?|\\*)\\s?(?:${DATE}|(?:19|20)\\d{2})|(?:Jahrgang|Jg\\.)\\s?(?:19|20)\\d{2}`,
  'i',
);
const FILE_NUMBER = re(
  '(?:Aktenzeichen|Az\\.?|Akz\\.?|Geschäftszeichen|Gz\\.?|Kunden-?(?:nummer|nr\\.?)|BG-(?:Nummer|Nr\\.?)|AZR-Nummer)' +
    '\\s?:?\\s?(?=[\\w\\-/.]*\\d)\\w[\\w\\-/.]*\\w|\\d{7,8}-\\d{3}|ABH[\\s\\-]?(?:Nr\\.?\\s?)?\\d[\\d\\-/]*\\d|\\d{5}BG\\d{7}',
  'i',
);
const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)49[ \-/]?(?:\(0\)[ \-/]?)?[1-9]\d{1,4}|\(?0[1-9]\d{1,4}\)?)(?:[ \u00a0/]?\d{2,}|-\d+){1,4}(?!\p{N})/gu;
const EMAIL = /(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+/gu;
const ROLE_MAILBOX =
  /^(?:info|kontakt|post|poststelle|office|buero|büro|service|team|mail|integration|migration|ehrenamt|verwaltung|sekretariat|koordination|anmeldung|hallo|noreply|no-reply|presse|beratung)(?:[._-].*)?$/i;
const STREET = 'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|wall|graben';
const ADDRESS = re(
  `(?:[A-ZÄÖÜ][\\p{L}\\-]*(?:${STREET})|[A-ZÄÖÜ][\\p{L}\\-]*\\s(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Markt)` +
    '|(?:Am|An der|Im|In der|Auf dem|Zum|Zur|Hinter der)\\s[A-ZÄÖÜ][\\p{L}\\-]+)\\s?\\d{1,3}\\s?[a-z]?',
);
const HEALTH = re(
  '[Kk]rank(?!enkass|enversich)\\p{L}*|[Ee]rkrank\\p{L}*|Diagnose\\p{L}*|[Dd]iagnostiz\\p{L}*|Therapie\\p{L}*|Therapeut\\p{L}*|' +
    'Trauma\\p{L}*|[Tt]raumatisiert\\p{L}*|PTBS|[Ss]chwanger\\p{L}*|HIV|Aids|[Pp]sychisch\\p{L}*|Psychiat\\p{L}*|' +
    'Psycholog\\p{L}*|Psychose|Depression\\p{L}*|[Dd]epressiv\\p{L}*|Behinderung\\p{L}*|[Bb]ehindert\\p{L}*|' +
    '[Ss]chwerbehindert\\p{L}*|Medikament\\p{L}*|Krebs|Tumor\\p{L}*|Tuberkulose|Hepatitis|Suizid\\p{L}*|[Ss]uizidal|' +
    'Sucht|[Ss]üchtig|Epilepsie|Diabetes|Dialyse|Pflegegrad|Klinik\\p{L}*|Operation|[Oo]periert|Attest\\p{L}*|Arztbrief\\p{L}*|Rollstuhl\\p{L}*',
);
const RESIDENCE = re(
  'Duldung\\p{L}*|[Gg]eduldet\\p{L}*|[Aa]bschieb\\p{L}*|[Aa]bgeschoben|Asyl\\p{L}*|Aufenthaltserlaubnis\\p{L}*|' +
    'Aufenthaltstitel\\p{L}*|Aufenthaltsgestattung\\p{L}*|Niederlassungserlaubnis\\p{L}*|Ausreisepflicht\\p{L}*|' +
    '[Aa]usreisepflichtig\\p{L}*|Fiktionsbescheinigung\\p{L}*|Dublin\\p{L}*|Überstellung\\p{L}*|Kirchenasyl|' +
    '[Ss]ubsidiär\\p{L}*|Einbürgerung\\p{L}*|Ausweisung\\p{L}*|Anhörung\\p{L}*|Passersatz\\p{L}*|[Ii]llegal\\p{L}*',
);
const RELATIVE =
  'Tochter|Sohn|Sohnes|Kind|Kindes|Baby|Ehemann|Ehefrau|Mann|Frau|Mutter|Vater|Bruder|Schwester|Partner|Partnerin|Oma|Opa|Neffe|Nichte';
const CASE_WORD =
  'Duldung|Asylantrag|Asylverfahren|Aufenthaltserlaubnis|Abschiebung|Diagnose|Therapie|Krankheit|Erkrankung|Behinderung|Anhörung|Akte';
const NOT_PERSON_AFTER_AGE =
  'Ausbildung|Aufenthalt|Duldung|Ausbildungsduldung|Frist|Laufzeit|Wartezeit|Studium|Beschäftigung|Förderung|Zeitraum|Projekt|Programm|Kurs|Vertrag|Tätigkeit';
const PERSONAL_MARKER = re(
  `(?:[Ss]ein|[Ii]hr)(?:e|em|en|er|es)?\\s(?:\\p{Ll}+\\s)?(?:${RELATIVE})|[Ss]ein(?:e|em|en|er|es)?\\s(?:\\p{Ll}+\\s)?(?:${CASE_WORD})|` +
    `\\d{1,2}\\s?-?\\s?[Jj]ährig\\p{L}*(?!\\s+(?:${NOT_PERSON_AFTER_AGE}))|\\d{1,2}\\sJahre\\salt|${NAME}\\s?\\(\\d{1,2}\\)`,
);
const LIVES_AT = re('wohnt|wohnhaft|lebt');
const TITLE = new RegExp(
  `${B}(?:Herrn?|Frau|Hr\\.|Fr\\.|Familie|Fam\\.)\\s+(?:(?:Dr|Prof)\\.\\s*)?(${NAME}|[A-ZÄÖÜ]\\.)`,
  'gu',
);
const ARTICLE = /^(?:ein|eine[mnrs]?|die|der|den|dem|des|jede[mnrs]?|keine[mnrs]?|diese[mnrs]?|welche[mnrs]?)$/i;
const ROLES =
  'Referent|Leiter|Mitarbeiter|Sachbearbeiter|Koordinator|Bürgermeister|Berater|Dozent|Helfer|Kolleg|Vertreter|Ansprechpartner|Sozialarbeiter|Pastor|Pfarrer|Lehrer';
const AFFILIATION = new RegExp(
  `^\\s*(?:,\\s*|\\()?(?:vom|von\\s+der|von\\s+den|von\\s+dem|beim|bei\\s+der|aus\\s+dem|aus\\s+der|${ROLES})`,
  'u',
);
const ROLE_BEFORE = new RegExp(`(?:${ROLES})\\p{L}*\\s*$`, 'u');
const NOUNISH =
  /^.{3,}(?:ung|ungen|heit|keit|schaft|tion|ionen|ismus|ität|nisse|erlaubnis|chen|ische[rnms]?|liche[rnms]?|ige[rnms]?|ende[rnms]?|ete[rnms]?|ierte[rnms]?|hilfe|stelle|zentrum|werk|amt|ämter|kurs|kurse|platz|plätze|raum|haus|geld|kosten|termin|termine|schule|gruppe|verein|dienst|büro|angebot|angebote|projekt|träger|kreis|recht|bescheid|antrag|verfahren|papiere|zeit|zeiten|tag|tage|woche|monat)$/i;
/** Capitalised words that start sentences or name places and organisations, never a person. */
const COMMON = new Set(
  (
    'Die Der Das Ein Eine Einen Einem Einer Dem Den Des Viele Einige Mehrere Alle Manche Wenige Neue Neuer Neues ' +
    'Junge Ältere Weitere Andere Diese Dieser Dieses Jede Jeder Jedes Unsere Unser Ihre Ihr Sein Seine Herr Herrn ' +
    'Frau Familie Am Im In An Auf Aus Bei Beim Mit Nach Von Vom Zum Zur Für Über Unter Vor Seit Bis Ab Wegen Trotz ' +
    'Laut Durch Gegen Ohne Um Zwischen Auch Aber Und Oder Doch Noch Nur Schon Jetzt Heute Morgen Gestern Dann ' +
    'Danach Zudem Außerdem Leider Bitte Kein Keine Es Er Sie Wir Man Wer Was Wie Wo Wann Warum Dass Ob Wenn Weil ' +
    'Als Da Hier Dort Nächste Nächstes Letzte Geflüchtete Geflüchteten Betroffene Betroffenen Ehrenamtliche ' +
    'Ehrenamtlichen Menschen Familien Frauen Männer Kinder Jugendliche Jugendlichen Personen Leute Eltern Schüler ' +
    'Teilnehmende Initiative Initiativen Landkreis Landkreises Stadt Gemeinde Samtgemeinde Jobcenter ' +
    'Ausländerbehörde Kreishaus Caritas Diakonie Bad Sankt Deutsch Deutsche Deutschen Thema Themen Anfang Mitte ' +
    'Ende Frage Fragen Problem Probleme Hilfe Rat Kita Schule Uni Arzt Ärztin Ärzte Bund Land Northeim Einbeck ' +
    'Uslar Dassel Moringen Hardegsen Nörten Hardenberg Bodenfelde Kalefeld Katlenburg Lindau Gandersheim ' +
    'Kreiensen Göttingen Hannover Niedersachsen Deutschland Syrien Afghanistan Ukraine Irak Iran Eritrea Türkei ' +
    'Somalia Russland Europa Pro Straße Strasse Weg Platz Allee Ring Markt Gasse ' +
    MONTHS.replace(/\|/g, ' ') +
    ' Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'
  ).split(' '),
);

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

const ABBREVIATION =
  /(?:^|[\s(])(?:geb|Hr|Fr|Fam|Nr|Az|Akz|Gz|Str|ca|bzw|z|B|u|a|d|h|Dr|Prof|Tel|vgl|usw|Jg|ggf|evtl|inkl|bspw|\p{Lu}|\d+)\.$/u;

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
