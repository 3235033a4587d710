/**
 * How much each field of the meeting may hold, when several fields share one column of the list item
 * (all notes in the rich-text Protokoll column, everything in the hidden JSON column).
 *
 * The rule: a field may hold its own text plus what its fullest column still leaves (measured on the
 * item as the save writes it: markup, escapes and the JSON around it included). No fixed share per
 * field: minutes are uneven, one long talk beside short items must fit when the column has room.
 * When a column is over its limit, the field with the longest text in it carries the excess (its
 * limit is its length minus the excess, so cutting that much makes the column fit); the other fields
 * in it are at their limit but not over, so only one field shows the message.
 */
import type { ColumnFill } from './fieldLimits';
import type { Meeting } from './planning';

/** The kinds of text the pane lets the user type into the meeting. */
export type MeetingTextKind =
  | 'agendaTitle'
  | 'agendaPresenter'
  | 'agendaNote'
  | 'agendaSubItem'
  | 'speakerName'
  | 'speakerOrganisation'
  | 'speakerTopic'
  | 'note'
  | 'decision'
  | 'actionWhat'
  | 'actionWho'
  /** Typed into the walk-in form; in the meeting once added (then no longer editable). */
  | 'walkIn'
  /** An expense line's description, who paid and the receipt, as the Ausgaben form holds them. */
  | 'expense'
  /** The message sent with the cancellation (kept with the invitation's record). */
  | 'cancelMessage';

/** One text typed into the meeting; `id` tells the fields of one kind apart (the agenda item's, the line's). */
export interface TypedText {
  kind: MeetingTextKind;
  id: string;
  text: string;
}

/** The id of an agenda item's sub-point: the item's id and its position. */
export const subItemId = (itemId: string, index: number): string => `${itemId}#${index}`;

/** Every text in the meeting the user can edit in the pane. */
export function typedTexts(meeting: Meeting): TypedText[] {
  const texts: TypedText[] = [];
  const add = (kind: MeetingTextKind, id: string, text: string) => texts.push({ kind, id, text });
  for (const item of meeting.agenda) {
    add('agendaTitle', item.id, item.title);
    add('agendaPresenter', item.id, item.presenter);
    add('agendaNote', item.id, item.note);
    item.subItems.forEach((text, index) => add('agendaSubItem', subItemId(item.id, index), text));
  }
  add('speakerName', '', meeting.speaker.name);
  add('speakerOrganisation', '', meeting.speaker.organisation);
  add('speakerTopic', '', meeting.speaker.topic);
  const minutes = meeting.minutes;
  for (const [id, text] of Object.entries(minutes?.notes ?? {})) add('note', id, text);
  for (const decision of minutes?.decisions ?? []) add('decision', decision.id, decision.text);
  for (const action of minutes?.actionItems ?? []) {
    add('actionWhat', action.id, action.what);
    add('actionWho', action.id, action.who);
  }
  return texts;
}

/** The limits of the meeting's fields as it stands. */
export interface MeetingRoom {
  /** How many characters the meeting's field may hold (its own text counted in); never below 0. */
  limitOf: (kind: MeetingTextKind, id?: string) => number;
  /** How many characters a text not yet in the meeting (a walk-in being typed) may add. */
  spareFor: (kind: MeetingTextKind) => number;
}

/** Which columns a kind of text lands in (the mapping's knowledge, passed in by graph/). */
export type ColumnsOf = (kind: MeetingTextKind) => readonly string[];

function longestIn(column: string, texts: readonly TypedText[], columnsOf: ColumnsOf): TypedText | undefined {
  let longest: TypedText | undefined;
  for (const text of texts) {
    if (!columnsOf(text.kind).includes(column)) continue;
    if (!longest || text.text.length > longest.text.length) longest = text;
  }
  return longest;
}

/** The room model over the item's column fills and the meeting's typed texts. */
export function roomOf(fills: readonly ColumnFill[], texts: readonly TypedText[], columnsOf: ColumnsOf): MeetingRoom {
  const carrier = new Map<string, TypedText | undefined>();
  for (const fill of fills) {
    if (fill.length > fill.limit) carrier.set(fill.column, longestIn(fill.column, texts, columnsOf));
  }
  const fillsFor = (kind: MeetingTextKind) => fills.filter((fill) => columnsOf(kind).includes(fill.column));
  return {
    limitOf: (kind, id = '') => {
      const own = texts.find((t) => t.kind === kind && t.id === id);
      const length = own?.text.length ?? 0;
      const limits = fillsFor(kind).map((fill) => {
        const free = fill.limit - fill.length;
        if (free >= 0) return length + free;
        return own && carrier.get(fill.column) === own ? length + free : length;
      });
      return Math.max(0, Math.min(Number.POSITIVE_INFINITY, ...limits));
    },
    spareFor: (kind) => {
      const free = fillsFor(kind).map((fill) => fill.limit - fill.length);
      return Math.min(Number.POSITIVE_INFINITY, ...free.filter((n) => n >= 0));
    },
  };
}

/**
 * The same rule for texts typed side by side into one part of the meeting (a walk-in's name,
 * initiative and address): each may hold its own length plus the room left; over it, the longest
 * carries the excess.
 */
export function sharedLimits(lengths: readonly number[], room: number): number[] {
  const free = room - lengths.reduce((sum, n) => sum + n, 0);
  if (free >= 0) return lengths.map((n) => n + free);
  const longest = lengths.indexOf(Math.max(...lengths));
  return lengths.map((n, i) => (i === longest ? Math.max(0, n + free) : n));
}
