import { useState } from 'react';
import { addWalkIn, attendeeLabel, presentCount, setPresent, type WalkIn } from '../../domain/minutes';
import type { AttendanceEntry } from '../../domain/planning';
import { useLocalized } from '../i18n/localized';
import type { PlanningModel } from '../meeting/planningModel';
import { protokollStrings } from './protokollStrings';
import { type EventReplies, useEventReplies } from './useEventReplies';
import type { MinutesModel } from './useMinutes';

export interface AttendanceModel extends EventReplies {
  entries: AttendanceEntry[];
  present: number;
  /** What was just added or removed, for the live region. */
  announcement: string;
  tick: (id: string, present: boolean) => void;
  addWalkIn: (walkIn: Omit<WalkIn, 'id'>) => void;
  remove: (entry: AttendanceEntry) => void;
}

/**
 * The attendance list: pre-filled from the event's replies, ticked at the meeting, completed with
 * walk-ins. The replies are stored with the meeting, so the list can be rebuilt on any device.
 */
export function useAttendance(model: PlanningModel, minutes: MinutesModel): AttendanceModel {
  const strings = useLocalized(protokollStrings).attendance;
  const replies = useEventReplies(model, minutes.final);
  const [announcement, setAnnouncement] = useState('');
  const entries = minutes.minutes.attendance;
  const { write } = minutes;
  return {
    ...replies,
    entries,
    present: presentCount(entries),
    announcement,
    tick: (id, present) => write((m) => ({ ...m, attendance: setPresent(m.attendance, id, present) })),
    addWalkIn: (walkIn) => {
      write((m) => ({ ...m, attendance: addWalkIn(m.attendance, { ...walkIn, id: model.newId() }) }));
      setAnnouncement(strings.added(attendeeLabel({ name: walkIn.name.trim(), initiative: walkIn.initiative.trim() })));
    },
    remove: (entry) => {
      write((m) => ({ ...m, attendance: m.attendance.filter((e) => e.id !== entry.id) }));
      setAnnouncement(strings.removed(attendeeLabel(entry)));
    },
  };
}
