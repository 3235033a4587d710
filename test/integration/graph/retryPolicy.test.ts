import { type RunningEmulator, seededRandom } from '../../../src/emulator/server';
import { roundTrips, startGraph } from './support';

describe('the retry policy against the emulator', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('repeats a read answered 429 after its Retry-After, until it succeeds', async () => {
    const graph = await startGraph('integration-retry-get', {
      faults: { rate429: 0.6, retryAfterSeconds: 0 },
      random: seededRandom(7), // 429, 429, then through
    });
    emulator = graph.emulator;
    let name = '';
    const trips = await roundTrips(emulator, async () => {
      name = (await graph.gateway.me.getOrganiser()).displayName;
    });
    expect(name).toBe('Miriam Albers');
    const statuses = trips.map((t) => t.response.status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.slice(0, -1).every((s) => s === 429)).toBe(true);
    expect(statuses).toEqual([429, 429, 200]);
    expect(trips.every((t) => t.method === 'GET')).toBe(true);
  });

  it('sends an opening $batch of reads again when the whole batch is throttled', async () => {
    const graph = await startGraph('integration-retry-batch', {
      faults: { rate429: 0.5, retryAfterSeconds: 0 },
      random: seededRandom(11),
    });
    emulator = graph.emulator;
    const data = await graph.gateway.planning.open();
    expect(data.meetings).toHaveLength(8);
  });

  it('never repeats a plain POST answered 503', async () => {
    const graph = await startGraph('integration-retry-post', { faults: { rate503: 1, retryAfterSeconds: 0 } });
    emulator = graph.emulator;
    const trips = await roundTrips(emulator, () =>
      expect(
        graph.gateway.planning.saveMeeting(
          {
            id: 'm-503',
            date: '2027-03-16',
            startTime: '15:00',
            status: 'geplant',
            speaker: { name: '', organisation: '', topic: '' },
            agenda: [],
            adoptedSuggestions: [],
          },
          undefined,
        ),
      ).rejects.toMatchObject({ code: 'throttled', details: { status: 503 } }),
    );
    expect(trips.map((t) => `${t.method} ${t.response.status}`)).toEqual(['POST 503']);
  });
});
