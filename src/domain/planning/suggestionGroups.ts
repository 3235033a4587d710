/**
 * Topic suggestions from mail (the ribbon's "Als Thema vorschlagen") grouped by topic, so that what
 * several initiatives raised shows once with everyone who raised it. Two subjects are the same topic
 * when their significant words are the same, whatever the case, the order, the punctuation or reply
 * prefixes ("AW:", "RE:", "WG:", "FW:") say. A reply to the call for topics under its own subject
 * says nothing about its topic: it stays on its own.
 */
import { CALL_FOR_TOPICS_SUBJECT_PREFIX } from './callForTopics';

/** What grouping needs of a suggestion (the pane's stored suggestion has this shape). */
export interface SuggestedTopic {
  id: string;
  subject: string;
  senderName: string;
  senderAddress: string;
  receivedAt: string;
}

export interface SuggestionGroup<T extends SuggestedTopic = SuggestedTopic> {
  key: string;
  /** The first suggestion's subject without reply prefixes. */
  subject: string;
  suggestions: T[];
  /** Who suggested it, each once (name, else address), in the order they came. */
  senders: string[];
}

const REPLY_PREFIX = /^\s*(?:aw|re|wg|fw|fwd|antw|tr|sv)\s*(?:\[\d+\])?\s*:\s*/i;

/** The subject without any reply or forward prefixes ("AW: WG: Thema" → "Thema"). */
export function withoutReplyPrefixes(subject: string): string {
  let rest = subject;
  while (REPLY_PREFIX.test(rest)) rest = rest.replace(REPLY_PREFIX, '');
  return rest.trim();
}

/** Lower case, no punctuation, single spaces, no reply prefixes. */
export function normalisedSubject(subject: string): string {
  return withoutReplyPrefixes(subject)
    .toLocaleLowerCase('de-DE')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words that say nothing about the topic itself. */
const FILLERS = new Set(
  (
    'und oder der die das des dem den ein eine einer eines einem einen für fuer mit von vom zum zur im in ' +
    'am an auf aus bei über ueber zu als auch wie was wir unser unsere ihr ihre thema themen themenvorschlag ' +
    'vorschlag vorschläge themenaufruf idee frage anfrage beim nächsten naechsten treffen vernetzungstreffen tagesordnung top'
  ).split(' '),
);

/** The topic's key: its significant words, sorted; the whole normalised subject when it has none. */
export function topicKey(subject: string): string {
  const normal = normalisedSubject(subject);
  const words = [...new Set(normal.split(' ').filter((w) => w.length > 1 && !FILLERS.has(w)))].sort();
  return words.length > 0 ? words.join(' ') : normal;
}

const senderOf = (s: SuggestedTopic) => s.senderName.trim() || s.senderAddress.trim();
const senderKey = (s: SuggestedTopic) => (s.senderAddress.trim() || s.senderName.trim()).toLowerCase();

function groupOf<T extends SuggestedTopic>(key: string, members: T[]): SuggestionGroup<T> {
  const seen = new Set<string>();
  const senders: string[] = [];
  for (const s of members) {
    if (seen.has(senderKey(s))) continue;
    seen.add(senderKey(s));
    if (senderOf(s)) senders.push(senderOf(s));
  }
  return {
    key,
    subject: withoutReplyPrefixes(members[0]?.subject ?? '') || (members[0]?.subject ?? ''),
    suggestions: members,
    senders,
  };
}

/** The suggestions by topic: topics several raised first, otherwise in the order they came. */
export function groupSuggestions<T extends SuggestedTopic>(suggestions: readonly T[]): SuggestionGroup<T>[] {
  const byKey = new Map<string, T[]>();
  for (const s of suggestions) {
    const own = withoutReplyPrefixes(s.subject).startsWith(CALL_FOR_TOPICS_SUBJECT_PREFIX);
    const key = own ? `mail:${s.id}` : topicKey(s.subject);
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  const groups = [...byKey].map(([key, members]) => groupOf(key, members));
  return groups
    .map((group, order) => ({ group, order }))
    .sort((a, b) => b.group.senders.length - a.group.senders.length || a.order - b.order)
    .map(({ group }) => group);
}

/** The group a suggestion belongs to (with those on the same topic). */
export function groupContaining<T extends SuggestedTopic>(
  suggestions: readonly T[],
  id: string,
): SuggestionGroup<T> | undefined {
  return groupSuggestions(suggestions).find((g) => g.suggestions.some((s) => s.id === id));
}
