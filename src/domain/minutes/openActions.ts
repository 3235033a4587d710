/**
 * Open actions carried over (issue #12, point 3): the action items of the last minutes that are not
 * done travel to the next meeting, where Planen can put a review of them on the agenda and the minutes
 * mark each one erledigt or still open.
 *
 * The rule, for a meeting M and the meetings of the list:
 * - The meetings that pass on actions are those with minutes, not cancelled, before M's date.
 * - Meeting P passes on its own action items (those with a text) and the actions it inherited that
 *   its minutes did not mark erledigt (marked 'offen', or not marked at all: nobody said it is done),
 *   so an action travels from meeting to meeting until it is done.
 * - M inherits what the last such meeting before it passes on; M's own marks say where each stands.
 *   An action M marked that is no longer inherited (its source was changed meanwhile) stays as marked.
 */
import type { AgendaItem, CarriedAction, Meeting, MeetingMinutes } from '../planning/meetingTypes';

/** The sub-point of the county's item (or the dates item) that reviews the open actions. */
export const REVIEW_SUB_ITEM = 'Rückblick: offene Aufgaben';

export type CarriedStatus = CarriedAction['status'];

/** The meetings whose minutes pass on actions to `meeting`, oldest first. */
function minutedBefore(meeting: Meeting, meetings: readonly Meeting[]): Meeting[] {
  return meetings
    .filter((m) => m.id !== meeting.id && m.minutes && m.status !== 'abgesagt' && m.date < meeting.date)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The inherited actions as `minutes` mark them (unmarked: 'offen'), then what it marked beyond them. */
function asMarked(inherited: readonly CarriedAction[], minutes: MeetingMinutes | undefined): CarriedAction[] {
  const marks = new Map((minutes?.carriedActions ?? []).map((mark) => [mark.id, mark]));
  const known = new Set(inherited.map((action) => action.id));
  const marked = inherited.map((action) => {
    const mark = marks.get(action.id);
    return mark ? { ...action, status: mark.status } : action;
  });
  return [...marked, ...[...marks.values()].filter((mark) => !known.has(mark.id))];
}

/** What `source` passes on: its own action items, then what it inherited and did not mark done. */
function passedOn(source: Meeting, inherited: readonly CarriedAction[]): CarriedAction[] {
  const own: CarriedAction[] = (source.minutes?.actionItems ?? [])
    .filter((action) => action.what.trim())
    .map((action) => ({
      id: action.id,
      fromMeetingId: source.id,
      fromDate: source.date,
      what: action.what,
      who: action.who,
      ...(action.due ? { due: action.due } : {}),
      status: 'offen',
    }));
  const ownIds = new Set(own.map((action) => action.id));
  const still = asMarked(inherited, source.minutes).filter((a) => a.status === 'offen' && !ownIds.has(a.id));
  return [...own, ...still];
}

/** The earlier meetings' actions for `meeting`, each as its minutes mark it ('offen' where unmarked). */
export function carriedActionsFor(meeting: Meeting, meetings: readonly Meeting[]): CarriedAction[] {
  const inherited = minutedBefore(meeting, meetings).reduce<CarriedAction[]>(
    (carried, source) => passedOn(source, carried),
    [],
  );
  return asMarked(inherited, meeting.minutes);
}

/** The actions still open for `meeting`: inherited and not marked erledigt in its minutes. */
export function openActionsFor(meeting: Meeting, meetings: readonly Meeting[]): CarriedAction[] {
  return carriedActionsFor(meeting, meetings).filter((action) => action.status === 'offen');
}

/** The minutes with `action` marked `status` (recorded once per action). */
export function markCarried(minutes: MeetingMinutes, action: CarriedAction, status: CarriedStatus): MeetingMinutes {
  const marks = minutes.carriedActions ?? [];
  const marked = { ...action, status };
  const known = marks.some((mark) => mark.id === action.id);
  return {
    ...minutes,
    carriedActions: known ? marks.map((mark) => (mark.id === action.id ? marked : mark)) : [...marks, marked],
  };
}

/** The agenda item the review goes under: the county's item, else the dates item; -1 when neither is there. */
export function reviewItemIndex(agenda: readonly AgendaItem[]): number {
  const county = agenda.findIndex((item) => item.role === 'landkreis');
  return county >= 0 ? county : agenda.findIndex((item) => item.role === 'termine');
}

/** Whether an agenda item already carries the review sub-point. */
export function hasReviewSubItem(meeting: Pick<Meeting, 'agenda'>): boolean {
  return meeting.agenda.some((item) => item.subItems.includes(REVIEW_SUB_ITEM));
}

/** The meeting with the review sub-point under the county's (or the dates) item; once only. */
export function withReviewSubItem(meeting: Meeting): Meeting {
  const index = reviewItemIndex(meeting.agenda);
  if (index < 0 || hasReviewSubItem(meeting)) return meeting;
  const agenda = meeting.agenda.map((item, i) =>
    i === index ? { ...item, subItems: [...item.subItems, REVIEW_SUB_ITEM] } : item,
  );
  return { ...meeting, agenda };
}
