import { isAppError } from '../../../src/domain/appError';
import { newNeed } from '../../../src/domain/needs';
import { type RunningEmulator, SEED, seededRandom } from '../../../src/emulator/server';
import { registerNeed } from '../../../src/taskpane/needs/registerNeed';
import { type ListedNeed, type Need, takeUp } from '../../../src/domain/needs';
import { journal, roundTrips, setFaults, shortly, siteLists, startGraph } from './support';

const SITE_KEY = `${SEED.siteHostname}:${SEED.sitePath}`;

async function needItems(emulator: RunningEmulator) {
  return (await siteLists(emulator)).find((l) => l.displayName === 'Treffpunkt-Bedarfe')?.items ?? [];
}

describe('the needs register (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('hands out what the opening read, without a further round trip; later lists are read', async () => {
    const graph = await startGraph('integration-needs-list');
    emulator = graph.emulator;
    await (
      await graph.gateway.planning.open()
    ).viewUpkeep;
    let first: Awaited<ReturnType<typeof graph.gateway.needs.list>> = [];
    expect(await roundTrips(emulator, async () => (first = await graph.gateway.needs.list()))).toEqual([]);
    expect(first.map((l) => l.need.title)).toContain('Schulung zum Umgang mit Behördenbriefen');
    const trips = await roundTrips(emulator, () => graph.gateway.needs.list());
    expect(shortly(trips)).toEqual([expect.stringMatching(/^GET .*\/lists\/.*\/items$/)]);
  });

  it('adds a need, merges it when raised again by another initiative, and reads it back', async () => {
    const graph = await startGraph('integration-needs-merge');
    emulator = graph.emulator;
    await graph.gateway.planning.open();
    const first = await registerNeed(graph.gateway.needs, {
      title: 'Räume für Sprachcafés',
      raisedBy: 'Tafel Uslar',
      meetingDate: '2027-03-16',
    });
    expect(first.merged).toBe(false);
    const again = await registerNeed(graph.gateway.needs, {
      title: ' räume für  SPRACHCAFÉS',
      raisedBy: 'Café International',
    });
    expect(again).toMatchObject({ merged: true, listed: { need: { initiatives: 2, mentions: 2 } } });
    const items = (await needItems(emulator)).filter((i) => i.fields.Title === 'Räume für Sprachcafés');
    expect(items).toHaveLength(1);
    expect(items[0]?.fields).toMatchObject({
      TpErstmals: '16.03.2027',
      TpInitiativen: 2,
      TpNennungen: 2,
      TpBedarfStatus: 'offen',
      TpGenanntVon: 'Tafel Uslar\nCafé International',
    });
  });

  it('a colleague’s change meanwhile is a conflict for update, and registering merges into the fresh item', async () => {
    const graph = await startGraph('integration-needs-conflict');
    emulator = graph.emulator;
    const [listed] = await graph.gateway.needs.list();
    const colleague = graph.openGateway();
    await colleague.needs.update({ ...listed!.need, note: 'Von einer Kollegin ergänzt.' }, listed!.etag);
    await expect(graph.gateway.needs.update({ ...listed!.need, mentions: 9 }, listed!.etag)).rejects.toMatchObject({
      code: 'conflict',
    });
    const merged = await registerNeed(graph.gateway.needs, { title: listed!.need.title });
    expect(merged.listed.need).toMatchObject({
      note: 'Von einer Kollegin ergänzt.',
      mentions: listed!.need.mentions + 1,
    });
  });

  it('taking up a need a colleague changed meanwhile: refused once (412), the one item read, written on it', async () => {
    const graph = await startGraph('integration-needs-change');
    emulator = graph.emulator;
    const [shown] = await graph.gateway.needs.list();
    const colleague = graph.openGateway();
    await colleague.needs.update({ ...shown!.need, note: 'Von einer Kollegin ergänzt.' }, shown!.etag);
    const edit = (now: Need) => takeUp(now, '2027-03-16');
    let changed: ListedNeed | undefined;
    const trips = await roundTrips(emulator, async () => {
      changed = await graph.gateway.needs.update(edit(shown!.need), shown!.etag, edit);
    });
    expect(shortly(trips)).toEqual([
      expect.stringMatching(/^PATCH .*\/items\/\d+\/fields$/),
      expect.stringMatching(/^GET .*\/items\/\d+$/),
      expect.stringMatching(/^PATCH .*\/items\/\d+\/fields$/),
    ]);
    expect(changed!.need).toMatchObject({ status: 'aufgegriffen', note: 'Von einer Kollegin ergänzt.' });
    const item = (await needItems(emulator)).find((i) => i.fields.Title === shown!.need.title);
    expect(item?.fields).toMatchObject({ TpBedarfStatus: 'aufgegriffen', TpNotiz: 'Von einer Kollegin ergänzt.' });
  });

  it('an add whose answer was lost is found by its title, not made twice', async () => {
    const graph = await startGraph('integration-needs-lost');
    emulator = graph.emulator;
    await setFaults(emulator, { lostAnswers: [{ method: 'POST', path: '/items', as: '504', times: 1 }] });
    const added = await graph.gateway.needs.add(newNeed({ title: 'Dolmetschende für Elternabende' }));
    expect(added.need.title).toBe('Dolmetschende für Elternabende');
    const items = (await needItems(emulator)).filter((i) => i.fields.Title === 'Dolmetschende für Elternabende');
    expect(items).toHaveLength(1);
  });

  it('with the site role read: adding is refused, naming the needs list and the role write', async () => {
    const graph = await startGraph('integration-needs-read-only', { tenant: { siteRoles: { [SITE_KEY]: 'read' } } });
    emulator = graph.emulator;
    await expect(graph.gateway.needs.add(newNeed({ title: 'Mehr Räume' }))).rejects.toMatchObject({
      code: 'forbidden',
      details: { capability: 'needsList', missing: 'write' },
    });
  });

  it.each([1, 2, 5, 8])(
    'throttled and failing now and then (seed %i): registering never makes a need twice, nor counts twice',
    async (seed) => {
      const graph = await startGraph(`integration-needs-faults-${seed}`, {
        faults: { rate429: 0.25, rate503: 0.15, dropRate: 0.1, retryAfterSeconds: 0 },
        random: seededRandom(seed),
      });
      emulator = graph.emulator;
      const title = 'Fortbildung Trauma und Flucht';
      let counted = 0;
      for (const raisedBy of ['Tafel Uslar', 'Café International', 'Netzwerk Asyl Uslar']) {
        try {
          await registerNeed(graph.gateway.needs, { title, raisedBy });
          counted++;
        } catch (error) {
          // What the pane would show: throttled, unreachable or an outcome nobody could tell.
          expect(isAppError(error) && ['throttled', 'offline', 'unknown-outcome'].includes(error.code)).toBe(true);
        }
      }
      expect((await journal(emulator)).some((e) => e.response.status >= 429)).toBe(true);
      await setFaults(emulator, { rate429: 0, rate503: 0, dropRate: 0 });
      const items = (await needItems(emulator)).filter((i) => i.fields.Title === title);
      expect(items.length).toBeLessThanOrEqual(1);
      const mentions = Number(items[0]?.fields.TpNennungen ?? 0);
      expect(mentions).toBeGreaterThanOrEqual(counted);
      expect(mentions).toBeLessThanOrEqual(3);
      expect(Number(items[0]?.fields.TpInitiativen ?? 0)).toBe(mentions);
    },
    60_000,
  );
});
