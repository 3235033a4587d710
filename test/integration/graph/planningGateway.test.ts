import { rmSync } from 'node:fs';
import path from 'node:path';
import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';
import { type Meeting, standardAgenda } from '../../../src/domain/planning';
import { createGraphClient } from '../../../src/graph/graphClient';
import { createListsGateway } from '../../../src/graph/listsGateway';
import { createPlanningGateway } from '../../../src/graph/planningGateway';
import { type RunningEmulator, SEED, startEmulator } from '../../../src/emulator/server';

const names = { meetings: 'Vernetzungstreffen', venues: 'Treffpunkt-Orte', settings: 'Treffpunkt-Einstellungen' };

async function setup(name: string, seedLists = true) {
  const dataDir = path.resolve(__dirname, '../../../test-results/emulator', name);
  rmSync(dataDir, { recursive: true, force: true });
  const emulator = await startEmulator({ dataDir, port: 0, reset: true, seedLists });
  const client = createGraphClient({
    tokenProvider: createEmulatorTokenProvider({ origin: emulator.url }),
    baseUrl: emulator.graphUrl,
    retry: { delaySeconds: 0, maxDelaySeconds: 1 },
  });
  const lists = createListsGateway(client, `${SEED.siteHostname}:${SEED.sitePath}`);
  return { emulator, planning: createPlanningGateway(lists, names, SEED.distributionListMail) };
}

async function journalUrls(emulator: RunningEmulator): Promise<string[]> {
  const text = await (await fetch(`${emulator.url}/_emulator/journal`)).text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const entry = JSON.parse(line) as { method: string; url: string };
      return `${entry.method} ${entry.url.split('?')[0]}`;
    });
}

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
    const setupResult = await setup('integration-planning-open');
    emulator = setupResult.emulator;
    const data = await setupResult.planning.open();
    expect(await journalUrls(emulator)).toEqual(['POST /v1.0/$batch']);
    expect(data.meetings).toHaveLength(8);
    expect(data.meetings[0]).toMatchObject({ status: 'protokolliert', date: '2025-01-29' });
    expect(data.meetings.every((m) => m.meeting === undefined)).toBe(true);
    expect(data.venues.map((v) => v.name)).toContain('Kreishaus Northeim');
    expect(data.venues).toHaveLength(8);
  });

  it('reads the team settings in the same round trip, and keeps the defaults until the team saves its own', async () => {
    const seeded = await setup('integration-planning-settings');
    emulator = seeded.emulator;
    const data = await seeded.planning.open();
    expect(data.settings.optionalAttendees.map((a) => a.address)).toEqual([SEED.fsaGroupMail, SEED.educationGroupMail]);
    expect(data.settings.budgetPerMeetingCents).toBe(15000);
    const saved = await seeded.planning.saveSettings(
      { ...data.settings, budgetPerMeetingCents: 17550, namesInMinutes: true },
      data.settingsRef,
    );
    expect(saved.itemId).toBe(data.settingsRef?.itemId);
    const again = await seeded.planning.open();
    expect(again.settings).toMatchObject({ budgetPerMeetingCents: 17550, namesInMinutes: true });
    await expect(
      seeded.planning.saveSettings(again.settings, { itemId: saved.itemId, etag: data.settingsRef?.etag ?? '' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    emulator.close();

    const fresh = await setup('integration-planning-settings-first-run', false);
    emulator = fresh.emulator;
    const defaults = await fresh.planning.open();
    expect(defaults.settingsRef).toBeUndefined();
    expect(defaults.settings.distributionList).toBe(SEED.distributionListMail);
    const created = await fresh.planning.saveSettings({ ...defaults.settings, reminderMinutes: 60 }, undefined);
    const reopened = await fresh.planning.open();
    expect(reopened.settingsRef?.itemId).toBe(created.itemId);
    expect(reopened.settings.reminderMinutes).toBe(60);
  });

  it('creates both lists on the first run, with the Kreishaus as the first venue', async () => {
    const setupResult = await setup('integration-planning-first-run', false);
    emulator = setupResult.emulator;
    const data = await setupResult.planning.open();
    expect(data.meetings).toEqual([]);
    expect(data.venues.map((v) => v.name)).toEqual(['Kreishaus Northeim']);
    const again = await setupResult.planning.open();
    expect(again.venues).toHaveLength(1);
  });

  it('saves the plan as one item, updates it with If-Match, and meets a colleague’s change as a conflict', async () => {
    const setupResult = await setup('integration-planning-save');
    emulator = setupResult.emulator;
    const { planning } = setupResult;
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
});
