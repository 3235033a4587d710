import { useCallback, useEffect, useRef, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import type { Reply, StoredEvent } from '../../domain/invitation';
import { useServices } from '../services';

/** The event as last read from the calendar: its replies, or that it is gone or cancelled. */
export type EventView =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; replies: Reply[]; readAt: string; cancelled: boolean }
  | { status: 'missing' }
  | { status: 'error'; error: AppError };

export interface Replies {
  event: EventView;
  /** Shows an event the gateway just returned (created or updated): it is not read again. */
  show: (stored: StoredEvent) => void;
  /** Reads the sent event again (a failure is shown as the event's state, never thrown). */
  readAgain: () => Promise<void>;
}

/**
 * The replies to the sent invitation (`sentEventId`; none for a held or released date): read once
 * when the view opens and on request.
 */
export function useReplies(sentEventId: string | undefined): Replies {
  const { gateway, clock } = useServices();
  const [read, setRead] = useState<{ id: string; view: EventView }>();
  /** The event whose answer is already shown (just created or updated): no need to read it again. */
  const shown = useRef<string | undefined>(undefined);

  const show = useCallback(
    (stored: StoredEvent) => {
      shown.current = stored.id;
      const readAt = clock.now().toISOString();
      setRead({
        id: stored.id,
        view: { status: 'ready', replies: stored.replies, readAt, cancelled: stored.isCancelled },
      });
    },
    [clock],
  );

  const readEvent = useCallback(
    (id: string): Promise<void> =>
      gateway.events.get(id).then(
        (stored) => show({ ...stored, id }),
        (error: unknown) => {
          const appError = toAppError(error);
          const view: EventView =
            appError.code === 'not-found' ? { status: 'missing' } : { status: 'error', error: appError };
          setRead({ id, view });
        },
      ),
    [gateway, show],
  );

  useEffect(() => {
    if (sentEventId && shown.current !== sentEventId) void readEvent(sentEventId);
  }, [sentEventId, readEvent]);

  const readAgain = useCallback(async () => {
    if (sentEventId) await readEvent(sentEventId);
  }, [sentEventId, readEvent]);

  const event: EventView = !sentEventId
    ? { status: 'none' }
    : read?.id === sentEventId
      ? read.view
      : { status: 'loading' };
  return { event, show, readAgain };
}
