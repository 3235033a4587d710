import { buildInvitation, invitationReminder } from '../../../src/domain/invitation';
import { defaultTeamSettings } from '../../../src/domain/settings';
import { type RunningEmulator, SEED } from '../../../src/emulator/server';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { emulatorState, journal, roundTrips, setFaults, shortly, siteLists, startGraph } from './support';

/**
 * Writes that must never happen twice: the emulator carries the request out, then loses its answer
 * (504 or a dropped connection). Exactly one item, task and event remain.
 */
describe('lost answers (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it.each(['504', 'drop'] as const)(
    'a meeting whose create answer was lost (%s) is found, not made twice, and the result says so',
    async (as) => {
      const graph = await startGraph(`integration-lost-item-${as}`);
      emulator = graph.emulator;
      await graph.gateway.planning.open();
      await setFaults(emulator, { lostAnswers: [{ method: 'POST', path: '/items', as, times: 1 }] });
      const saved = await graph.gateway.planning.saveMeeting(plannedMeeting, undefined);
      const meetings = (await siteLists(emulator)).find((l) => l.displayName === 'Vernetzungstreffen')!;
      const mine = meetings.items.filter((i) => String(i.fields.TpDaten ?? '').includes(plannedMeeting.id));
      expect(mine).toHaveLength(1);
      expect((await graph.gateway.planning.getMeeting(saved.itemId))?.meeting?.id).toBe(plannedMeeting.id);
      expect(saved.recovered).toBe(true);
      // The next save (an update) had its answer: nothing to report.
      const updated = await graph.gateway.planning.saveMeeting(plannedMeeting, saved);
      expect(updated.recovered).toBeUndefined();
    },
  );

  it('when the answer is lost and looking fails too, the outcome is unknown and nothing is sent again', async () => {
    const graph = await startGraph('integration-lost-item-unknown');
    emulator = graph.emulator;
    await graph.gateway.planning.open();
    await setFaults(emulator, {
      lostAnswers: [
        { method: 'POST', path: '/items', as: '504', times: 2 },
        { method: 'GET', path: '/items', as: '504', times: 10 },
      ],
    });
    await expect(graph.gateway.planning.saveMeeting(plannedMeeting, undefined)).rejects.toMatchObject({
      code: 'unknown-outcome',
    });
    const posts = shortly(await journal(emulator)).filter((c) => c.startsWith('POST') && c.endsWith('/items'));
    expect(posts.length).toBeLessThanOrEqual(1);
  }, 30_000);

  it.each(['504', 'drop'] as const)(
    'a To Do reminder whose answer was lost (%s) is found by title and due date, and the result says so',
    async (as) => {
      const graph = await startGraph(`integration-lost-task-${as}`);
      emulator = graph.emulator;
      await setFaults(emulator, { lostAnswers: [{ method: 'POST', path: '/tasks', as, times: 1 }] });
      const reminder = invitationReminder(plannedMeeting.date);
      const added = await graph.gateway.reminders.addReminder(reminder);
      expect(added).toEqual({ id: expect.any(String), recovered: true });
      expect(added.id).toBeTruthy();
      const lists = (await emulatorState(emulator)).todoLists[SEED.organiserId] ?? [];
      const tasks = lists.flatMap((l) => l.tasks).filter((t) => t.title === reminder.title);
      expect(tasks).toHaveLength(1);
    },
  );

  it('a meeting and a reminder whose answers arrive are not reported as recovered', async () => {
    const graph = await startGraph('integration-answered-writes');
    emulator = graph.emulator;
    await graph.gateway.planning.open();
    const saved = await graph.gateway.planning.saveMeeting(plannedMeeting, undefined);
    expect(saved).toEqual({ itemId: expect.any(String), etag: expect.any(String) });
    const added = await graph.gateway.reminders.addReminder(invitationReminder(plannedMeeting.date));
    expect(added.recovered).toBe(false);
  });

  it('the event create with its transactionId is simply sent again after a lost answer: one event', async () => {
    const graph = await startGraph('integration-lost-event');
    emulator = graph.emulator;
    await setFaults(emulator, { lostAnswers: [{ method: 'POST', path: '/me/events', as: '504', times: 1 }] });
    const invitation = buildInvitation(plannedMeeting, defaultTeamSettings(SEED.distributionListMail));
    const trips = await roundTrips(emulator, () => graph.gateway.invitation.holdTheDate(invitation));
    expect(shortly(trips)).toEqual(['POST /v1.0/me/events', 'POST /v1.0/me/events']);
    const state = (await emulatorState(emulator)) as unknown as {
      events: Record<string, { transactionId?: string }[]>;
    };
    const held = (state.events[SEED.organiserId] ?? []).filter((e) => e.transactionId === invitation.transactionId);
    expect(held).toHaveLength(1);
  });
});
