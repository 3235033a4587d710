import { useCallback, useEffect, useRef, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import { withReplies } from './minutesEditing';

/** Reading the invitation's replies once when the view opens (and again on request). */
export type RepliesState =
  | { status: 'none' }
  | { status: 'reading' }
  | { status: 'read'; at: string }
  | { status: 'missing' }
  | { status: 'error'; error: AppError };

export interface EventReplies {
  replies: RepliesState;
  readReplies: () => void;
}

/**
 * The replies to the meeting's event, read once when the view opens for this meeting (render it with
 * `key={meeting.id}`) and again on request, and stored with the meeting, which pre-fills the attendance
 * list (the distribution list and rooms left out). Final minutes read nothing.
 */
export function useEventReplies(model: PlanningModel, final: boolean): EventReplies {
  const { gateway, clock } = useServices();
  const { meeting, update, settings } = model;
  const eventId = meeting.invitation?.eventId;
  const canRead = Boolean(eventId) && !final;
  const [replies, setReplies] = useState<RepliesState>({ status: canRead ? 'reading' : 'none' });
  const latest = useRef(meeting);
  useEffect(() => {
    latest.current = meeting;
  });
  const skip = [settings.distributionList, meeting.venue?.roomMailbox ?? ''].filter(Boolean).join(' ');

  const fetchReplies = useCallback(() => {
    if (!eventId || !canRead) return;
    gateway.events.get(eventId).then(
      (event) => {
        const at = clock.now().toISOString();
        const read = { replies: event.replies, at, skip: skip.split(' ') };
        if (withReplies(latest.current, read) !== latest.current) update((m) => withReplies(m, read));
        setReplies({ status: 'read', at });
      },
      (error: unknown) => {
        const appError = toAppError(error);
        setReplies(appError.code === 'not-found' ? { status: 'missing' } : { status: 'error', error: appError });
      },
    );
  }, [eventId, canRead, gateway, clock, skip, update]);

  // Once when the view opens for this meeting; the button reads again.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    fetchReplies();
  }, [fetchReplies]);

  const readReplies = () => {
    if (!canRead) return;
    setReplies({ status: 'reading' });
    fetchReplies();
  };
  return { replies, readReplies };
}
