import { yearCostsCsv } from '../../../src/domain/csv';
import { addMonths, type Meeting } from '../../../src/domain/planning';
import type { RunningEmulator } from '../../../src/emulator/server';
import { createHistoryGateway } from '../../../src/graph/historyGateway';
import { meetingColumns } from '../../../src/graph/listSchema';
import { meetingToFields } from '../../../src/graph/meetingMapping';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { LIST_NAMES, roundTrips, startGraph } from './support';

const meetingsList = { kind: 'meetings' as const, displayName: LIST_NAMES.meetings, columns: meetingColumns };

/** `count` quarterly meetings from `first`, filed as the add-in files them. */
function quarterly(first: string, count: number): Meeting[] {
  return Array.from({ length: count }, (_, i) => ({
    ...heldMeeting,
    id: `past-${first}-${i}`,
    date: addMonths(first, 3 * i),
    status: 'protokolliert',
  }));
}

describe('Verlauf against the emulator', () => {
  let emulator: RunningEmulator;
  afterAll(() => emulator?.close());

  let graph: Awaited<ReturnType<typeof startGraph>>;
  let history: ReturnType<typeof createHistoryGateway>;
  beforeAll(async () => {
    graph = await startGraph('integration-history');
    emulator = graph.emulator;
    history = createHistoryGateway(graph.lists, { meetings: LIST_NAMES.meetings });
    // 8 seeded meetings (2025–2026) + 32 filed here (2017–2024) = 40 past ones, and one planned
    for (const meeting of [...quarterly('2017-01-17', 32), plannedMeeting]) {
      await graph.lists.createItem(meetingsList, meetingToFields(meeting));
    }
  });

  it('opens 40 past meetings in one round trip, newest first, with only the visible columns', async () => {
    let page: Awaited<ReturnType<typeof history.readPage>> | undefined;
    const trips = await roundTrips(emulator, async () => {
      page = await history.readPage({ before: '2026-11-01' });
    });
    expect(trips).toHaveLength(1);
    expect(trips[0]?.method).toBe('GET');
    expect(trips[0]?.url).toContain('$select=id,webUrl');
    expect(trips[0]?.url).toContain('$top=50');
    expect(decodeURIComponent(trips[0]?.url ?? '')).toContain(
      'fields($select=Title,TpBeginn,TpJahr,TpStatus,TpOrt,TpReferent,TpTeilnehmende,TpKosten)',
    );
    expect(JSON.stringify(trips[0]?.response.body)).not.toMatch(/TpDaten|TpProtokoll/);

    expect(page?.nextLink).toBeUndefined();
    expect(page?.entries).toHaveLength(40);
    expect(page?.entries[0]).toMatchObject({ date: '2026-09-15', status: 'protokolliert', year: 2026 });
    expect(page?.entries.at(-1)).toMatchObject({ date: '2017-01-17', participants: 12, costCents: 6850 });
  });

  it('loads more through the next link when there are more than 50', async () => {
    for (const meeting of quarterly('2013-01-15', 12)) {
      await graph.lists.createItem(meetingsList, meetingToFields(meeting));
    }
    const first = await history.readPage({ before: '2026-11-01' });
    expect(first.entries).toHaveLength(49);
    expect(first.nextLink).toBeDefined();
    const trips = await roundTrips(emulator, () => history.readPage({ nextLink: first.nextLink }));
    expect(trips).toHaveLength(1);
    const second = await history.readPage({ nextLink: first.nextLink });
    expect(second.entries.map((e) => e.date)).toEqual(['2015-10-15', '2015-07-15', '2015-04-15']);
    expect(second.nextLink).toBeUndefined();
  });

  it('reads one meeting with everything filed, also one a colleague wrote by hand', async () => {
    const page = await history.readPage({ before: '2026-11-01' });
    const own = page.entries.find((e) => e.date === '2017-01-17')!;
    const meeting = await history.readMeeting(own.itemId);
    expect(meeting.meeting?.minutes?.attendance).toHaveLength(12);
    expect(meeting.minutesText).toContain('TOP 1: Begrüßung und Vorstellungsrunde');
    const seeded = await history.readMeeting('1');
    expect(seeded.meeting).toBeUndefined();
    expect(seeded).toMatchObject({ date: '2025-01-29', participants: 13, nextMeetingDate: '2025-03-25' });
    expect(seeded.minutesText).toMatch(/^Teilnehmende: 13\n/);
    await expect(history.readMeeting('999')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('gathers a year’s costs for the CSV: the stored lines, or the filed total of a hand-made row', async () => {
    const rows2024 = await history.yearCostRows(2024);
    expect(rows2024).toHaveLength(12);
    expect(rows2024[0]?.line.description).toBe('Kaffee und Kekse');
    const rows2025 = await history.yearCostRows(2025);
    expect(rows2025.map((row) => row.date)).toEqual([
      '2025-01-29',
      '2025-03-25',
      '2025-06-25',
      '2025-09-16',
      '2025-11-26',
    ]);
    const csv = yearCostsCsv(rows2025);
    expect(csv.startsWith('\uFEFFDatum;Treffen;Ort;Kategorie')).toBe(true);
    expect(csv).toContain(
      '29.01.2025;Vernetzungstreffen der Ehrenamtskoordination – 29. Januar 2025;Kreishaus Northeim;Sonstiges;',
    );
  });
});
