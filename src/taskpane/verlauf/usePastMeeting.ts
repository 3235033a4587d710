import { useCallback } from 'react';
import type { PastMeeting } from '../../domain/history';
import { type Loaded, useLoaded } from '../hooks/useLoaded';
import { useServices } from '../services';

/** One past meeting with everything filed, read when it is opened (and again on request). */
export function usePastMeeting(itemId: string): Pick<Loaded<PastMeeting>, 'state' | 'retry'> {
  const { gateway } = useServices();
  const read = useCallback(() => gateway.history.readMeeting(itemId), [gateway, itemId]);
  const { state, retry } = useLoaded(read);
  return { state, retry };
}
