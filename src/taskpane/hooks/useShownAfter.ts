import { useEffect, useState } from 'react';
import { nextTask } from '../nextTask';

/**
 * False until `ready` holds and what was rendered then has been painted (an effect runs after the
 * paint), true from the task after that on, for good: what it guards renders in a task of its own, so
 * that a long render becomes two tasks and the part above it is on screen first.
 */
export function useShownAfter(ready: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown || !ready) return undefined;
    let live = true;
    void nextTask().then(() => live && setShown(true));
    return () => {
      live = false;
    };
  }, [ready, shown]);
  return shown;
}
