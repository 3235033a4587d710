/**
 * The privacy guard's names: "Herr/Frau X", "Familie X" and bare "Vorname Nachname" candidates, whether
 * they take part or are named with their office, and a date of birth right after a name.
 */
import type { Hit } from './privacyHits';
import { AFFILIATION, ARTICLE, COMMON, FULL_DATE, NOUNISH, RESIDENCE, ROLE_BEFORE, TITLE } from './privacyPatterns';

export interface NameCandidate extends Hit {
  tokens: string[];
  /** "Herr/Frau X" (true) or a bare "Vorname Nachname" (false). */
  titled: boolean;
  family: boolean;
}

function isNameToken(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !COMMON.has(word) && !NOUNISH.test(word);
}

export function titledNames(text: string): NameCandidate[] {
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

export function plainNames(text: string): NameCandidate[] {
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

export function participantTokens(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => name.toLowerCase().split(/[\s,.]+/u)).filter((token) => token.length > 1));
}

export function isParticipant(candidate: NameCandidate, known: Set<string>): boolean {
  const [first = '', second] = candidate.tokens.map((token) => token.replace(/\.$/, '').toLowerCase());
  const surname = second ?? first;
  if (surname.length > 1) return known.has(surname);
  const initialFits = [...known].some((token) => token.startsWith(surname));
  return initialFits && (second === undefined || known.has(first));
}

export function isAffiliated(text: string, name: NameCandidate): boolean {
  return AFFILIATION.test(text.slice(name.end)) || ROLE_BEFORE.test(text.slice(0, name.start));
}

/** "Ahmad K., 12.03.1990" or "Familie X (*01.01.2015)": a full date right after a name. */
export function birthDatesAfter(text: string, name: NameCandidate): Hit[] {
  const match = new RegExp(`^\\s*[,(]\\s*\\*?\\s*(${FULL_DATE})`, 'u').exec(text.slice(name.end));
  const date = match?.[1];
  if (!match || date === undefined) return [];
  const end = name.end + match[0].length;
  return [{ kind: 'geburtsdatum', start: end - date.length, end }];
}
