import type { Meeting } from '../../domain/planning';
import { type FilingSettings, type ListedMeeting, listedMeetingOf, meetingToFields } from '../../graph/meetingMapping';
import type { ItemRef } from '../../graph/planningGateway';
import type { KeyValueStore } from '../../office/roamingStore';

/** The plan as last typed on this device, kept before anything goes to SharePoint. */
export interface PlanDraft {
  meeting: Meeting;
  ref?: ItemRef;
  /** True while SharePoint has not got this version. */
  dirty: boolean;
  /** A create whose answer never came: look for the item before creating again. */
  createUncertain?: boolean;
}

const KEY = 'treffpunkt.planen.entwurf';

export function readDraft(store: KeyValueStore): PlanDraft | undefined {
  const draft = store.read<PlanDraft>(KEY);
  return draft && typeof draft.meeting?.id === 'string' ? draft : undefined;
}

export function writeDraft(store: KeyValueStore, draft: PlanDraft): void {
  void store.write(KEY, draft);
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
