import { fieldLimitError } from '../../domain/fieldLimits';
import { laterMailRecord, type MeetingDifference, mergeMeetings } from '../../domain/minutes';
import type { Meeting } from '../../domain/planning';
import { sameData } from '../../domain/sameData';
import type { ItemRef, ListedMeeting } from '../../domain/lists';
import type { FilingSettings } from '../../domain/settings';
import { fieldLimitProblems } from '../../graph/gateway';
import type { PlanningGateway } from '../../graph/planningGateway';
import type { PlanDraft } from './planDraft';
import type { ConflictChoice } from './sessionModel';

/** What saving the open meeting needs of the gateway. */
export type MeetingStore = Pick<PlanningGateway, 'saveMeeting' | 'getMeeting' | 'findMeeting'>;

/**
 * One save of the draft to the list: updated with If-Match when it has an item, created otherwise.
 * A text longer than its column takes is never sent: the save fails with `too-long`, naming the field
 * (the draft stays on this device). A create whose answer was lost is looked for first, so that it is
 * never made twice (`recovered`: the item was there already). `beforeCreate` marks the draft before a
 * create is sent.
 */
export async function saveDraft(options: {
  planning: MeetingStore;
  draft: PlanDraft;
  filing?: () => FilingSettings | undefined;
  beforeCreate: () => void;
}): Promise<{ ref: ItemRef; recovered: boolean }> {
  const { planning, draft, filing, beforeCreate } = options;
  const filingNow = filing?.();
  const tooLong = fieldLimitProblems(draft.meeting, filingNow);
  if (tooLong.length > 0) throw fieldLimitError(tooLong);
  let ref = draft.ref;
  let recovered = false;
  if (!ref && draft.createUncertain) {
    const found = await planning.findMeeting(draft.meeting.id);
    if (found) ref = { itemId: found.itemId, etag: found.etag };
    recovered = found !== undefined;
  }
  if (!ref) beforeCreate();
  const saved = await planning.saveMeeting(draft.meeting, ref, filingNow);
  return { ref: { itemId: saved.itemId, etag: saved.etag }, recovered: recovered || saved.recovered === true };
}

/** The colleague's version after a 412, as read for the conflict view. */
export type ColleagueVersion =
  /** SharePoint holds this very meeting (our save whose answer was lost): nothing to decide. */
  { same: true; ref: ItemRef } | { same: false; differences: MeetingDifference[] | 'unreadable' };

/**
 * After a 412: whether the colleague's version in the list is `mine` (the meeting as it stands here
 * now) in every field, else what differs; 'unreadable' when that version cannot be read (the choice
 * is still offered, and the colleague's version is read again when the user decides). The comparison's
 * code loads with the first conflict, in the conflict view's chunk: a 412 came over the network.
 */
export async function readColleagueVersion(
  planning: MeetingStore,
  draft: PlanDraft,
  mine: () => Meeting,
): Promise<ColleagueVersion> {
  try {
    const theirs = draft.ref ? await planning.getMeeting(draft.ref.itemId) : undefined;
    if (!theirs?.meeting) return { same: false, differences: 'unreadable' };
    if (sameData(mine(), theirs.meeting)) return { same: true, ref: { itemId: theirs.itemId, etag: theirs.etag } };
    const { meetingDifferences } = await import(/* webpackChunkName: "conflict" */ '../../domain/minutes/differences');
    return { same: false, differences: meetingDifferences(mine(), theirs.meeting) };
  } catch {
    return { same: false, differences: 'unreadable' };
  }
}

/**
 * The draft after the user's choice in a conflict, against the colleague's version as read now:
 * theirs (saved, nothing left to do), both merged, or ours; the last two still to be saved, with the
 * colleague's etag so that the save overwrites knowingly.
 */
export function resolvedDraft(
  choice: ConflictChoice,
  current: PlanDraft & { ref: ItemRef },
  theirs: ListedMeeting | undefined,
): PlanDraft {
  const ref = { itemId: current.ref.itemId, etag: theirs?.etag ?? current.ref.etag };
  if (choice === 'theirs' && theirs?.meeting) return { meeting: theirs.meeting, ref, dirty: false };
  // Keeping one's own version still keeps a colleague's record that the minutes were mailed.
  const minutesMail = laterMailRecord(current.meeting.minutesMail, theirs?.meeting?.minutesMail);
  const meeting =
    choice === 'merge' && theirs?.meeting
      ? mergeMeetings(current.meeting, theirs.meeting)
      : { ...current.meeting, ...(minutesMail ? { minutesMail } : {}) };
  return { ...current, meeting, ref, dirty: true };
}
