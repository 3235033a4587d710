import {
  germanDate,
  protectCell,
  quoteCell,
  textCell,
  yearCostsCsv,
  YEAR_COSTS_HEADER,
  type YearCostsRow,
} from '../../../src/domain/csv';
import { isAppError } from '../../../src/domain/appError';
import { expenseLine } from '../../fixtures/expenseLine';

const line = expenseLine;

const row = (overrides: Partial<YearCostsRow> = {}): YearCostsRow => ({
  date: '2026-03-12',
  title: 'Vernetzungstreffen März',
  venue: 'Kreishaus Northeim',
  participants: 12,
  line: line(),
  ...overrides,
});

const recordsOf = (csv: string): string[] => csv.slice(1).split('\r\n');

describe('yearCostsCsv', () => {
  const csv = yearCostsCsv([
    row({ date: '2026-06-11', title: 'Vernetzungstreffen Juni', venue: 'Initiative Moringen', participants: null }),
    row(),
    row({ line: line({ id: 'l2', category: 'Getränke', description: 'Saft', amountCents: 1250, paidBy: '' }) }),
  ]);

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFDatum;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has a German header row separated by semicolons', () => {
    expect(recordsOf(csv)[0]).toBe(
      'Datum;Treffen;Ort;Kategorie;Beschreibung;Betrag (EUR);Bezahlt von;Beleg;Teilnehmende',
    );
    expect(YEAR_COSTS_HEADER).toHaveLength(9);
  });

  it('writes German dates and decimals, ordered by date, with the total last', () => {
    expect(recordsOf(csv).slice(1)).toEqual([
      '12.03.2026;Vernetzungstreffen März;Kreishaus Northeim;Verpflegung;Kaffee und Kekse;24,90;M. Albers;2026-014;12',
      '12.03.2026;Vernetzungstreffen März;Kreishaus Northeim;Getränke;Saft;12,50;;2026-014;12',
      '11.06.2026;Vernetzungstreffen Juni;Initiative Moringen;Verpflegung;Kaffee und Kekse;24,90;M. Albers;2026-014;',
      'Summe;;;;;62,30;;;',
      '',
    ]);
  });

  it('keeps umlauts and ß as they are (Excel reads them through the BOM)', () => {
    expect(yearCostsCsv([row({ venue: 'Gemeindehaus Nörten-Hardenberg, Große Straße 3' })])).toContain(
      'Gemeindehaus Nörten-Hardenberg, Große Straße 3',
    );
  });

  it('writes only the header and a zero total without rows', () => {
    expect(yearCostsCsv([])).toBe(
      '\uFEFFDatum;Treffen;Ort;Kategorie;Beschreibung;Betrag (EUR);Bezahlt von;Beleg;Teilnehmende\r\nSumme;;;;;0,00;;;\r\n',
    );
  });

  it('quotes fields with semicolons, quotes and line breaks', () => {
    const text = yearCostsCsv([row({ line: line({ description: 'Kekse; "Bio"\r\nund Kaffee', paidBy: 'A;B' }) })]);
    expect(recordsOf(text.replace('\r\nund', '<CRLF>und'))[1]).toBe(
      '12.03.2026;Vernetzungstreffen März;Kreishaus Northeim;Verpflegung;"Kekse; ""Bio""<CRLF>und Kaffee";24,90;"A;B";2026-014;12',
    );
  });

  it('neutralises formulas in every text column', () => {
    const text = yearCostsCsv([
      row({
        title: '=HYPERLINK("http://example.org")',
        venue: '+49 Saal',
        line: line({ description: '-2+3', paidBy: '@SUM(A1)', receiptNumber: '\t=1' }),
      }),
    ]);
    expect(recordsOf(text)[1]).toBe(
      `12.03.2026;"'=HYPERLINK(""http://example.org"")";'+49 Saal;Verpflegung;'-2+3;24,90;'@SUM(A1);'\t=1;12`,
    );
  });

  it('rejects a date that is not YYYY-MM-DD with an invalid-input error', () => {
    expect.assertions(2);
    try {
      yearCostsCsv([row({ date: '12.03.2026' })]);
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('invalid-input');
      expect((error as Error).message).toContain('JJJJ-MM-TT');
    }
  });
});

describe('cell helpers', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'])('protects %j', (value) => {
    expect(protectCell(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    expect(protectCell('Kaffee = lecker')).toBe('Kaffee = lecker');
    expect(quoteCell('Kaffee')).toBe('Kaffee');
  });

  it('quotes and doubles quotes', () => {
    expect(quoteCell('a"b')).toBe('"a""b"');
    expect(quoteCell('a\nb')).toBe('"a\nb"');
    expect(quoteCell('a\rb')).toBe('"a\rb"');
    expect(textCell('=a;b')).toBe(`"'=a;b"`);
    expect(textCell('\rx')).toBe(`"'\rx"`);
  });

  it('turns ISO dates into German dates', () => {
    expect(germanDate('2026-01-05')).toBe('05.01.2026');
  });
});
