import { AppError, toAppError } from '../../domain/appError';
import { itemRefOf, type ListedMeeting } from '../../domain/lists';
import { hasPersonalData, retentionCutoff, withoutPersonalData } from '../../domain/personalData';
import type { PlainDate } from '../../domain/planning';
import type { FilingSettings } from '../../domain/settings';
import type { Gateway } from '../../graph/gateway';

/** The meetings older than the team's storage period, as the list was read when the pane opened. */
export interface PurgeScope {
  months: number;
  /** Meetings before this date are older than the storage period. */
  cutoff: PlainDate;
  /** Filed by the add-in and still holding names or addresses; oldest first. */
  candidates: ListedMeeting[];
  /** Entered by hand in SharePoint: no record the pane could clean (only SharePoint itself). */
  handMade: number;
}

/** What became of one meeting. */
export type PurgeOutcome =
  /** Names and addresses removed, saved with If-Match. */
  | { kind: 'purged' }
  /** Read again, it held no personal data any more (cleaned meanwhile). */
  | { kind: 'clean' }
  /** It is the meeting open in the pane: left alone, so the pane's own save does not bring the names back. */
  | { kind: 'open' }
  /** Its record is gone from the item (only its columns are left): only SharePoint itself can clean it. */
  | { kind: 'handMade' }
  /** A colleague changed it between reading and saving (If-Match): not saved. */
  | { kind: 'conflict' }
  /** Reading or saving failed. */
  | { kind: 'failed'; error: AppError };

export interface PurgeResult {
  itemId: string;
  date: PlainDate;
  outcome: PurgeOutcome;
}

/** Which meetings are older than `months`; `done` are item ids already cleaned in this pane. */
export function purgeScope(
  meetings: readonly ListedMeeting[],
  months: number,
  today: PlainDate,
  done: ReadonlySet<string> = new Set(),
): PurgeScope {
  const cutoff = retentionCutoff(today, months);
  const old = meetings.filter((listed) => listed.date < cutoff && !done.has(listed.itemId));
  const candidates = old
    .filter((listed) => listed.meeting !== undefined && hasPersonalData(listed.meeting))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { months, cutoff, candidates, handMade: old.filter((listed) => !listed.meeting).length };
}

export interface PurgeContext {
  planning: Pick<Gateway['planning'], 'getMeeting' | 'saveMeeting'>;
  /** The team's filing choices, as every save of a meeting uses them. */
  filing: FilingSettings;
  /** The id of the meeting open in the pane (left alone). */
  openMeetingId: string | undefined;
}

/**
 * Removes the personal data of one meeting: reads it again (its current version and etag), and saves it
 * without names and addresses with If-Match, so a colleague's change in between is never overwritten.
 */
export async function purgeMeeting(listed: ListedMeeting, context: PurgeContext): Promise<PurgeOutcome> {
  if (listed.meeting && listed.meeting.id === context.openMeetingId) return { kind: 'open' };
  try {
    const current = await context.planning.getMeeting(listed.itemId);
    if (!current) throw new AppError('not-found', `Item ${listed.itemId} is no meeting any more.`);
    if (!current.meeting) return { kind: 'handMade' };
    if (!hasPersonalData(current.meeting)) return { kind: 'clean' };
    await context.planning.saveMeeting(withoutPersonalData(current.meeting), itemRefOf(current), context.filing);
    return { kind: 'purged' };
  } catch (error) {
    const appError = toAppError(error);
    return appError.code === 'conflict' ? { kind: 'conflict' } : { kind: 'failed', error: appError };
  }
}
