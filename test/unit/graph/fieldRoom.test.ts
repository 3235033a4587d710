import { type MeetingTextKind, subItemId } from '../../../src/domain/fieldRoom';
import type { AgendaItem, Meeting } from '../../../src/domain/planning';
import { fieldLimitProblems } from '../../../src/graph/fieldLimits';
import { meetingRoom, TEXT_COLUMNS } from '../../../src/graph/fieldRoom';
import { meetingToFields } from '../../../src/graph/meetingMapping';
import { heldMeeting } from '../../fixtures/heldMeeting';

const MARK = 'Qzmarkqz';
const names = { budgetPerMeetingCents: 0, namesInMinutes: true };
const [first, second] = heldMeeting.agenda as [AgendaItem, AgendaItem];
const minutes = heldMeeting.minutes!;
const withItem = (patch: Partial<AgendaItem>): Meeting => ({
  ...heldMeeting,
  agenda: heldMeeting.agenda.map((item) => (item.id === first.id ? { ...item, ...patch } : item)),
});
const withNotes = (notes: Record<string, string>): Meeting => ({
  ...heldMeeting,
  minutes: { ...minutes, notes: { ...minutes.notes, ...notes } },
});

/** The held meeting with the marker typed into one field of each kind. */
const MARKED: Record<MeetingTextKind, Meeting> = {
  agendaTitle: withItem({ title: MARK }),
  agendaPresenter: withItem({ presenter: MARK }),
  agendaNote: withItem({ note: MARK }),
  agendaSubItem: withItem({ subItems: [MARK] }),
  speakerName: { ...heldMeeting, speaker: { ...heldMeeting.speaker, name: MARK } },
  speakerOrganisation: { ...heldMeeting, speaker: { ...heldMeeting.speaker, organisation: MARK } },
  speakerTopic: { ...heldMeeting, speaker: { ...heldMeeting.speaker, topic: MARK } },
  note: withNotes({ [first.id]: MARK }),
  decision: { ...heldMeeting, minutes: { ...minutes, decisions: [{ id: 'd', text: MARK }] } },
  actionWhat: { ...heldMeeting, minutes: { ...minutes, actionItems: [{ id: 'a', what: MARK, who: '' }] } },
  actionWho: { ...heldMeeting, minutes: { ...minutes, actionItems: [{ id: 'a', what: 'Liste', who: MARK }] } },
  walkIn: {
    ...heldMeeting,
    minutes: {
      ...minutes,
      attendance: [...minutes.attendance, { id: 'w', name: MARK, initiative: '', present: true, source: 'walk-in' }],
    },
  },
  expense: { ...heldMeeting, expenses: [{ ...heldMeeting.expenses![0]!, paidBy: MARK }] },
  cancelMessage: {
    ...heldMeeting,
    status: 'abgesagt',
    invitation: { ...heldMeeting.invitation, cancelledAt: '2027-03-10T08:00:00Z', cancelMessage: MARK },
  },
};

describe('TEXT_COLUMNS: where each kind of typed text lands, as the mapping writes it', () => {
  it.each(Object.keys(MARKED) as MeetingTextKind[])('%s', (kind) => {
    const fields = meetingToFields(MARKED[kind], names);
    const holding = Object.keys(fields).filter((column) => String(fields[column]).includes(MARK));
    expect([...TEXT_COLUMNS[kind]].sort()).toEqual(holding.sort());
  });
});

describe('meetingRoom: the limit at a field is exactly what the item takes', () => {
  const termine = heldMeeting.agenda[5]!.id;

  it('lets a note grow to its limit and not one character further', () => {
    const upTo = (length: number) => withNotes({ [termine]: 'a'.repeat(length) });
    const limit = meetingRoom(upTo(1)).limitOf('note', termine);
    expect(limit).toBeGreaterThan(50_000);
    expect(meetingRoom(upTo(limit)).limitOf('note', termine)).toBe(limit);
    expect(fieldLimitProblems(upTo(limit))).toEqual([]);
    expect(fieldLimitProblems(upTo(limit + 1)).map((p) => p.column)).toEqual(['TpDaten']);
  });

  it('puts "too long" on the pasted note only, with the length that fits', () => {
    const pasted = withNotes({ [termine]: 'a'.repeat(100_000) });
    const room = meetingRoom(pasted);
    const limit = room.limitOf('note', termine);
    expect(limit).toBeLessThan(100_000);
    expect(fieldLimitProblems(withNotes({ [termine]: 'a'.repeat(limit) }))).toEqual([]);
    expect(fieldLimitProblems(withNotes({ [termine]: 'a'.repeat(limit + 1) }))).not.toEqual([]);
    // every other field is full, not over: one message, at the note that was pasted into
    expect(room.limitOf('note', first.id)).toBe(minutes.notes[first.id]!.length);
    expect(room.limitOf('agendaSubItem', subItemId(second.id, 0))).toBe(second.subItems[0]!.length);
  });

  it('is measured once per meeting and filing settings', () => {
    expect(meetingRoom(heldMeeting)).toBe(meetingRoom(heldMeeting));
    expect(meetingRoom(heldMeeting, names)).not.toBe(meetingRoom(heldMeeting));
  });
});
