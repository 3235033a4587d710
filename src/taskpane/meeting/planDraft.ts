import { mergeMeetings } from '../../domain/minutes';
import type { Meeting } from '../../domain/planning';
import type { ItemRef, ListedMeeting } from '../../domain/lists';
import type { FilingSettings } from '../../domain/settings';
import { listedOpenMeeting } from '../../graph/meetingMapping';
import type { DeviceStore } from '../../office/browserStore';
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
  /** When it was last changed here (ISO): the newest unsaved work is opened first. */
  changedAt?: string;
}

/** The store as the plan's drafts use it: every tab's drafts are found where the store can list its keys. */
export type PlanDraftStore = KeyValueStore & Partial<Pick<DeviceStore, 'keys'>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PLAN_DRAFT_KEY = 'treffpunkt.planen.entwurf';

/**
 * One draft per tab of the pane (the tab's id after the key; none in tests: the key alone), so that two
 * tabs never write over each other's unsaved work; a draft only while SharePoint has not got it.
 */
export const planDraftKind: DraftKind<PlanDraft> = {
  key: PLAN_DRAFT_KEY,
  parse: (value) =>
    isRecord(value) && isRecord(value.meeting) && typeof value.meeting.id === 'string'
      ? (value as unknown as PlanDraft)
      : undefined,
  // Saved to SharePoint: nothing left to keep here.
  isEmpty: (draft) => !draft.dirty,
};

/** Where this tab keeps its draft. */
export const planDraftKey = (tab?: string) => (tab ? `${PLAN_DRAFT_KEY}.${tab}` : PLAN_DRAFT_KEY);

/** The plan draft kind under one key (a tab's), read and written through the one draft store. */
const underKey = (key: string): DraftKind<PlanDraft> => ({ ...planDraftKind, key });

export function readPlanDraft(store: KeyValueStore, tab?: string): PlanDraft | undefined {
  return readDraft(store, underKey(planDraftKey(tab)));
}

/**
 * Keeps this tab's draft on this device while SharePoint has not got it, and removes it once it has (the
 * pane keeps working on it in memory). A store that refuses it leaves the pane working on it in memory.
 */
export function writePlanDraft(store: KeyValueStore, draft: PlanDraft, tab?: string): Promise<void> {
  return writeDraft(store, underKey(planDraftKey(tab)), draft);
}

/** A plan draft found on this device, with the key it lies under (this tab's or another's). */
export interface KeptPlanDraft {
  key: string;
  draft: PlanDraft;
}

/** Every plan draft on this device: every tab's, open or long closed (only this tab's where keys cannot be listed). */
export function keptPlanDrafts(store: PlanDraftStore, tab?: string): KeptPlanDraft[] {
  const keys = store.keys?.() ?? [planDraftKey(tab)];
  return keys
    .filter((key) => key === PLAN_DRAFT_KEY || key.startsWith(`${PLAN_DRAFT_KEY}.`))
    .flatMap((key) => {
      const draft = readDraft(store, underKey(key));
      return draft ? [{ key, draft }] : [];
    });
}

const newestFirst = (a: PlanDraft, b: PlanDraft) => (b.changedAt ?? '').localeCompare(a.changedAt ?? '');

/**
 * The unsaved work on this device, one draft per meeting, newest first. Where several tabs left work on
 * the same meeting, it is merged (lines, notes and ticks of all; the newest for the plan), so that
 * nothing either typed is lost; `keys` are where it lay.
 */
export function unsavedWork(kept: readonly KeptPlanDraft[]): { draft: PlanDraft; keys: string[] }[] {
  const byMeeting = new Map<string, KeptPlanDraft[]>();
  for (const entry of kept.filter((k) => k.draft.dirty)) {
    byMeeting.set(entry.draft.meeting.id, [...(byMeeting.get(entry.draft.meeting.id) ?? []), entry]);
  }
  const merged = [...byMeeting.values()].map((entries) => {
    const [newest, ...older] = entries.map((e) => e.draft).sort(newestFirst);
    const meeting = older.reduce<Meeting>((mine, other) => mergeMeetings(mine, other.meeting), newest!.meeting);
    const ref = newest!.ref ?? older.find((d) => d.ref)?.ref;
    return { draft: { ...newest!, meeting, ...(ref ? { ref } : {}) }, keys: entries.map((e) => e.key) };
  });
  return merged.sort((a, b) => newestFirst(a.draft, b.draft));
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
  const open = listedOpenMeeting(
    draft.meeting,
    { itemId: ref.itemId, etag: ref.etag, webUrl: known?.webUrl ?? '' },
    filing,
  );
  if (!open) return [...meetings];
  return known ? meetings.map((m) => (m === known ? open : m)) : [...meetings, open];
}
