import { useCallback, useEffect, useRef, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { addWalkIn, attendeeLabel, presentCount, setPresent, type WalkIn } from '../../domain/minutes';
import type { AttendanceEntry } from '../../domain/planning';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import { useLocalized } from '../i18n/localized';
import { protokollStrings } from './protokollStrings';
import { withReplies } from './minutesEditing';
import type { MinutesModel } from './useMinutes';

/** Reading the invitation's replies once when the view opens (and again on request). */
export type RepliesState =
  | { status: 'none' }
  | { status: 'reading' }
  | { status: 'read'; at: string }
  | { status: 'missing' }
  | { status: 'error'; error: AppError };

export interface AttendanceModel {
  entries: AttendanceEntry[];
  present: number;
  replies: RepliesState;
  /** What was just added or removed, for the live region. */
  announcement: string;
  readReplies: () => void;
  tick: (id: string, present: boolean) => void;
  addWalkIn: (walkIn: Omit<WalkIn, 'id'>) => void;
  remove: (entry: AttendanceEntry) => void;
}

/**
 * The attendance list: pre-filled from the event's replies (the distribution list and rooms left out),
 * ticked at the meeting, completed with walk-ins. The replies are stored with the meeting, so the list
 * can be rebuilt on any device.
 */
export function useAttendance(model: PlanningModel, minutes: MinutesModel): AttendanceModel {
  const strings = useLocalized(protokollStrings).attendance;
  const { gateway, clock } = useServices();
  const { meeting, update, settings, newId } = model;
  const eventId = meeting.invitation?.eventId;
  const canRead = Boolean(eventId) && !minutes.final;
  const [replies, setReplies] = useState<RepliesState>({ status: canRead ? 'reading' : 'none' });
  const [announcement, setAnnouncement] = useState('');
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

  // Once when the view opens for this meeting (render the view with key={meeting.id}); the button reads again.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    fetchReplies();
  }, [fetchReplies]);

  const entries = minutes.minutes.attendance;
  const { write } = minutes;
  return {
    entries,
    present: presentCount(entries),
    replies,
    announcement,
    readReplies: () => {
      if (!canRead) return;
      setReplies({ status: 'reading' });
      fetchReplies();
    },
    tick: (id, present) => write((m) => ({ ...m, attendance: setPresent(m.attendance, id, present) })),
    addWalkIn: (walkIn) => {
      write((m) => ({ ...m, attendance: addWalkIn(m.attendance, { ...walkIn, id: newId() }) }));
      setAnnouncement(strings.added(attendeeLabel({ name: walkIn.name.trim(), initiative: walkIn.initiative.trim() })));
    },
    remove: (entry) => {
      write((m) => ({ ...m, attendance: m.attendance.filter((e) => e.id !== entry.id) }));
      setAnnouncement(strings.removed(attendeeLabel(entry)));
    },
  };
}
