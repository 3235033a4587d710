import type { TokenProvider } from '../../../src/auth/tokenProvider';
import type { ListProblem } from '../../../src/domain/lists';
import { type Meeting, standardAgenda } from '../../../src/domain/planning';
import type { RunningEmulator } from '../../../src/emulator/server';
import { SEED } from '../../../src/emulator/server';
import { createGateway } from '../../../src/graph/gateway';
import {
  journal,
  LIST_NAMES,
  memoryStore,
  planningOf,
  roundTrips,
  shortly,
  SITE,
  siteLists,
  startGraph,
} from './support';

let n = 0;
const meeting: Meeting = {
  id: 'meeting-2027-03',
  date: '2027-03-16',
  startTime: '15:00',
  status: 'geplant',
  speaker: { name: 'Dr. Lena Hoffmann', organisation: 'Jobcenter', topic: 'Bürgergeld' },
  agenda: standardAgenda(() => `i${++n}`),
  adoptedSuggestions: [],
};

describe('planning gateway against the emulator', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('opens the seeded lists in one round trip, reading hand-made items from their columns', async () => {
    const graph = await startGraph('integration-planning-open');
    emulator = graph.emulator;
    const data = await planningOf(graph.lists).open();
    expect(shortly(await journal(emulator))).toEqual(['POST /v1.0/$batch']);
    expect(data.meetings).toHaveLength(8);
    expect(data.meetings[0]).toMatchObject({ status: 'protokolliert', date: '2025-01-29' });
    expect(data.meetings.every((m) => m.meeting === undefined)).toBe(true);
    expect(data.venues.map((v) => v.name)).toContain('Kreishaus Northeim');
    expect(data.venues).toHaveLength(8);
    expect(data).toMatchObject({ missingLists: [], listProblems: [] });
  });

  it('puts the key columns into the default views once per device; later openings are one round trip', async () => {
    const graph = await startGraph('integration-planning-views');
    emulator = graph.emulator;
    await (
      await graph.gateway.planning.open()
    ).viewUpkeep;
    const meetings = (await siteLists(emulator)).find((l) => l.displayName === 'Vernetzungstreffen');
    expect(meetings?.defaultViewFields).toEqual(
      expect.arrayContaining([
        'TpBeginn',
        'TpStatus',
        'TpOrt',
        'TpReferent',
        'TpTeilnehmende',
        'TpKosten',
        'TpProtokoll',
      ]),
    );
    const again = await roundTrips(emulator, () => graph.openGateway().planning.open());
    expect(shortly(again)).toEqual(['POST /v1.0/$batch']);
  });

  it('gives the lists without waiting for the default views: their check runs on, and what it finds comes after', async () => {
    const graph = await startGraph('integration-planning-views-later', { tenant: { sharePointScopes: [] } });
    emulator = graph.emulator;
    // SharePoint's token is held back until released: the opening must not wait for it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tokenProvider: TokenProvider = {
      async getToken(scopes, options) {
        if (scopes.some((scope) => scope.endsWith('/Sites.Selected') && !scope.includes('graph.'))) await held;
        return graph.tokenProvider.getToken(scopes, options);
      },
    };
    const gateway = createGateway(graph.client, graph.config, { tokenProvider, store: graph.store });
    const data = await gateway.planning.open();
    expect(data.meetings).toHaveLength(8);
    expect(data.listProblems).toEqual([]);
    let later: ListProblem[] | undefined;
    void data.viewUpkeep?.then((problems) => (later = problems));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(later).toBeUndefined();
    expect(shortly(await journal(emulator)).filter((c) => c.includes('_api'))).toEqual([]);
    release();
    // The tenant grants SharePoint no Sites.Selected: the view's problem names it, after the opening.
    const problems = await data.viewUpkeep;
    expect(problems?.map((p) => p.kind)).toEqual(['defaultView', 'defaultView', 'defaultView', 'defaultView']);
    expect(problems?.[0]?.missing).toContain('Sites.Selected');
  });

  it('reads the team settings in the same round trip, and keeps the defaults until the team saves its own', async () => {
    const seeded = await startGraph('integration-planning-settings');
    emulator = seeded.emulator;
    const planning = planningOf(seeded.lists);
    const data = await planning.open();
    expect(data.settings.optionalAttendees.map((a) => a.address)).toEqual([SEED.fsaGroupMail, SEED.educationGroupMail]);
    expect(data.settings.budgetPerMeetingCents).toBe(15000);
    const saved = await planning.saveSettings(
      { ...data.settings, budgetPerMeetingCents: 17550, namesInMinutes: true },
      data.settingsRef,
    );
    expect(saved.itemId).toBe(data.settingsRef?.itemId);
    const again = await planning.open();
    expect(again.settings).toMatchObject({ budgetPerMeetingCents: 17550, namesInMinutes: true });
    await expect(
      planning.saveSettings(again.settings, { itemId: saved.itemId, etag: data.settingsRef?.etag ?? '' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('creates the settings list with its columns when the team first saves settings', async () => {
    const fresh = await startGraph('integration-planning-settings-first-run', { seedLists: false });
    emulator = fresh.emulator;
    const planning = fresh.gateway.planning;
    const defaults = await planning.open();
    expect(defaults.settingsRef).toBeUndefined();
    expect(defaults.settings.distributionList).toBe(SEED.distributionListMail);
    const created = await planning.saveSettings(
      { ...defaults.settings, reminderMinutes: 60, budgetPerMeetingCents: 12050 },
      undefined,
    );
    const reopened = await fresh.openGateway().planning.open();
    expect(reopened.settingsRef?.itemId).toBe(created.itemId);
    expect(reopened.settings).toMatchObject({ reminderMinutes: 60, budgetPerMeetingCents: 12050 });
    const list = (await siteLists(emulator)).find((l) => l.displayName === 'Treffpunkt-Einstellungen');
    expect(list?.columns.find((c) => c.name === 'TpBudget')).toMatchObject({
      type: 'number',
      displayName: 'Budget je Treffen (EUR)',
    });
  });

  it('saves the plan as one item, updates it with If-Match, and meets a colleague’s change as a conflict', async () => {
    const graph = await startGraph('integration-planning-save');
    emulator = graph.emulator;
    const planning = graph.gateway.planning;
    await planning.open();
    const created = await planning.saveMeeting(meeting, undefined);
    const updated = await planning.saveMeeting({ ...meeting, startTime: '14:30' }, created);
    expect(updated.itemId).toBe(created.itemId);
    expect(updated.etag).not.toBe(created.etag);
    await expect(planning.saveMeeting(meeting, created)).rejects.toMatchObject({ code: 'conflict' });

    const stored = await planning.getMeeting(created.itemId);
    expect(stored).toMatchObject({ date: '2027-03-16', status: 'geplant' });
    expect(stored?.meeting).toMatchObject({ id: 'meeting-2027-03', startTime: '14:30' });
    expect((await planning.findMeeting('meeting-2027-03'))?.itemId).toBe(created.itemId);
  });

  it('remembers the lists by id: a list a colleague renamed is still found, and never made twice', async () => {
    const store = memoryStore();
    const first = await startGraph('integration-planning-renamed', { store });
    emulator = first.emulator;
    await (
      await first.gateway.planning.open()
    ).viewUpkeep;
    const meetingsId = [...store.values.values()].map((v) => (v as { meetings?: { id: string } }).meetings?.id)[0];
    expect(meetingsId).toBeTruthy();
    // Another name than the list's (as after a colleague renamed it): the remembered id still finds it.
    const config = {
      site: SITE,
      listName: 'Treffen (umbenannt)',
      venueListName: LIST_NAMES.venues,
      settingsListName: LIST_NAMES.settings,
      sharedMailbox: '',
      distributionList: SEED.distributionListMail,
    };
    const byId = await roundTrips(emulator, async () => {
      const data = await createGateway(first.client, config, { store }).planning.open();
      expect(data.meetings).toHaveLength(8);
      expect(data.missingLists).toEqual([]);
    });
    expect(shortly(byId)).toEqual(['POST /v1.0/$batch']);
    // On a device that never saw it: found by Treffpunkt's own column before "none exists" is said.
    const other = await createGateway(first.client, config, { store: memoryStore() }).planning.open();
    expect(other.meetings).toHaveLength(8);
    expect(other.missingLists).toEqual([]);
    expect((await siteLists(emulator)).filter((l) => l.columns.some((c) => c.name === 'TpDaten'))).toHaveLength(1);
  });
});
