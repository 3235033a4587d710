import {
  addDays,
  type HostSuggestion,
  type Meeting,
  type PastHost,
  type PlainDate,
  proposeDates,
  standardAgenda,
  suggestHost,
} from '../../domain/planning';
import type { ItemRef, ListedMeeting, PlanningData } from '../../domain/lists';
import type { PlanDraft } from './planDraft';

export interface OpenedPlan {
  draft: PlanDraft;
  past: PastHost[];
  proposals: PlainDate[];
  hostSuggestion: HostSuggestion | undefined;
  /** Where on this device the opened draft lay (other tabs' keys among them): removed once this tab keeps it. */
  adopted: string[];
  /** Opened for its unsaved work on this device, instead of this meeting that would have opened. */
  instead?: ListedMeeting;
}

/** Unsaved work on this device (one meeting's, every tab's merged), and where it lay. */
export interface UnsavedWork {
  draft: PlanDraft;
  keys: string[];
}

const OPEN_STATUSES = new Set(['geplant', 'eingeladen']);

function newMeeting(options: { id: string; date: PlainDate; newId: () => string; host?: HostSuggestion }): Meeting {
  return {
    id: options.id,
    date: options.date,
    startTime: '15:00',
    status: 'geplant',
    ...(options.host ? { venue: options.host.venue } : {}),
    speaker: { name: '', organisation: '', topic: '' },
    agenda: standardAgenda(options.newId),
    adoptedSuggestions: [],
  };
}

const refOf = (listed: ListedMeeting): ItemRef => ({ itemId: listed.itemId, etag: listed.etag });
const fromList = (listed: ListedMeeting & { meeting: Meeting }): PlanDraft => ({
  meeting: listed.meeting,
  ref: refOf(listed),
  dirty: false,
});
const hasMeeting = (listed: ListedMeeting | undefined): listed is ListedMeeting & { meeting: Meeting } =>
  listed?.meeting !== undefined;

type Choice = Pick<OpenedPlan, 'adopted' | 'instead'> & { draft: PlanDraft | undefined };

/**
 * The meeting to work on. Unsaved work is never set aside: the meeting the pane already works on stays
 * open; the meeting it would open (`target`) is opened with its unsaved work from this device; unsaved
 * work on another meeting is opened first (and saved), with the way on to `target`.
 */
function chooseDraft(
  meetings: readonly ListedMeeting[],
  target: ListedMeeting | undefined,
  options: {
    unsaved: readonly UnsavedWork[];
    current?: PlanDraft;
  },
): Choice {
  const { unsaved, current } = options;
  const listedOf = (id: string) => meetings.find((m) => m.meeting?.id === id);
  const withRef = (draft: PlanDraft): PlanDraft => {
    const listed = draft.ref ? undefined : listedOf(draft.meeting.id);
    return listed ? { ...draft, ref: refOf(listed) } : draft;
  };
  const instead = (id: string) => (hasMeeting(target) && target.meeting.id !== id ? { instead: target } : {});
  if (current) {
    const listed = listedOf(current.meeting.id);
    const draft = !current.dirty && hasMeeting(listed) ? fromList(listed) : withRef(current);
    return { draft, adopted: [], ...instead(current.meeting.id) };
  }
  const own = hasMeeting(target) ? unsaved.find((u) => u.draft.meeting.id === target.meeting.id) : undefined;
  const work = own ?? unsaved[0];
  if (work) return { draft: withRef(work.draft), adopted: work.keys, ...instead(work.draft.meeting.id) };
  return { draft: hasMeeting(target) ? fromList(target) : undefined, adopted: [] };
}

/**
 * Which meeting the pane opens on: the one it already works on (opened offline meanwhile); else unsaved
 * work on this device (nothing typed is set aside); else the meeting of the Outlook appointment it was
 * opened on; else the meeting of today (also once held), or the next planned or invited meeting from the
 * list; otherwise a new one with the standard agenda on the first proposed date, at the suggested host.
 */
export function choosePlan(options: {
  data: PlanningData;
  /** The unsaved work on this device, newest first (./planDraft unsavedWork). */
  unsaved: readonly UnsavedWork[];
  /** The meeting the pane already works on, opened from this device while Microsoft 365 did not answer. */
  current?: PlanDraft;
  today: PlainDate;
  newId: () => string;
  /** Opened on an Outlook appointment: its meeting (by event id) is the one to work on. */
  appointmentEventId?: string;
}): OpenedPlan {
  const { data, today, newId, appointmentEventId } = options;
  // On the meeting day the pane stays on that meeting, also once it is held (the minutes are written then).
  const todays = data.meetings.find((m) => m.meeting && m.date === today && m.status !== 'abgesagt');
  const upcoming =
    todays ??
    data.meetings
      .filter((m) => m.meeting && OPEN_STATUSES.has(m.status) && m.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
  const held = data.meetings.filter((m) => m.date < today && m.status !== 'abgesagt');
  const past = held.map((m) => ({ date: m.date, venueName: m.venueName }));
  const last = held.sort((a, b) => b.date.localeCompare(a.date))[0];
  const fixed = last?.nextMeetingDate && last.nextMeetingDate > today ? last.nextMeetingDate : undefined;
  const proposals = proposeDates({ lastMeetingDate: last?.date, fixedNextDate: fixed, today, count: 4 });
  const hostSuggestion = suggestHost(data.venues, past);
  const fromAppointment = appointmentEventId
    ? data.meetings.find((m) => m.meeting?.invitation?.eventId === appointmentEventId)
    : undefined;

  const choice = chooseDraft(data.meetings, hasMeeting(fromAppointment) ? fromAppointment : upcoming, options);
  const date = proposals[0] ?? addDays(today, 42);
  const draft = choice.draft ?? {
    meeting: newMeeting({ id: newId(), date, newId, host: hostSuggestion }),
    dirty: false,
  };
  return { ...choice, draft, past, proposals, hostSuggestion };
}
