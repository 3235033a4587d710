import type { ItemRef } from '../../domain/lists';
import { sameData } from '../../domain/sameData';
import type { Meeting } from '../../domain/planning';
import type { PlanDraft } from './planDraft';

/** What a tab tells the others after a save: this meeting is now in SharePoint at this version. */
export interface SavedNews {
  type: 'treffpunkt.saved';
  meeting: Meeting;
  ref: ItemRef;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const savedNews = (meeting: Meeting, ref: ItemRef): SavedNews => ({ type: 'treffpunkt.saved', meeting, ref });

/** The news, checked (it comes from another page). */
export function readSavedNews(message: unknown): SavedNews | undefined {
  if (!isRecord(message) || message.type !== 'treffpunkt.saved') return undefined;
  const { meeting, ref } = message;
  if (!isRecord(meeting) || typeof meeting.id !== 'string' || !isRecord(ref)) return undefined;
  if (typeof ref.itemId !== 'string' || typeof ref.etag !== 'string') return undefined;
  return message as unknown as SavedNews;
}

/**
 * This tab's draft after another tab saved the same meeting: taken over where nothing here waits to
 * be saved (or what waits is just what the other tab saved), so that the next save here does not
 * meet the other tab's version as a stranger's. Unsaved work here stays as it is (a save then meets
 * the other version as a conflict, and the user merges): undefined.
 */
export function afterOtherTabSaved(current: PlanDraft | undefined, news: SavedNews): PlanDraft | undefined {
  if (!current || current.meeting.id !== news.meeting.id || current.ref?.etag === news.ref.etag) return undefined;
  if (!current.dirty) return { meeting: news.meeting, ref: news.ref, dirty: false };
  if (sameData(current.meeting, news.meeting)) return { ...current, ref: news.ref, dirty: false };
  return undefined;
}
