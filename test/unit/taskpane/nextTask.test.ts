import { inNextTask, nextTask } from '../../../src/taskpane/nextTask';

/** Lets every microtask queued so far (and those they queue) run. */
const microtasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('nextTask: a chunk evaluated in one task is handed on in the next', () => {
  it('resolves only after the current task, with the module', async () => {
    let handed: number | undefined;
    const module = inNextTask(Promise.resolve(7)).then((value) => (handed = value));
    await microtasks();
    expect(handed).toBeUndefined();
    await module;
    expect(handed).toBe(7);
  });

  it('passes a failed load on as it is', async () => {
    await expect(inNextTask(Promise.reject(new Error('chunk')))).rejects.toThrow('chunk');
  });

  it('falls back to a timer where there are no message channels', async () => {
    const channel = globalThis.MessageChannel;
    // @ts-expect-error: a runtime without message channels
    delete globalThis.MessageChannel;
    try {
      let done = false;
      const waiting = nextTask().then(() => (done = true));
      await microtasks();
      expect(done).toBe(false);
      await waiting;
      expect(done).toBe(true);
    } finally {
      globalThis.MessageChannel = channel;
    }
  });
});
