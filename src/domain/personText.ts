/**
 * A short text field that holds "a person or an initiative" (an action item's "who", who paid an
 * expense, an agenda item's presenter) without the person: what remains is kept only when it names an
 * organisation. When in doubt the text goes: a name kept by mistake is worse than an initiative lost,
 * since the counts and costs stay either way.
 *
 * Removed: the names of the meeting's own people (attendance, replies, speaker) wherever they occur;
 * "Frau X", "Herr X", "Familie X"; an initial with a surname ("M. Albers"); a bare "Vorname Nachname"
 * pair whose words name no organisation. What remains must contain an organisation's word (Initiative,
 * Verein, Café, Jobcenter, …stelle, …amt, …) or an initiative from the attendance; otherwise it is empty.
 */
import { plainNames, titledNames } from './privacyNames';
import { EMAIL, ROLE_MAILBOX } from './privacyPatterns';

/** What stands in free text where a name or a person's mail address was. */
export const NAME_REMOVED = '[Name entfernt]';
export const ADDRESS_REMOVED = '[Adresse entfernt]';

/** Words (as their start or end) that name an organisation, never a person. */
const ORGANISATION_START =
  /^(?:initiativ|verein|landkreis|kreisverwaltung|stadt|gemeinde|samtgemeinde|kirche|kirchengemeinde|diakoni|caritas|awo|drk|café|cafe|jobcenter|vhs|volkshochschule|koordin|migrationsberatung|mbe|flüchtling|ehrenamt|netzwerk|arbeitsgruppe|bündnis|forum|projekt|team|verwaltung|fachdienst|ausländerbehörde|integration|sprach|alle)/u;
const ORGANISATION_END =
  /(?:stelle|amt|ämter|zentrum|beratung|büro|team|gruppe|netzwerk|treff|kreis|dienst|behörde|schule|verein|initiative|koordination|sozialarbeit|hilfe|projekt|bündnis|forum|werk|haus|gmbh)$/u;
const ORGANISATION_WORD = /^(?:ag|e\.?\s?v\.?|ggmbh|gmbh|hilft|helfen|rotes|kreuz|verteiler)$/u;

/** An initial and a surname: "M. Albers", "J.-P. Müller". */
const INITIAL_NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}\.\s?-?)+\s?\p{Lu}[\p{Ll}'’-]+/gu;
/** Academic titles and connectors left behind once a name is gone. */
const LEFTOVER_START = /^(?:(?:Dr|Prof)\.|vom|von der|von den|von|beim|bei der|bei|aus dem|aus der|für)\s+/iu;
const EDGE_PUNCTUATION = /^[\s,;:–—/&+()-]+|[\s,;:–—/&+(-]+$/gu;

const words = (text: string) => text.toLowerCase().match(/[\p{L}.]+/gu) ?? [];

function isOrganisationWord(word: string): boolean {
  const bare = word.replace(/\.$/u, '');
  return ORGANISATION_START.test(bare) || ORGANISATION_END.test(bare) || ORGANISATION_WORD.test(word);
}

/** Whether the text names an organisation: one of its words, or an initiative from the attendance. */
export function namesOrganisation(text: string, initiatives: readonly string[] = []): boolean {
  const plain = text.trim().toLowerCase();
  if (!plain) return false;
  if (initiatives.some((initiative) => initiative.trim().toLowerCase() === plain)) return true;
  return words(plain).some(isOrganisationWord);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every occurrence of the known names replaced (longest first, case-insensitive). */
function withoutKnownNames(text: string, knownNames: readonly string[], by = ' '): string {
  const names = [...new Set(knownNames.map((name) => name.trim()).filter((name) => name.length >= 3))];
  return names
    .sort((a, b) => b.length - a.length)
    .reduce(
      (rest, name) => rest.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu'), by),
      text,
    );
}

/** The text with "Frau X", initials with a surname and bare name pairs (that name no organisation) cut out. */
function withoutNameShapes(text: string): string {
  const cuts = [
    ...titledNames(text).map(({ start, end }) => ({ start, end })),
    ...[...text.matchAll(INITIAL_NAME)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
    ...plainNames(text)
      .filter((candidate) => !candidate.tokens.some((token) => isOrganisationWord(token.toLowerCase())))
      .map(({ start, end }) => ({ start, end })),
  ].sort((a, b) => b.start - a.start);
  return cuts.reduce((rest, cut) => `${rest.slice(0, cut.start)} ${rest.slice(cut.end)}`, text);
}

function tidy(text: string): string {
  let rest = text.replace(/\(\s*\)/gu, ' ').replace(/\s+/gu, ' ');
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(EDGE_PUNCTUATION, '').replace(LEFTOVER_START, '');
    if (!rest.includes('(')) rest = rest.replace(/\)/gu, '');
  }
  return rest.trim();
}

export interface PersonTextContext {
  /** Names of the meeting's people (attendance, replies, speaker). */
  knownNames: readonly string[];
  /** Initiatives named in the attendance, without names (organisations, kept). */
  initiatives: readonly string[];
}

/** The text with the names in it cut out; what remains, however short. */
export function withoutNames(text: string, knownNames: readonly string[]): string {
  if (!text.trim()) return text;
  return tidy(withoutNameShapes(withoutKnownNames(text, knownNames)));
}

/** A "person or initiative" text without the person: the organisation that remains, or empty. */
export function withoutPerson(text: string, context: PersonTextContext): string {
  const rest = withoutNames(text, context.knownNames);
  return namesOrganisation(rest, context.initiatives) ? rest : '';
}

/**
 * Free text about topics (notes, decisions, titles) with the people taken out where they can be told
 * for sure: the meeting's own people by name, "Frau X" / "Herr X" / "Familie X", and a person's mail
 * address (an office's such as info@ stays). Other names typed into prose are not recognised reliably
 * and stay; the privacy guard warns about them while typing.
 */
export function withoutNamesInProse(text: string, knownNames: readonly string[]): string {
  if (!text.trim()) return text;
  const mailsGone = text.replace(EMAIL, (mail, local: string) => (ROLE_MAILBOX.test(local) ? mail : ADDRESS_REMOVED));
  const known = withoutKnownNames(mailsGone, knownNames, NAME_REMOVED);
  return titledNames(known)
    .sort((a, b) => b.start - a.start)
    .reduce((rest, cut) => `${rest.slice(0, cut.start)}${NAME_REMOVED}${rest.slice(cut.end)}`, known);
}
