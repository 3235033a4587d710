import { type Meeting, standardAgenda } from '../../../src/domain/planning';
import { type RunningEmulator, SEED } from '../../../src/emulator/server';
import { siteKey } from '../../../src/graph/listsGateway';
import { graphToken, journal, shortly, siteLists, SITE, startGraph } from './support';

const SITE_KEY = `${SEED.siteHostname}:${SEED.sitePath}`;
const KEY_COLUMNS = [
  'TpBeginn',
  'TpStatus',
  'TpOrt',
  'TpReferent',
  'TpTeilnehmende',
  'TpKosten',
  'TpProtokoll',
  'TpDokumente',
];

let n = 0;
const meeting: Meeting = {
  id: 'meeting-2027-06',
  date: '2027-06-15',
  startTime: '15:00',
  status: 'geplant',
  speaker: { name: 'Aylin Demir', organisation: 'Migrationsberatung', topic: 'Anerkennung' },
  agenda: standardAgenda(() => `p${++n}`),
  adoptedSuggestions: [],
};

/** A meetings list as an older version made it: all columns in one POST, some of today's missing. */
async function olderMeetingsList(emulator: RunningEmulator, columns: string[]): Promise<void> {
  const token = await graphToken(emulator, ['Sites.Selected']);
  const text = (name: string) => ({ name, displayName: name, text: {} });
  const note = (name: string) => ({ name, displayName: name, hidden: true, text: { allowMultipleLines: true } });
  const answer = await fetch(`${emulator.graphUrl}${siteKey(SITE)}/lists`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      displayName: 'Vernetzungstreffen',
      columns: columns.map((c) =>
        c === 'TpBeginn'
          ? { name: c, displayName: 'Beginn', dateTime: { format: 'dateTime' } }
          : c === 'TpDaten'
            ? note(c)
            : text(c),
      ),
      list: { template: 'genericList' },
    }),
  });
  if (answer.status !== 201) throw new Error(`older list: ${answer.status} ${await answer.text()}`);
}

