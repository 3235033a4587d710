import { type MeetingRoom, type MeetingTextKind, roomOf, typedTexts } from '../domain/fieldRoom';
import type { Meeting } from '../domain/planning';
import type { FilingSettings } from '../domain/settings';
import { meetingColumnFills } from './fieldLimits';

const AGENDA = ['TpTagesordnung', 'TpDaten'] as const;
const SPEAKER = ['TpReferent', 'TpTagesordnung', 'TpDaten'] as const;
const MINUTES = ['TpProtokoll', 'TpDaten'] as const;

/**
 * Which of the meeting item's columns each kind of typed text lands in, as meetingToFields writes
 * them (test/unit/graph/fieldRoom.test.ts checks this against the mapping). A column listed that
 * does not hold the text would only make its limit stricter.
 */
export const TEXT_COLUMNS: Readonly<Record<MeetingTextKind, readonly string[]>> = {
  agendaTitle: [...AGENDA, 'TpProtokoll'],
  agendaPresenter: AGENDA,
  agendaNote: AGENDA,
  agendaSubItem: AGENDA,
  speakerName: SPEAKER,
  speakerOrganisation: SPEAKER,
  speakerTopic: SPEAKER,
  note: MINUTES,
  decision: ['TpBeschluesse', ...MINUTES],
  actionWhat: ['TpAufgaben', ...MINUTES],
  actionWho: ['TpAufgaben', ...MINUTES],
  walkIn: MINUTES,
  expense: ['TpKostenNotizen', 'TpDaten'],
  cancelMessage: ['TpDaten'],
};

const known = new WeakMap<Meeting, { filing: FilingSettings | undefined; room: MeetingRoom }>();

/**
 * How much each field of the meeting may hold now (domain/fieldRoom: its own text plus what its
 * fullest column leaves; over a limit, the longest text carries the excess). Computed once per
 * meeting and filing settings, however many fields ask.
 */
export function meetingRoom(meeting: Meeting, filing?: FilingSettings): MeetingRoom {
  const cached = known.get(meeting);
  if (cached && cached.filing === filing) return cached.room;
  const room = roomOf(meetingColumnFills(meeting, filing), typedTexts(meeting), (kind) => TEXT_COLUMNS[kind]);
  known.set(meeting, { filing, room });
  return room;
}
