import { invitationReminder } from '../../../src/domain/invitation';
import { addMonths, type Meeting } from '../../../src/domain/planning';
import { type RunningEmulator, SEED } from '../../../src/emulator/server';
import { meetingColumns } from '../../../src/graph/listSchema';
import { meetingToFields } from '../../../src/graph/meetingMapping';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { LIST_NAMES, roundTrips, setFaults, startGraph } from './support';

const meetingsList = { kind: 'meetings' as const, displayName: LIST_NAMES.meetings, columns: meetingColumns };

function quarterly(first: string, count: number): Meeting[] {
  return Array.from({ length: count }, (_, i) => ({
    ...heldMeeting,
    id: `paged-${i}`,
    date: addMonths(first, 3 * i),
    status: 'protokolliert' as const,
  }));
}

/** Everything the pane reads, as it sees it. */
async function everything(graph: Awaited<ReturnType<typeof startGraph>>) {
  const gateway = graph.openGateway();
  const data = await gateway.planning.open();
  const history = await gateway.history.readPage({ before: '2026-11-01' });
  return {
    meetings: data.meetings.map((m) => [m.itemId, m.date, m.costCents, m.participants]),
    venues: data.venues.map((v) => v.name),
    settings: data.settings,
    history: history.entries.map((e) => [e.itemId, e.date, e.costCents]),
    historyMore: history.nextLink !== undefined,
    costs2019: (await gateway.history.yearCostRows(2019)).map((r) => [r.date, r.line.amountCents]),
    members: (await gateway.directory.members(SEED.distributionListMail)).members.map((m) => m.address).sort(),
    found: (await gateway.planning.findMeeting('paged-11'))?.date,
  };
}

describe('pages smaller than $top (emulator maxPageSize: 3)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('every view shows the same meetings, counts and sums as without paging', async () => {
    const graph = await startGraph('integration-paging');
    emulator = graph.emulator;
    for (const meeting of quarterly('2017-01-17', 14))
      await graph.lists.createItem(meetingsList, meetingToFields(meeting));
    await graph.gateway.planning.open(); // the default views, once for this device
    const whole = await everything(graph);
    expect(whole.meetings).toHaveLength(22);
    expect(whole.costs2019.length).toBeGreaterThan(0);

    await setFaults(emulator, { maxPageSize: 3 });
    const paged = await everything(graph);
    expect(paged).toEqual(whole);
  });

  it('opening follows the next links inside $batch in further batches: few round trips', async () => {
    const graph = await startGraph('integration-paging-open');
    emulator = graph.emulator;
    await (
      await graph.gateway.planning.open()
    ).viewUpkeep;
    await setFaults(emulator, { maxPageSize: 3 });
    const trips = await roundTrips(emulator, () => graph.openGateway().planning.open());
    // 8 meetings and 8 venues in pages of 3: the first batch, then two more for pages 2 and 3 of both.
    expect(trips.map((t) => `${t.method} ${t.url}`)).toEqual([
      'POST /v1.0/$batch',
      'POST /v1.0/$batch',
      'POST /v1.0/$batch',
    ]);
  });

  it('finds the default To Do list and a lost reminder across pages', async () => {
    const graph = await startGraph('integration-paging-todo');
    emulator = graph.emulator;
    await setFaults(emulator, {
      maxPageSize: 3,
      lostAnswers: [{ method: 'POST', path: '/tasks', as: '504', times: 1 }],
    });
    const reminder = invitationReminder('2027-03-16');
    expect(await graph.gateway.reminders.addReminder(reminder)).toBeTruthy();
  });
});
