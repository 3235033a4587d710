import { DEFAULT_PROFILE, type RunningEmulator, SEED, seededRandom } from '../../../src/emulator/server';
import { readOpening } from '../../../src/graph/openingReads';
import { journal, type JournalEntry, setFaults, shortly, startGraph } from './support';

/** The Graph exchanges (SharePoint's own API, which puts columns into the default views, not counted). */
async function graphTrips(emulator: RunningEmulator): Promise<JournalEntry[]> {
  return (await journal(emulator)).filter((e) => e.url.startsWith('/v1.0'));
}

/** The inner requests of each $batch in the journal, as `METHOD url` without the query. */
function innerRequests(entries: JournalEntry[]): string[][] {
  return entries
    .filter((e) => e.url.startsWith('/v1.0/$batch'))
    .map((e) =>
      ((e.request?.body as { requests?: { method: string; url: string }[] })?.requests ?? []).map(
        (r) => `${r.method} ${r.url.split('?')[0]}`,
      ),
    );
}

describe('the opening against the emulator: the lists and /me in one round trip', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('reads the four lists and the organiser in one $batch, on one token for both', async () => {
    const graph = await startGraph('integration-opening-one-trip');
    emulator = graph.emulator;
    const opening = readOpening({ ...graph.gateway, tokenProvider: graph.tokenProvider });
    const [data, organiser] = await Promise.all([opening.planning, opening.organiser]);
    expect(organiser).toMatchObject({ displayName: 'Miriam Albers', mail: SEED.organiserMail });
    expect(data.meetings).toHaveLength(8);
    expect(data.venues.map((v) => v.name)).toContain('Kreishaus Northeim');
    const trips = await graphTrips(emulator);
    expect(shortly(trips)).toEqual(['POST /v1.0/$batch']);
    const inner = innerRequests(trips)[0] ?? [];
    expect(inner).toContain('GET /me');
    expect(inner.filter((r) => r.startsWith('GET /sites/'))).toHaveLength(8);
    expect(data.needs?.map((n) => n.need.status)).toEqual(expect.arrayContaining(['offen', 'aufgegriffen']));
  });

  it('names the organiser first and takes up the lists once the hand-over (the painted name) allows', async () => {
    const graph = await startGraph('integration-opening-hand-over');
    emulator = graph.emulator;
    let release = () => {};
    const painted = new Promise<void>((resolve) => (release = resolve));
    const handOver = jest.fn(() => painted);
    const opening = readOpening({ ...graph.gateway, tokenProvider: graph.tokenProvider, handOver });
    let lists: unknown;
    void opening.planning.then((data) => (lists = data));
    await expect(opening.organiser).resolves.toMatchObject({ displayName: 'Miriam Albers' });
    expect(handOver).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lists).toBeUndefined();
    release();
    expect((await opening.planning).meetings).toHaveLength(8);
    expect(shortly(await graphTrips(emulator))).toEqual(['POST /v1.0/$batch']);
  });

  it('names the organiser from the first batch while further pages of the lists are still read', async () => {
    const graph = await startGraph('integration-opening-paged');
    emulator = graph.emulator;
    await setFaults(emulator, { maxPageSize: 3 });
    // The opening's token question and the first batch's token pass; every later token waits.
    const provider = graph.tokenProvider;
    const getToken = provider.getToken.bind(provider);
    let asked = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    provider.getToken = async (...args) => {
      asked += 1;
      if (asked > 2) await held;
      return getToken(...args);
    };
    const opening = readOpening({ ...graph.gateway, tokenProvider: provider });
    await expect(opening.organiser).resolves.toMatchObject({ displayName: 'Miriam Albers' });
    release();
    expect((await opening.planning).meetings).toHaveLength(8);
    // 8 meetings and 8 venues in pages of 3: the first batch, then two more for pages 2 and 3.
    expect(shortly(await graphTrips(emulator))).toEqual(Array(3).fill('POST /v1.0/$batch'));
  });

  it('takes up the lists all the same where the hand-over fails', async () => {
    const graph = await startGraph('integration-opening-hand-over-fails');
    emulator = graph.emulator;
    const handOver = () => Promise.reject(new Error('no frame'));
    const opening = readOpening({ ...graph.gateway, tokenProvider: graph.tokenProvider, handOver });
    expect((await opening.planning).meetings).toHaveLength(8);
    await expect(opening.organiser).resolves.toMatchObject({ displayName: 'Miriam Albers' });
  });

  it('without User.Read granted, opens the lists as before and says the profile needs consent', async () => {
    const graph = await startGraph('integration-opening-no-profile', {
      tenant: { graphScopes: DEFAULT_PROFILE.graphScopes.filter((s) => s !== 'User.Read') },
    });
    emulator = graph.emulator;
    const opening = readOpening({ ...graph.gateway, tokenProvider: graph.tokenProvider });
    await expect(opening.organiser).rejects.toMatchObject({ code: 'consent-required' });
    expect((await opening.planning).meetings).toHaveLength(8);
    const trips = await graphTrips(emulator);
    expect(shortly(trips)).toEqual(['POST /v1.0/$batch']);
    expect(innerRequests(trips)[0]).not.toContain('GET /me');
  });

  it('without a role on the site, still names the organiser from the same round trip', async () => {
    const graph = await startGraph('integration-opening-no-site-role', { tenant: { siteRoles: {} } });
    emulator = graph.emulator;
    const opening = readOpening({ ...graph.gateway, tokenProvider: graph.tokenProvider });
    await expect(opening.organiser).resolves.toMatchObject({ displayName: 'Miriam Albers' });
    await expect(opening.planning).rejects.toMatchObject({
      code: 'forbidden',
      details: { capability: 'meetingsList', missing: 'read' },
    });
    expect(shortly(await graphTrips(emulator))).toEqual(['POST /v1.0/$batch']);
  });

  it.each([3, 7, 12])('when the batch is throttled (seed %i), sends it again and reads both from it', async (seed) => {
    const graph = await startGraph(`integration-opening-throttled-${seed}`, {
      faults: { rate429: 0.5, retryAfterSeconds: 0 },
      random: seededRandom(seed),
    });
    emulator = graph.emulator;
    const opening = readOpening({ ...graph.gateway, tokenProvider: graph.tokenProvider });
    const [data, organiser] = await Promise.all([opening.planning, opening.organiser]);
    expect(organiser.displayName).toBe('Miriam Albers');
    expect(data.meetings).toHaveLength(8);
    const trips = await graphTrips(emulator);
    expect(trips.some((t) => t.response.status === 429)).toBe(true);
    expect(shortly(trips).every((t) => t === 'POST /v1.0/$batch')).toBe(true);
  });
});