describe('the lists under least privilege (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('creates nothing at opening; after the confirmation: lists, columns one at a time, money as a number, the key columns in the default view, the Kreishaus', async () => {
    const graph = await startGraph('integration-provision', { seedLists: false });
    emulator = graph.emulator;
    const first = await graph.gateway.planning.open();
    expect(first.missingLists).toEqual(['meetings', 'venues', 'needs']);
    expect(shortly(await journal(emulator)).filter((c) => c.startsWith('POST') && !c.endsWith('$batch'))).toEqual([]);

    const data = await graph.gateway.planning.provision(first.missingLists);
    expect(data).toMatchObject({ missingLists: [], listProblems: [] });
    expect(data.venues.map((v) => v.name)).toEqual(['Kreishaus Northeim']);
    const lists = await siteLists(emulator);
    const meetings = lists.find((l) => l.displayName === 'Vernetzungstreffen')!;
    expect(meetings.columns.find((c) => c.name === 'TpKosten')).toMatchObject({
      type: 'number',
      displayName: 'Kosten (EUR)',
    });
    expect(meetings.columns.find((c) => c.name === 'TpStatus')).toMatchObject({ displayName: 'Status' });
    expect(meetings.columns.find((c) => c.name === 'TpDaten')).toBeDefined();
    expect(meetings.defaultViewFields).toEqual(expect.arrayContaining(KEY_COLUMNS));
    const needs = lists.find((l) => l.displayName === 'Treffpunkt-Bedarfe')!;
    expect(needs.columns.find((c) => c.name === 'TpBedarfStatus')).toMatchObject({
      type: 'choice',
      displayName: 'Status',
    });
    expect(needs.defaultViewFields).toEqual(
      expect.arrayContaining(['TpErstmals', 'TpInitiativen', 'TpNennungen', 'TpBedarfStatus', 'TpAufgegriffenIn']),
    );
    expect(data.needs).toEqual([]);
    const creates = shortly(await journal(emulator)).filter((c) => /POST .*\/columns$/.test(c));
    expect(creates.length).toBeGreaterThanOrEqual(20 + 9 + 7);

    const saved = await graph.gateway.planning.saveMeeting({ ...meeting, expenses: [] }, undefined);
    expect((await graph.gateway.planning.getMeeting(saved.itemId))?.meeting?.id).toBe(meeting.id);
    const again = await graph.openGateway().planning.open();
    expect(again.venues).toHaveLength(1);
    expect(again.meetings).toHaveLength(1);
  });

  it('keeps a currency column where the service takes it', async () => {
    const graph = await startGraph('integration-provision-currency', {
      seedLists: false,
      tenant: { rejectCurrencyColumns: false },
    });
    emulator = graph.emulator;
    await graph.gateway.planning.provision(['meetings']);
    const meetings = (await siteLists(emulator)).find((l) => l.displayName === 'Vernetzungstreffen')!;
    expect(meetings.columns.find((c) => c.name === 'TpKosten')).toMatchObject({
      type: 'currency',
      displayName: 'Kosten',
    });
  });

  it('with the site role below manage: nothing is created, the refusal names the capability and the role', async () => {
    const graph = await startGraph('integration-provision-write', {
      seedLists: false,
      tenant: { siteRoles: { [SITE_KEY]: 'write' } },
    });
    emulator = graph.emulator;
    const first = await graph.gateway.planning.open();
    expect(first.missingLists).toEqual(['meetings', 'venues', 'needs']);
    await expect(graph.gateway.planning.provision(['meetings', 'venues', 'needs'])).rejects.toMatchObject({
      code: 'forbidden',
      details: { capability: 'meetingsList', missing: 'manage' },
    });
    expect(await siteLists(emulator)).toEqual([]);
  });

  it('says which admin step sets the default view when SharePoint refuses, and asks no more on this device', async () => {
    const graph = await startGraph('integration-provision-view-refused', {
      seedLists: false,
      tenant: { sharePointScopes: [] },
    });
    emulator = graph.emulator;
    const data = await graph.gateway.planning.provision(['meetings']);
    const problem = data.listProblems.find((p) => p.kind === 'defaultView' && p.list === 'meetings');
    expect(problem).toMatchObject({
      listName: 'Vernetzungstreffen',
      view: 'Alle Elemente',
      columns: ['Beginn', 'Status', 'Ort', 'Referent*in und Thema', 'Teilnehmende', 'Kosten', 'Protokoll', 'Dokumente'],
    });
    expect(problem?.missing).toContain('Sites.Selected');
    const again = await graph.openGateway().planning.open();
    expect(again.listProblems).toEqual([]);
    expect((await again.viewUpkeep)?.map((p) => p.kind)).toContain('defaultView');
    expect(shortly(await journal(emulator)).filter((c) => c.includes('_api'))).toEqual([]);
  });

  it('upgrades a list from an older version before the first save', async () => {
    const graph = await startGraph('integration-provision-upgrade', { seedLists: false });
    emulator = graph.emulator;
    await olderMeetingsList(emulator, ['TpBeginn', 'TpStatus', 'TpOrt', 'TpDaten']);
    const data = await graph.gateway.planning.open();
    expect(data.missingLists).toEqual(['venues', 'needs']);
    expect(data.listProblems).toEqual([]);
    expect(await data.viewUpkeep).toEqual([]);
    const meetings = (await siteLists(emulator)).find((l) => l.displayName === 'Vernetzungstreffen')!;
    expect(meetings.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['TpKosten', 'TpProtokoll', 'TpJahr']));
    expect(meetings.defaultViewFields).toEqual(expect.arrayContaining(KEY_COLUMNS));
    await graph.gateway.planning.saveMeeting(meeting, undefined);
  });

  it('with role write on an older list: names the missing columns, and saves into those it has', async () => {
    const graph = await startGraph('integration-provision-older-write', { seedLists: false });
    emulator = graph.emulator;
    await olderMeetingsList(emulator, ['TpBeginn', 'TpStatus', 'TpOrt', 'TpDaten']);
    emulator.setTenant({ siteRoles: { [SITE_KEY]: 'write' } });
    const data = await graph.gateway.planning.open();
    const problem = data.listProblems.find((p) => p.kind === 'missingColumns');
    expect(problem).toMatchObject({ list: 'meetings', blocksSaving: false, missing: 'manage' });
    expect(problem?.columns).toEqual(expect.arrayContaining(['Kosten', 'Protokoll', 'Jahr']));
    const saved = await graph.gateway.planning.saveMeeting(meeting, undefined);
    expect((await graph.gateway.planning.getMeeting(saved.itemId))?.meeting?.id).toBe(meeting.id);
  });

  it('with role write on a list without Treffpunkt’s own column: saving is refused before it can fail', async () => {
    const graph = await startGraph('integration-provision-older-nodata', { seedLists: false });
    emulator = graph.emulator;
    await olderMeetingsList(emulator, ['TpBeginn', 'TpStatus']);
    emulator.setTenant({ siteRoles: { [SITE_KEY]: 'write' } });
    const data = await graph.gateway.planning.open();
    expect(data.listProblems.find((p) => p.kind === 'missingColumns')).toMatchObject({ blocksSaving: true });
    await expect(graph.gateway.planning.saveMeeting(meeting, undefined)).rejects.toMatchObject({
      code: 'forbidden',
      details: { capability: 'meetingsList', missing: 'manage' },
    });
  });
});
