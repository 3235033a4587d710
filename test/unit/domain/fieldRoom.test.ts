import type { ColumnFill } from '../../../src/domain/fieldLimits';
import {
  type MeetingTextKind,
  roomOf,
  sharedLimits,
  subItemId,
  type TypedText,
  typedTexts,
} from '../../../src/domain/fieldRoom';
import { heldMeeting } from '../../fixtures/heldMeeting';

const fill = (column: string, length: number, limit = 100): ColumnFill => ({ column, label: column, length, limit });
const note = (id: string, length: number): TypedText => ({ kind: 'note', id, text: 'x'.repeat(length) });
const columns = (kind: MeetingTextKind) => (kind === 'note' ? ['Minutes', 'Data'] : ['Data']);

describe('roomOf: how much each field may hold when fields share a column', () => {
  it('gives every field its own text plus what its fullest column leaves', () => {
    const room = roomOf([fill('Minutes', 60), fill('Data', 90, 200)], [note('a', 30), note('b', 10)], columns);
    expect(room.limitOf('note', 'a')).toBe(70); // 30 + (100 - 60)
    expect(room.limitOf('note', 'b')).toBe(50);
    expect(room.limitOf('note', 'new')).toBe(40); // an empty note: what is left
    expect(room.limitOf('decision', 'd')).toBe(110); // lands only in Data
    expect(room.spareFor('note')).toBe(40);
  });

  it('lets the longest text in a column over its limit carry the excess; the others are at their limit', () => {
    const room = roomOf([fill('Minutes', 130), fill('Data', 150, 200)], [note('a', 80), note('b', 20)], columns);
    expect(room.limitOf('note', 'a')).toBe(50); // cutting 30 makes it fit
    expect(room.limitOf('note', 'b')).toBe(20); // not over: only one field says "too long"
    expect(room.limitOf('decision', 'd')).toBe(50); // Data has room
    expect(room.spareFor('note')).toBe(50); // a column already over is the longest text's to fix
  });

  it('never says less than nothing', () => {
    const room = roomOf([fill('Minutes', 500)], [note('a', 80)], columns);
    expect(room.limitOf('note', 'a')).toBe(0);
  });
});

describe('sharedLimits: texts typed side by side into one entry', () => {
  it('shares the room, and over it lets the longest carry the excess', () => {
    expect(sharedLimits([10, 20, 0], 100)).toEqual([80, 90, 70]);
    expect(sharedLimits([10, 120, 5], 100)).toEqual([10, 85, 5]);
    expect(sharedLimits([0, 0, 0], Number.POSITIVE_INFINITY)).toEqual([Infinity, Infinity, Infinity]);
  });
});

describe('typedTexts: what the user can edit in the meeting', () => {
  it('lists the agenda, the speaker, notes, decisions and action items, each by kind and id', () => {
    const texts = typedTexts(heldMeeting);
    const landkreis = heldMeeting.agenda[1]!;
    expect(texts).toContainEqual({ kind: 'agendaTitle', id: landkreis.id, text: landkreis.title });
    expect(texts).toContainEqual({
      kind: 'agendaSubItem',
      id: subItemId(landkreis.id, 2),
      text: 'Fördermöglichkeiten',
    });
    expect(texts).toContainEqual({ kind: 'speakerName', id: '', text: 'Dr. Lena Hoffmann' });
    expect(texts).toContainEqual({
      kind: 'note',
      id: landkreis.id,
      text: heldMeeting.minutes!.notes[landkreis.id],
    });
    const decision = heldMeeting.minutes!.decisions[0]!;
    expect(texts).toContainEqual({ kind: 'decision', id: decision.id, text: decision.text });
    const action = heldMeeting.minutes!.actionItems[0]!;
    expect(texts).toContainEqual({ kind: 'actionWho', id: action.id, text: action.who });
    // attendance is ticked, not typed over: walk-ins are added whole
    expect(texts.map((t) => t.text)).not.toContain('Petra Lindner');
  });
});
