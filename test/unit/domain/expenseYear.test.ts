import { type FiledCosts, yearCosts } from '../../../src/domain/expenseYear';
import { expenseLine } from '../../fixtures/expenseLine';

const open = {
  meetingId: 'm-2027-06',
  itemId: '7',
  date: '2027-06-15',
  lines: [expenseLine({ amountCents: 2490 }), expenseLine({ id: 'l2', amountCents: 10000 })],
};

describe('yearCosts', () => {
  it("adds the filed costs of the year's other meetings to the open meeting's lines", () => {
    const rows: FiledCosts[] = [
      { itemId: '3', date: '2027-03-16', costCents: 8340 },
      { itemId: '2', date: '2026-11-24', costCents: 99999 },
      { itemId: '9', date: '2027-09-14' },
    ];
    expect(yearCosts(open, rows)).toEqual({ year: 2027, totalCents: 12490 + 8340, meetingsWithCosts: 2 });
  });

  it("never counts the open meeting's own row, found by meeting id or by item id", () => {
    const rows: FiledCosts[] = [
      { itemId: '7', date: '2027-06-15', costCents: 5000 },
      { itemId: '8', date: '2027-06-15', meetingId: 'm-2027-06', costCents: 5000 },
    ];
    expect(yearCosts(open, rows).totalCents).toBe(12490);
    expect(yearCosts({ ...open, itemId: undefined }, rows.slice(0, 1)).totalCents).toBe(17490);
  });

  it('reads the stored lines of a row whose currency column is empty', () => {
    const rows: FiledCosts[] = [
      { itemId: '3', date: '2027-03-16', meetingId: 'm-2027-03', lines: [expenseLine({ amountCents: 1500 })] },
      { itemId: '4', date: '2027-01-20', meetingId: 'm-2027-01', costCents: 0, lines: [expenseLine()] },
    ];
    expect(yearCosts(open, rows)).toEqual({ year: 2027, totalCents: 13990, meetingsWithCosts: 2 });
  });

  it('counts the open meeting only when it has lines', () => {
    expect(yearCosts({ ...open, lines: [] }, [])).toEqual({ year: 2027, totalCents: 0, meetingsWithCosts: 0 });
  });
});
