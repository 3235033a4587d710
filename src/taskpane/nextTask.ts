/**
 * Resolves in a task of its own, after the browser has handled what waits (input, a network answer, a
 * paint): loading a chunk (evaluating its modules) and rendering what it brings become two tasks instead
 * of one long one. A message where there are messages (a timer may be clamped to 4 ms or more).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A chunk's module, handed on in the task after the one that evaluated it. */
export async function inNextTask<T>(module: Promise<T>): Promise<T> {
  const loaded = await module;
  await nextTask();
  return loaded;
}

/** The Prioritized Task Scheduling API's `scheduler`, where the browser has it (Chromium, Edge). */
interface TaskScheduler {
  postTask: (callback: () => void, options: { priority: 'background' }) => Promise<void>;
}

/** How long `afterNextPaint` waits for a frame at most: a hidden pane paints none, and Chromium holds its frames. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves after the browser has painted its next frame (or after FRAME_WAIT_MS without one), in a task of
 * background priority where the browser has a scheduler: what was rendered before the call is on screen,
 * and what else waits (input) goes first.
 */
export function afterNextPaint(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  return new Promise((resolve) => {
    let gone = false;
    // Whichever comes first, the frame or the timer; the other finds it gone.
    const go = () => {
      if (gone) return;
      gone = true;
      clearTimeout(timer);
      resolve(scheduler?.postTask ? scheduler.postTask(() => undefined, { priority: 'background' }) : nextTask());
    };
    const timer = setTimeout(go, FRAME_WAIT_MS);
    requestAnimationFrame(go);
  });
}
