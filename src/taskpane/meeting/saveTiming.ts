import type { Meeting } from '../../domain/planning';

/** A change to the plan is saved to SharePoint after this pause in typing. */
export const SAVE_DELAY_MS = 800;
/**
 * A change to the minutes only after this pause (or when the user leaves the field, the view or the
 * pane): SharePoint keeps every saved version, and the minutes are not to be filed every few words.
 */
export const MINUTES_SAVE_DELAY_MS = 5_000;
/** A failed save that nothing else waits out is tried again after this pause. */
export const RETRY_DELAY_MS = 10_000;

/** Whether a change touched the minutes and nothing else of the meeting. */
export function changesMinutesOnly(before: Meeting, after: Meeting): boolean {
  if (before.minutes === after.minutes) return false;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Meeting)[]);
  return [...keys].every((key) => key === 'minutes' || before[key] === after[key]);
}

/** How long a change waits before it goes to SharePoint: at once on request, the minutes longest. */
export function saveDelayFor(before: Meeting, after: Meeting, now?: boolean): number {
  if (now) return 0;
  return changesMinutesOnly(before, after) ? MINUTES_SAVE_DELAY_MS : SAVE_DELAY_MS;
}
