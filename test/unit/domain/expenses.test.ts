import {
  budgetNoteLines,
  budgetNotes,
  EXPENSE_CATEGORIES,
  expenseTotals,
  isExpenseCategory,
  validateExpenseLine,
  yearTotal,
  type ExpenseLineDraft,
} from '../../../src/domain/expenses';
import { expenseLine } from '../../fixtures/expenseLine';

const line = expenseLine;

const draft = (overrides: Partial<ExpenseLineDraft> = {}): ExpenseLineDraft => ({
  id: 'l1',
  category: 'Verpflegung',
  description: 'Kaffee und Kekse',
  amountText: '24,90',
  paidBy: 'M. Albers',
  receiptNumber: '2026-014',
  ...overrides,
});

describe('validateExpenseLine', () => {
  it('turns a valid draft into a line with cents and trimmed texts', () => {
    const result = validateExpenseLine(
      draft({ description: '  Kaffee \n und Kekse ', paidBy: ' M.  Albers ', receiptNumber: ' 2026-014 ' }),
    );
    expect(result).toEqual({ ok: true, line: line() });
  });

  it('accepts empty paid-by and receipt number, and any receipt format', () => {
    const result = validateExpenseLine(draft({ paidBy: '', receiptNumber: 'Kassenbon Nr. 7 / REWE' }));
    expect(result.ok && result.line.receiptNumber).toBe('Kassenbon Nr. 7 / REWE');
  });

  it('names every problem in German, per field', () => {
    const result = validateExpenseLine(draft({ category: 'Blumen', description: '  ', amountText: 'zwölf' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.category).toBe(
      'Bitte eine Kategorie wählen: Verpflegung, Getränke, Raum, Honorar, Fahrtkosten, Sonstiges.',
    );
    expect(result.errors.description).toContain('Bitte beschreiben, wofür das Geld ausgegeben wurde');
    expect(result.errors.amount).toBe('„zwölf“ ist kein Betrag. Bitte einen Betrag wie 12,50 eingeben.');
    expect(result.errors.paidBy).toBeUndefined();
  });

  it('requires an amount above zero', () => {
    const zero = validateExpenseLine(draft({ amountText: '0,00' }));
    expect(!zero.ok && zero.errors.amount).toContain('größer als 0,00');
    const negative = validateExpenseLine(draft({ amountText: '-5' }));
    expect(!negative.ok && negative.errors.amount).toContain('nicht negativ');
    const empty = validateExpenseLine(draft({ amountText: '' }));
    expect(!empty.ok && empty.errors.amount).toContain('Der Betrag fehlt');
  });

  it('limits the length of the texts', () => {
    const result = validateExpenseLine(draft({ description: 'x'.repeat(201), receiptNumber: 'y'.repeat(101) }));
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['description', 'receiptNumber']);
  });
});

describe('isExpenseCategory', () => {
  it('knows the six categories', () => {
    expect(EXPENSE_CATEGORIES).toHaveLength(6);
    expect(isExpenseCategory('Getränke')).toBe(true);
    expect(isExpenseCategory('getränke')).toBe(false);
  });
});

describe('expenseTotals', () => {
  const lines = [
    line(),
    line({ id: 'l2', category: 'Getränke', amountCents: 1250 }),
    line({ id: 'l3', category: 'Verpflegung', amountCents: 3730 }),
  ];

  it('sums by category, shares per participant and compares with the budget', () => {
    expect(expenseTotals(lines, 12, 5000)).toEqual({
      totalCents: 7470,
      byCategory: { Verpflegung: 6220, Getränke: 1250, Raum: 0, Honorar: 0, Fahrtkosten: 0, Sonstiges: 0 },
      perParticipantCents: 623,
      overBudgetByCents: 2470,
    });
  });

  it('has no over-budget figure within the budget or without one', () => {
    expect(expenseTotals(lines, 12, 7470).overBudgetByCents).toBeNull();
    expect(expenseTotals(lines, 12).overBudgetByCents).toBeNull();
    expect(expenseTotals(lines, 12, null).overBudgetByCents).toBeNull();
    expect(expenseTotals(lines, 12, 0).overBudgetByCents).toBe(7470);
  });

  it('has no share without participants', () => {
    expect(expenseTotals(lines, 0).perParticipantCents).toBeNull();
    expect(expenseTotals(lines, null).perParticipantCents).toBeNull();
  });

  it('is all zeros without lines', () => {
    const totals = expenseTotals([], 10, 5000);
    expect(totals.totalCents).toBe(0);
    expect(totals.perParticipantCents).toBe(0);
    expect(Object.values(totals.byCategory)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('yearTotal', () => {
  it('sums the lines of the meetings held in that year', () => {
    const meetings = [
      { date: '2025-12-04', lines: [line({ amountCents: 999 })] },
      { date: '2026-03-12', lines: [line(), line({ amountCents: 1250 })] },
      { date: '2026-06-11', lines: [] },
      { date: '2026-09-10', lines: [line({ amountCents: 10000 })] },
      { date: '2027-01-14', lines: [line({ amountCents: 1 })] },
    ];
    expect(yearTotal(meetings, 2026)).toBe(13740);
    expect(yearTotal(meetings, 2025)).toBe(999);
    expect(yearTotal(meetings, 2024)).toBe(0);
  });
});

describe('budgetNotes', () => {
  it('writes one readable line per expense', () => {
    expect(budgetNoteLines([line()])).toEqual([
      'Verpflegung – Kaffee und Kekse – 24,90\u00a0€ – bezahlt von M. Albers – Beleg 2026-014',
    ]);
  });

  it('leaves out what is unknown and keeps every note on its own line', () => {
    const notes = budgetNotes([
      line(),
      line({
        category: 'Raum',
        description: 'Miete\nGemeindesaal',
        amountCents: 123456,
        paidBy: '',
        receiptNumber: ' ',
      }),
    ]);
    expect(notes.split('\n')).toEqual([
      'Verpflegung – Kaffee und Kekse – 24,90\u00a0€ – bezahlt von M. Albers – Beleg 2026-014',
      'Raum – Miete Gemeindesaal – 1.234,56\u00a0€',
    ]);
  });

  it('is empty without lines', () => {
    expect(budgetNotes([])).toBe('');
  });
});
