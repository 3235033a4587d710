/**
 * The needs register (Bedarfe): what the initiatives need, collected between the meetings from the
 * call for topics, from the minutes of "Aktuelles aus den Initiativen" and by hand, and offered in
 * Planen as topics for the next external input. A need raised again is merged, never listed twice.
 */
import type { PlainDate } from './planning/plainDate';

export const NEED_STATUSES = ['offen', 'aufgegriffen', 'erledigt'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export interface Need {
  /** The list item's id. */
  id: string;
  title: string;
  /** The meeting where it was first raised, as colleagues read it ("16.03.2027"), or '' when unknown. */
  firstRaised: string;
  /** Raised by how many initiatives. */
  initiatives: number;
  /** How often it was raised. */
  mentions: number;
  status: NeedStatus;
  /** The meeting whose input took it up ("16.03.2027"). */
  takenUpIn?: string;
  note: string;
  /** The initiatives (organisations, never persons) that raised it, where known. */
  raisedBy: string[];
}

/** A need as the list answered it, with the item's version for the next update (If-Match). */
export interface ListedNeed {
  need: Need;
  etag: string;
}

/** A need as first registered (the list gives it its id). */
export type NewNeed = Omit<Need, 'id'>;

/** One more time a need is raised: by an initiative (its name, never a person's) at a meeting. */
export interface Mention {
  title: string;
  raisedBy?: string;
  /** The meeting's date, for a need raised for the first time. */
  meetingDate?: PlainDate;
  note?: string;
}

/** "2027-03-16" → "16.03.2027"; anything else unchanged. */
export function meetingLabel(date: PlainDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

/** How two titles are compared: case and spaces do not count. */
export function needKey(title: string): string {
  return title.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
}

export function findNeed(needs: readonly Need[], title: string): Need | undefined {
  const key = needKey(title);
  return key ? needs.find((n) => needKey(n.title) === key) : undefined;
}

const sameInitiative = (a: string, b: string) => needKey(a) === needKey(b);

/**
 * The need raised again: one more mention, one more initiative when it comes from one not named yet
 * (an unnamed initiative is not counted twice). A need marked done is open again.
 */
export function mergeMention(need: Need, mention: Mention): Need {
  const by = mention.raisedBy?.trim();
  const another = by !== undefined && by !== '' && !need.raisedBy.some((r) => sameInitiative(r, by));
  return {
    ...need,
    mentions: need.mentions + 1,
    initiatives: another ? need.initiatives + 1 : need.initiatives,
    raisedBy: another ? [...need.raisedBy, by] : need.raisedBy,
    status: need.status === 'erledigt' ? 'offen' : need.status,
  };
}

/** A need raised for the first time. */
export function newNeed(mention: Mention): NewNeed {
  const by = mention.raisedBy?.trim();
  return {
    title: mention.title.replace(/\s+/g, ' ').trim(),
    firstRaised: mention.meetingDate ? meetingLabel(mention.meetingDate) : '',
    initiatives: 1,
    mentions: 1,
    status: 'offen',
    note: mention.note?.trim() ?? '',
    raisedBy: by ? [by] : [],
  };
}

/** The open needs, those raised by most initiatives (then most often) first. */
export function openNeeds(needs: readonly Need[]): Need[] {
  return needs
    .filter((n) => n.status === 'offen')
    .sort((a, b) => b.initiatives - a.initiatives || b.mentions - a.mentions || a.title.localeCompare(b.title, 'de'));
}

/** Taken up as the topic of the input of the meeting on `date`. */
export function takeUp(need: Need, date: PlainDate): Need {
  return { ...need, status: 'aufgegriffen', takenUpIn: meetingLabel(date) };
}

/** Done: taken care of, by the input or otherwise. Raised again, it is open again (`mergeMention`). */
export function markDone(need: Need): Need {
  return { ...need, status: 'erledigt' };
}

/** Marked done by mistake: back to what it was before (open, or taken up), whatever else changed meanwhile. */
export function undoDone(now: Need, before: Need): Need {
  return { ...now, status: before.status };
}

/** The needs taken up by a meeting's input and not marked done yet, in alphabetical order. */
export function takenUpNeeds(needs: readonly Need[]): Need[] {
  return needs.filter((n) => n.status === 'aufgegriffen').sort((a, b) => a.title.localeCompare(b.title, 'de'));
}

const BULLET = /^\s*(?:[-–•*]|\d+[.)])\s+/;

/** The lines of a note that could be a need (bullets removed, blank lines left out). */
export function noteLines(note: string): string[] {
  return note
    .split(/\r?\n/)
    .map((l) => l.replace(BULLET, '').trim())
    .filter((l) => l !== '');
}

/**
 * A line of "Aktuelles aus den Initiativen" as a mention: "Tafel Uslar: Fahrer gesucht" names the
 * initiative before the colon (when that part is short); otherwise the whole line is the need.
 */
export function mentionOfLine(line: string, meetingDate?: PlainDate): Mention {
  const text = line.replace(BULLET, '').trim();
  const colon = text.indexOf(':');
  const head = colon > 0 ? text.slice(0, colon).trim() : '';
  const rest = colon > 0 ? text.slice(colon + 1).trim() : '';
  const named = head !== '' && rest !== '' && head.length <= 60;
  return {
    title: named ? rest : text,
    ...(named ? { raisedBy: head } : {}),
    ...(meetingDate ? { meetingDate } : {}),
  };
}
