/**
 * News between the pane's tabs in this browser (two Outlook windows, two browser tabs): a message one
 * posts, the others receive. What arrives is unchecked (`unknown`): the receiver checks it.
 */
export interface TabChannel {
  post(message: unknown): void;
  subscribe(listener: (message: unknown) => void): () => void;
}

/**
 * A BroadcastChannel under `name` once it is known (the signed-in user's: other users' tabs hear
 * nothing); where the browser has none, or no name can be given, nothing is posted and nothing arrives.
 */
export function createTabChannel(name: Promise<string | undefined>): TabChannel {
  const listeners = new Set<(message: unknown) => void>();
  let channel: BroadcastChannel | undefined;
  void name
    .then((known) => {
      if (!known || typeof BroadcastChannel === 'undefined') return;
      channel = new BroadcastChannel(known);
      channel.onmessage = (event: MessageEvent<unknown>) => listeners.forEach((listener) => listener(event.data));
    })
    .catch(() => undefined);
  return {
    post(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // A message the channel cannot clone is not news worth failing for.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
