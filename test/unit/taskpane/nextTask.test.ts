import { afterNextPaint, inNextTask, nextTask } from '../../../src/taskpane/nextTask';

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

describe('afterNextPaint: what awaits it begins once the next frame is painted, behind every other task', () => {
  const globals = globalThis as Record<string, unknown>;
  let frames: (() => void)[];
  let posted: { priority: string }[];

  beforeEach(() => {
    frames = [];
    posted = [];
    globals.requestAnimationFrame = (callback: () => void) => frames.push(callback);
    globals.scheduler = {
      postTask: (callback: () => void, options: { priority: string }) => {
        posted.push(options);
        return nextTask().then(callback);
      },
    };
  });

  afterEach(() => {
    delete globals.requestAnimationFrame;
    delete globals.scheduler;
  });

  it('waits for the frame, then for a task of background priority', async () => {
    let done = false;
    const waiting = afterNextPaint().then(() => (done = true));
    await nextTask();
    expect(done).toBe(false);
    expect(posted).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]?.();
    await waiting;
    expect(posted).toEqual([{ priority: 'background' }]);
  });

  it('does not wait longer than 100 ms for a frame that does not come (a hidden pane paints none)', async () => {
    let done = false;
    const waiting = afterNextPaint().then(() => (done = true));
    await nextTask();
    expect(done).toBe(false);
    await waiting;
    expect(frames).toHaveLength(1); // asked for, never given
    expect(posted).toEqual([{ priority: 'background' }]);
  });

  it('posts one task only, when the frame comes after the 100 ms', async () => {
    await afterNextPaint();
    expect(posted).toHaveLength(1);
    frames[0]?.(); // the late frame
    await nextTask();
    expect(posted).toHaveLength(1);
  });

  it('takes the next task where the browser has no scheduler', async () => {
    delete globals.scheduler;
    let done = false;
    const waiting = afterNextPaint().then(() => (done = true));
    frames[0]?.();
    await microtasks();
    expect(done).toBe(false);
    await waiting;
    expect(done).toBe(true);
  });
});
