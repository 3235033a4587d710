import { buildYearReport, type YearReportEntry, yearTotals } from '../../../../src/domain/documents/yearReport';
import { formatEuro } from '../../../../src/domain/money';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { blocksOf, modelText, onlyTable } from './modelText';

const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');

const entry = (fields: Partial<YearReportEntry> & Pick<YearReportEntry, 'date'>): YearReportEntry => ({
  status: 'protokolliert',
  venueName: 'Kreishaus Northeim',
  speaker: '',
  ...fields,
});

const entries: YearReportEntry[] = [
  entry({
    date: '2026-12-10',
    venueName: 'Flüchtlingshilfe Moringen',
    speaker: 'Jürgen Groß (Jobcenter): Bürgergeld',
    participants: 14,
    costCents: 4790,
  }),
  entry({
    date: '2026-03-12',
    speaker: 'Ayşe Şahin (Ausländerbehörde): Aufenthaltsrecht',
    participants: 11,
    costCents: 6850,
  }),
  entry({ date: '2025-12-11', participants: 99, costCents: 99999 }),
  entry({ date: '2026-09-10', status: 'abgesagt', participants: 0, costCents: 1500 }),
  entry({ date: '2026-06-11', venueName: 'Café International Uslar', participants: 9 }),
];

describe('buildYearReport', () => {
  const model = buildYearReport(2026, entries, settings);
  const table = onlyTable(model);
  const text = modelText(model);

  it('has one row per meeting of the year, by date: date, venue, input, participants, costs', () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      'Datum',
      'Ort',
      'Input von dritter Seite',
      'Teilnehmende',
      'Kosten',
    ]);
    expect(table.rows).toEqual([
      ['12.03.2026', 'Kreishaus Northeim', 'Ayşe Şahin (Ausländerbehörde): Aufenthaltsrecht', '11', formatEuro(6850)],
      ['11.06.2026', 'Café International Uslar', 'kein Input', '9', 'nicht erfasst'],
      ['10.12.2026', 'Flüchtlingshilfe Moringen', 'Jürgen Groß (Jobcenter): Bürgergeld', '14', formatEuro(4790)],
    ]);
  });

  it('sums participants and costs of the held meetings into the totals row', () => {
    expect(table.totals).toEqual(['Summe', '3 Treffen', '', '34', '116,40\u00a0€']);
    expect(yearTotals(entries.filter((e) => e.date.startsWith('2026') && e.status !== 'abgesagt'))).toEqual({
      meetings: 3,
      participants: 34,
      costCents: 11640,
      withoutParticipants: 0,
      withoutCosts: 1,
    });
  });

  it('says what the totals leave out and names the cancelled meeting without counting it', () => {
    expect(text).toContain('Kosten: bei 1 Treffen nicht erfasst; die Summe zählt die erfassten.');
    expect(text).toContain('Abgesagt (nicht mitgezählt): 10.09.2026.');
    expect(text).not.toContain('Teilnehmende: bei');
  });

  it('is titled for the year, landscape with page numbers, with the funding line', () => {
    expect(model.title).toBe('Jahresbericht 2026 – Vernetzungstreffen der Ehrenamtskoordination');
    expect(model.blocks[0]).toEqual({ kind: 'heading', level: 1, text: model.title });
    expect(model).toMatchObject({
      kind: 'jahresbericht',
      fileName: 'Jahresbericht 2026',
      page: { size: 'A4', orientation: 'landscape' },
      pageNumbers: true,
    });
    expect(blocksOf(model, 'funding')).toEqual([
      { kind: 'funding', statement: settings.fundingStatement, size: 'normal' },
    ]);
  });

  it('says so when the list holds no meeting of the year', () => {
    const empty = buildYearReport(2024, entries, settings);
    expect(blocksOf(empty, 'table')).toEqual([]);
    expect(modelText(empty)).toContain('Für 2024 steht kein Treffen in der Liste.');
  });
});
