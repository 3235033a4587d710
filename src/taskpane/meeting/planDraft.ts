import type { Meeting } from '../../domain/planning';
import type { ItemRef, ListedMeeting } from '../../domain/lists';
import type { FilingSettings } from '../../domain/settings';
import { listedMeetingOf, meetingToFields } from '../../graph/meetingMapping';
import type { KeyValueStore } from '../../office/roamingStore';
import { type DraftKind, readDraft, writeDraft } from '../hooks/draftStore';

/** The open meeting as last typed on this device, kept before anything goes to SharePoint. */
export interface PlanDraft {
  meeting: Meeting;
  ref?: ItemRef;
  /** True while SharePoint has not got this version. */
  dirty: boolean;
  /** A create whose answer never came: look for the item before creating again. */
  createUncertain?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One draft for the device (not per meeting): the meeting the pane works on. */
export const planDraftKind: DraftKind<PlanDraft> = {
  key: 'treffpunkt.planen.entwurf',
  parse: (value) =>
    isRecord(value) && isRecord(value.meeting) && typeof value.meeting.id === 'string'
      ? (value as unknown as PlanDraft)
      : undefined,
};

export function readPlanDraft(store: KeyValueStore): PlanDraft | undefined {
  return readDraft(store, planDraftKind);
}

/** Keeps the draft on this device; a store that refuses it leaves the pane working on it in memory. */
export function writePlanDraft(store: KeyValueStore, draft: PlanDraft): Promise<void> {
  return writeDraft(store, planDraftKind, draft);
}

/**
 * The list's meetings as read on opening, with the open meeting as it now stands in SharePoint (its
 * latest etag and fields, a new item added), so that other views and switching back never work on the
 * version from the opening.
 */
export function withOpenMeeting(
  meetings: readonly ListedMeeting[],
  draft: PlanDraft | undefined,
  filing: FilingSettings | undefined,
): ListedMeeting[] {
  const ref = draft?.ref;
  if (!ref) return [...meetings];
  const known = meetings.find((m) => m.itemId === ref.itemId);
  const fields = meetingToFields(draft.meeting, filing);
  const open = listedMeetingOf({ id: ref.itemId, etag: ref.etag, webUrl: known?.webUrl ?? '', fields });
  if (!open) return [...meetings];
  return known ? meetings.map((m) => (m === known ? open : m)) : [...meetings, open];
}
