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
