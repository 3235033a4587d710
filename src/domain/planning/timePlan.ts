import { addMinutesToTime } from './berlinTime';
import { SLOT_MINUTES } from './meeting';
import type { AgendaItem } from './meetingTypes';

export interface TimedItem {
  item: AgendaItem;
  start: string;
  end: string;
}

export interface TimePlan {
  rows: TimedItem[];
  end: string;
  plannedMinutes: number;
  slotMinutes: number;
  /** planned − slot: positive when the plan is too long. */
  differenceMinutes: number;
  state: 'passt' | 'zu lang' | 'zu kurz';
}

/** Clock times per item from the start time, and the plan against the three-hour slot. */
export function timePlan(startTime: string, agenda: AgendaItem[], slotMinutes = SLOT_MINUTES): TimePlan {
  let clock = startTime;
  const rows = agenda.map((item) => {
    const row = { item, start: clock, end: addMinutesToTime(clock, item.minutes) };
    clock = row.end;
    return row;
  });
  const plannedMinutes = agenda.reduce((sum, i) => sum + i.minutes, 0);
  const differenceMinutes = plannedMinutes - slotMinutes;
  const state = differenceMinutes === 0 ? 'passt' : differenceMinutes > 0 ? 'zu lang' : 'zu kurz';
  return { rows, end: clock, plannedMinutes, slotMinutes, differenceMinutes, state };
}
