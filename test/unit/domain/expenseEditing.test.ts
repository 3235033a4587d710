import {
  addExpenseLine,
  draftFromLine,
  emptyExpenseDraft,
  isEmptyDraft,
  removeExpenseLine,
  replaceExpenseLine,
  restoreExpenseLine,
} from '../../../src/domain/expenseEditing';
import { validateExpenseLine } from '../../../src/domain/expenses';
import { expenseLine } from '../../fixtures/expenseLine';
import { plannedMeeting } from '../../fixtures/plannedMeeting';

const coffee = expenseLine();
const room = expenseLine({ id: 'l2', category: 'Raum', description: 'Saalmiete', amountCents: 123450 });
const fares = expenseLine({ id: 'l3', category: 'Fahrtkosten', description: 'Bahnfahrt', amountCents: 1880 });
const withLines = { ...plannedMeeting, expenses: [coffee, room, fares] };
const ids = (meeting: { expenses?: { id: string }[] }) => meeting.expenses?.map((l) => l.id);

describe('expense drafts', () => {
  it('starts empty, with no category chosen', () => {
    const draft = emptyExpenseDraft('n1');
    expect(draft).toEqual({ id: 'n1', category: '', description: '', amountText: '', paidBy: '', receiptNumber: '' });
    expect(isEmptyDraft(draft)).toBe(true);
    expect(isEmptyDraft({ ...draft, amountText: ' 1' })).toBe(false);
    expect(isEmptyDraft({ ...draft, description: '   ' })).toBe(true);
  });

  it('shows a stored line the German way and reads back to the same line', () => {
    const draft = draftFromLine(room);
    expect(draft.amountText).toBe('1234,50');
    expect(validateExpenseLine(draft)).toEqual({ ok: true, line: room });
  });
});

describe('editing the lines of a meeting', () => {
  it('adds to a meeting without expenses and at the end otherwise', () => {
    expect(ids(addExpenseLine(plannedMeeting, coffee))).toEqual(['l1']);
    expect(ids(addExpenseLine({ ...plannedMeeting, expenses: [room] }, coffee))).toEqual(['l2', 'l1']);
  });

  it('replaces a line in place, and adds it again when it was removed meanwhile', () => {
    const changed = { ...room, amountCents: 5000 };
    expect(replaceExpenseLine(withLines, changed).expenses).toEqual([coffee, changed, fares]);
    expect(ids(replaceExpenseLine(removeExpenseLine(withLines, 'l2'), changed))).toEqual(['l1', 'l3', 'l2']);
  });

  it('removes a line and puts it back at its old place', () => {
    const without = removeExpenseLine(withLines, 'l2');
    expect(ids(without)).toEqual(['l1', 'l3']);
    expect(restoreExpenseLine(without, room, 1).expenses).toEqual([coffee, room, fares]);
    expect(ids(restoreExpenseLine(without, room, 9))).toEqual(['l1', 'l3', 'l2']);
    expect(restoreExpenseLine(withLines, room, 0)).toBe(withLines);
  });

  it('leaves the meeting it was given unchanged', () => {
    addExpenseLine(withLines, expenseLine({ id: 'l4' }));
    removeExpenseLine(withLines, 'l1');
    expect(ids(withLines)).toEqual(['l1', 'l2', 'l3']);
  });
});
