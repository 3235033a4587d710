import { agendaRows, buildAgendaDocument } from '../../../../src/domain/documents/agendaDocument';
import { INITIATIVES_NOTE, type Meeting } from '../../../../src/domain/planning';
import { SUGGESTION_NOTE_PREFIX } from '../../../../src/domain/planning/suggestionNote';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';
import { blocksOf, modelText, onlyTable } from './modelText';

const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');

describe('buildAgendaDocument', () => {
  const model = buildAgendaDocument(plannedMeeting, settings);
  const text = modelText(model);
  const table = onlyTable(model);

  it('lists every agenda item in order with its clock times from the time plan', () => {
    expect(table.columns.map((c) => c.header)).toEqual(['Uhrzeit', 'TOP', 'Thema', 'Wer']);
    expect(table.rows.map((row) => [row[0], row[1], row[2]?.split('\n')[0]])).toEqual([
      ['15:00–15:20', '1', 'Begrüßung und Vorstellungsrunde'],
      ['15:20–15:50', '2', 'Aktuelles aus dem Landkreis'],
      ['15:50–16:35', '3', 'Aktuelles aus den Initiativen'],
      ['16:35–16:55', '4', 'Kaffeepause'],
      ['16:55–17:40', '5', 'Input von dritter Seite'],
      ['17:40–18:00', '6', 'Termine und nächstes Treffen'],
    ]);
  });

  it('follows a changed start time and item length', () => {
    const [first, ...rest] = plannedMeeting.agenda;
    const later: Meeting = { ...plannedMeeting, startTime: '14:00', agenda: [{ ...first!, minutes: 15 }, ...rest] };
    expect(agendaRows(later).map((row) => row[0])).toEqual([
      '14:00–14:15',
      '14:15–14:45',
      '14:45–15:30',
      '15:30–15:50',
      '15:50–16:35',
      '16:35–16:55',
    ]);
  });

  it('puts the sub-points under their item and the presenter beside it', () => {
    expect(table.rows[1]).toEqual([
      '15:20–15:50',
      '2',
      'Aktuelles aus dem Landkreis\n– Sprachkurse in den Kommunen\n– Zahlen Neuzugewanderter\n– Fördermöglichkeiten',
      'Koordinierungsstelle für Migration und Teilhabe',
    ]);
  });

  it('shows the input with its speaker and topic, in the table and on its own', () => {
    expect(table.rows[4]?.[2]).toBe('Input von dritter Seite\nBürgergeld <und> Ehrenamt');
    expect(table.rows[4]?.[3]).toBe('Dr. Lena Hoffmann, Jobcenter');
    expect(text).toContain('Input von dritter Seite\nDr. Lena Hoffmann (Jobcenter): Bürgergeld <und> Ehrenamt');
  });

  it('says the standing note on individual cases once, with the planning domain’s own text', () => {
    expect(blocksOf(model, 'paragraph').map((p) => p.text)).toContain(`Hinweis: ${INITIATIVES_NOTE}`);
    expect(text.split(INITIATIVES_NOTE)).toHaveLength(2);
    expect(table.rows[2]?.[2]).toBe('Aktuelles aus den Initiativen');
  });

  it('keeps a note the team wrote, but never who suggested a topic', () => {
    const suggested: Meeting = {
      ...plannedMeeting,
      agenda: plannedMeeting.agenda.map((item, i) =>
        i === 5 ? { ...item, note: `Bitte Termine mitbringen.\n${SUGGESTION_NOTE_PREFIX}Jörg Müßig` } : item,
      ),
    };
    const rows = agendaRows(suggested);
    expect(rows[5]?.[2]).toBe('Termine und nächstes Treffen\nBitte Termine mitbringen.');
    expect(modelText(buildAgendaDocument(suggested, settings))).not.toContain('Müßig');
  });

  it('says date, time, the venue with its address and access notes, and the funding line', () => {
    expect(text).toContain('Datum: Dienstag, 16. März 2027');
    expect(text).toContain('Uhrzeit: 15:00–18:00 Uhr');
    expect(text).toContain('Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim');
    expect(blocksOf(model, 'list')[0]?.items).toEqual([
      'Stufenlos erreichbar.',
      'Parken: Hinter dem Kreishaus',
      'Bus und Bahn: Bahnhof Northeim',
    ]);
    expect(blocksOf(model, 'funding')).toEqual([
      { kind: 'funding', statement: settings.fundingStatement, size: 'normal' },
    ]);
  });

  it('is an A4 Tagesordnung with its file name', () => {
    expect(model.kind).toBe('tagesordnung');
    expect(model.page).toEqual({ size: 'A4', orientation: 'portrait' });
    expect(model.fileName).toBe('2027-03-16 Tagesordnung');
    expect(model.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Tagesordnung' });
  });

  it('says when no place is set yet', () => {
    const withoutVenue: Meeting = { ...plannedMeeting };
    delete withoutVenue.venue;
    expect(modelText(buildAgendaDocument(withoutVenue, settings))).toContain('Ort\nDer Ort wird noch bekannt gegeben.');
  });
});
