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
import type { PlanningData } from '../../domain/lists';
import type { PlanDraft } from './planDraft';

export interface OpenedPlan {
  draft: PlanDraft;
  past: PastHost[];
  proposals: PlainDate[];
  hostSuggestion: HostSuggestion | undefined;
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

/**
 * Which meeting the pane opens on: the meeting of the Outlook appointment it was opened on; else what
 * was typed here and not yet saved (nothing typed is lost);
 * otherwise the meeting of today (also once held), or the next planned or invited meeting from the list; otherwise a new one with the standard
 * agenda on the first proposed date, at the suggested host.
 */
export function choosePlan(options: {
  data: PlanningData;
  local: PlanDraft | undefined;
  today: PlainDate;
  newId: () => string;
  /** Opened on an Outlook appointment: its meeting (by event id) is the one to work on. */
  appointmentEventId?: string;
}): OpenedPlan {
  const { data, local, today, newId, appointmentEventId } = options;
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
  const upcomingRef = upcoming && { itemId: upcoming.itemId, etag: upcoming.etag };

  const fromAppointment = appointmentEventId
    ? data.meetings.find((m) => m.meeting?.invitation?.eventId === appointmentEventId)
    : undefined;

  let draft: PlanDraft;
  if (fromAppointment?.meeting) {
    const ref = { itemId: fromAppointment.itemId, etag: fromAppointment.etag };
    draft =
      local?.dirty && local.meeting.id === fromAppointment.meeting.id
        ? { ...local, ref: local.ref ?? ref }
        : { meeting: fromAppointment.meeting, ref, dirty: false };
  } else if (local?.dirty && (!upcoming || local.meeting.id === upcoming.meeting?.id)) {
    draft = { ...local, ...(local.ref || !upcomingRef ? {} : { ref: upcomingRef }) };
  } else if (upcoming?.meeting && upcomingRef) {
    draft = { meeting: upcoming.meeting, ref: upcomingRef, dirty: false };
  } else {
    const date = proposals[0] ?? addDays(today, 42);
    draft = { meeting: newMeeting({ id: newId(), date, newId, host: hostSuggestion }), dirty: false };
  }
  return { draft, past, proposals, hostSuggestion };
}
