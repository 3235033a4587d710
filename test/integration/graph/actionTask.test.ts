import { isAppError } from '../../../src/domain/appError';
import { actionTask } from '../../../src/domain/minutes';
import { type RunningEmulator, SEED, seededRandom } from '../../../src/emulator/server';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { emulatorState, setFaults, startGraph } from './support';

/**
 * An action of the minutes as a task in Microsoft To Do: made once, whatever happens to the answers.
 * The emulator carries the POST out and loses its answer (504 or a dropped connection), amid 429s
 * and 503s chosen by a seeded random source; the pane clicks again and another device tries too.
 */
describe('an action as a To Do task, once (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  const task = actionTask(
    { id: 'a1', what: 'Checkliste verschicken', who: 'Miriam Albers', due: '2027-04-30', forCounty: true },
    heldMeeting,
  );
  const tasksNamed = async (title: string) => {
    const lists = (await emulatorState(emulator!)).todoLists[SEED.organiserId] ?? [];
    return lists.flatMap((l) => l.tasks).filter((t) => t.title === title);
  };

  /**
   * The user clicks again while Microsoft 365 is busy (a POST refused with 429 or 503 was not carried
   * out, and the client does not repeat a POST on its own).
   */
  async function clickUntilAnswered<T>(click: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await click();
      } catch (error) {
        const busy = isAppError(error) && error.code === 'throttled';
        if (!busy || attempt === 10) throw error;
      }
    }
  }

  it.each([1, 2, 3, 4])(
    'seed %i: a lost answer, a second click and another device leave exactly one task',
    async (seed) => {
      const graph = await startGraph(`integration-action-task-${seed}`, { random: seededRandom(seed) });
      emulator = graph.emulator;
      await setFaults(emulator, {
        rate429: 0.2,
        rate503: 0.2,
        retryAfterSeconds: 0,
        lostAnswers: [{ method: 'POST', path: '/tasks', as: seed % 2 ? '504' : 'drop', times: 1 }],
      });
      const first = await clickUntilAnswered(() => graph.gateway.reminders.addReminder(task, { lookFirst: true }));
      expect(first.id).toBeTruthy();
      const again = await clickUntilAnswered(() => graph.gateway.reminders.addReminder(task, { lookFirst: true }));
      const elsewhere = await clickUntilAnswered(() =>
        graph.openGateway().reminders.addReminder(task, { lookFirst: true }),
      );
      expect(again).toEqual({ id: first.id, recovered: true });
      expect(elsewhere).toEqual({ id: first.id, recovered: true });
      await setFaults(emulator, { rate429: 0, rate503: 0 });
      const made = await tasksNamed(task.title);
      expect(made).toHaveLength(1);
      expect(made[0]).toMatchObject({ dueDateTime: { dateTime: expect.stringMatching(/^2027-04-30T09:00:00/) } });
    },
    60_000,
  );

  it('after an outcome nobody could tell, the next attempt finds the task instead of making a second', async () => {
    const graph = await startGraph('integration-action-task-unknown');
    emulator = graph.emulator;
    await setFaults(emulator, {
      lostAnswers: [
        { method: 'POST', path: '/tasks', as: '504', times: 1 },
        { method: 'GET', path: '/tasks', as: '504', times: 10 },
      ],
    });
    // A first click that found nothing in To Do and whose POST answer was lost; looking fails too.
    await expect(graph.gateway.reminders.addReminder(task)).rejects.toMatchObject({
      code: 'unknown-outcome',
    });
    await setFaults(emulator, { lostAnswers: [] });
    const next = await graph.gateway.reminders.addReminder(task, { lookFirst: true });
    expect(next.recovered).toBe(true);
    expect(await tasksNamed(task.title)).toHaveLength(1);
  }, 60_000);

  it('an answered first click makes the task and says it was not there before', async () => {
    const graph = await startGraph('integration-action-task-answered');
    emulator = graph.emulator;
    expect(await graph.gateway.reminders.addReminder(task, { lookFirst: true })).toEqual({
      id: expect.any(String),
      recovered: false,
    });
    expect(await tasksNamed(task.title)).toHaveLength(1);
  });
});
