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

/** Resolves in a task that yields to every other task waiting (input first); the next task where no scheduler. */
function backgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask !== 'function') return nextTask();
  return scheduler.postTask(() => undefined, { priority: 'background' });
}

/**
 * Resolves after the browser has painted its next frame, in a task of background priority: what was
 * rendered before the call is on screen, and what waits besides (input) goes first. A hidden document
 * paints no frames: there, without waiting for one.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return backgroundTask();
  return new Promise((resolve) => requestAnimationFrame(() => resolve(backgroundTask())));
}
