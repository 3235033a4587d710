import { AppError, toAppError } from '../../domain/appError';
import { isFinal } from '../../domain/minutes';
import type { Meeting } from '../../domain/planning';
import type { FilingSettings } from '../../domain/settings';
import type { KeyValueStore } from '../../office/roamingStore';
import type { TabChannel } from '../../office/tabChannel';
import { removeAllFor } from '../hooks/draftStore';
import { type PlanDraft, writePlanDraft } from './planDraft';
import { type MeetingStore, readColleagueVersion, resolvedDraft, saveDraft } from './planSave';
import { MINUTES_SAVE_DELAY_MS, RETRY_DELAY_MS, SAVE_DELAY_MS, saveDelayFor } from './saveTiming';
import type { ConflictChoice, SyncState } from './sessionModel';
import { afterOtherTabSaved, readSavedNews, savedNews } from './tabNews';

export { MINUTES_SAVE_DELAY_MS, RETRY_DELAY_MS, SAVE_DELAY_MS };

export interface PlanSyncDeps {
  planning: MeetingStore;
  /** This device's store: every change is kept there at once. */
  drafts: KeyValueStore;
  now: () => Date;
  /** The team's choices for the readable columns (budget, names), read at each save. */
  filing?: () => FilingSettings | undefined;
  /** Waits out a busy or unreachable Microsoft 365 (growing pauses, a status); says whether it will (else a fixed pause). */
  background?: { wait: (error: AppError, run: () => void) => boolean; settle: () => void };
  /** While true (the lists are not on the site yet), the plan is kept on this device only. */
  held?: () => boolean;
  /** This tab's id: its draft is kept apart from other tabs' (none: the one draft of the device). */
  tab?: string;
  /** News from and to the pane's other tabs (a save there of the meeting open here). */
  tabs?: TabChannel;
}

export interface PlanSyncState {
  draft: PlanDraft | undefined;
  sync: SyncState;
}

export interface PlanSync {
  /** The state now: a new object after every change, when `subscribe`'s listeners are called. */
  getState: () => PlanSyncState;
  subscribe: (listener: () => void) => () => void;
  /** Makes `draft` the open meeting (kept on this device at once); saving is not started. */
  setDraft: (draft: PlanDraft) => void;
  setSync: (sync: SyncState) => void;
  /** Changes the meeting; saved after a pause in typing (`now`: at once), not while a conflict waits. */
  update: (change: (meeting: Meeting) => Meeting, options?: { now?: boolean }) => void;
  scheduleSave: (delay?: number) => void;
  /** The user left a text field (a save waiting for the minutes' long pause starts now) or the pane (every one does). */
  left: (what: 'field' | 'pane') => void;
  /** Saves what is not in SharePoint yet (after the save under way); resolves with why it still is not. */
  flush: () => Promise<AppError | undefined>;
  /** After a conflict: reads the colleague's version and takes theirs, merges both, or keeps ours. */
  resolveConflict: (choice: ConflictChoice) => Promise<void>;
  /** Stops the pending save timer and stops listening to other tabs (the pane closes). */
  dispose: () => void;
}

/**
 * The open meeting's way to SharePoint, without React. Every change is written to this device at
 * once, then saved to the list shortly after (debounced); a failed save is retried by itself and
 * offered again; a colleague's change (412 on If-Match) stops saving until the user decides.
 */
export function createPlanSync(deps: PlanSyncDeps): PlanSync {
  const { planning, drafts, now, filing, background, held, tab, tabs } = deps;
  let state: PlanSyncState = { draft: undefined, sync: { status: 'pending' } };
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The pause the waiting save was given (undefined: none waits). */
  let waiting: number | undefined;
  let saving = false;
  /** The save under way, for `flush` to wait on. */
  let inFlight: Promise<void> | undefined;
  /** Why the last save failed (cleared when one succeeds), for `flush` to say. */
  let lastFailure: AppError | undefined;
  /** Another save is due once the one under way has ended. */
  let again = false;

  const stopTimer = () => {
    clearTimeout(timer);
    waiting = undefined;
  };
  const publish = (next: Partial<PlanSyncState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };
  const setSync = (sync: SyncState) => publish({ sync });
  const setDraft = (draft: PlanDraft) => {
    publish({ draft });
    // The one place the open meeting is written to this device (and removed once SharePoint has it);
    // a refusing store leaves it in memory.
    writePlanDraft(drafts, draft, tab).catch(() => undefined);
  };

  /**
   * What differs from the colleague's version; the conflict stays until the user decides. Where the
   * version in SharePoint is this very meeting in every field (our save whose answer was lost), it is
   * taken as this save's outcome: saved, nothing written again.
   */
  const showDifferences = async (snapshot: PlanDraft) => {
    const version = await readColleagueVersion(planning, snapshot, () => state.draft?.meeting ?? snapshot.meeting);
    if (state.sync.status !== 'conflict') return;
    if (!version.same) return setSync({ status: 'conflict', differences: version.differences });
    saved(state.draft ?? snapshot, { ref: version.ref, recovered: false });
  };

  /** A save that failed for a passing reason is tried again by itself. */
  const retryLater = (error: AppError) => {
    // After a create whose outcome is unknown, the next save looks for the item first: safe to repeat.
    if (!error.retryable && error.code !== 'unknown-outcome') return;
    const run = () => {
      if (state.draft?.dirty) void runSave();
    };
    if (!background?.wait(error, run)) timer = setTimeout(run, RETRY_DELAY_MS);
  };

  const saved = (snapshot: PlanDraft, result: Awaited<ReturnType<typeof saveDraft>>) => {
    const current = state.draft ?? snapshot;
    const unchanged = current.meeting === snapshot.meeting;
    const changedAt = unchanged ? undefined : current.changedAt;
    setDraft({ meeting: current.meeting, ref: result.ref, dirty: !unchanged, ...(changedAt ? { changedAt } : {}) });
    tabs?.post(savedNews(snapshot.meeting, result.ref));
    // Final minutes are filed: the forms typed towards them leave the device too.
    if (isFinal(snapshot.meeting)) removeAllFor(drafts, snapshot.meeting.id).catch(() => undefined);
    // Said once, with this save: the item was there already (its answer lost), not made twice.
    const at = now().toISOString();
    setSync(result.recovered ? { status: 'saved', at, recovered: true } : { status: 'saved', at });
    lastFailure = undefined;
    background?.settle();
    if (!unchanged) again = true;
  };

  const failed = (snapshot: PlanDraft, error: AppError) => {
    lastFailure = error;
    if (error.code === 'conflict') {
      setSync({ status: 'conflict', differences: 'reading' });
      void showDifferences(snapshot);
    } else {
      setSync({ status: 'error', error });
      retryLater(error);
    }
  };

  const saveOnce = async (snapshot: PlanDraft): Promise<void> => {
    saving = true;
    setSync({ status: 'saving' });
    try {
      const beforeCreate = () => setDraft({ ...snapshot, createUncertain: true });
      saved(snapshot, await saveDraft({ planning, draft: snapshot, filing, beforeCreate }));
    } catch (error) {
      failed(snapshot, toAppError(error));
    } finally {
      saving = false;
      if (again) {
        again = false;
        timer = setTimeout(() => void runSave(), 0);
      }
    }
  };

  function runSave(): Promise<void> {
    const snapshot = state.draft;
    if (!snapshot) return Promise.resolve();
    if (held?.()) {
      setSync({ status: 'device' });
      return Promise.resolve();
    }
    if (saving) {
      again = true;
      return inFlight ?? Promise.resolve();
    }
    inFlight = saveOnce(snapshot);
    return inFlight;
  }

  const scheduleSave = (delay = SAVE_DELAY_MS) => {
    stopTimer();
    if (state.sync.status !== 'conflict') setSync({ status: 'pending' });
    waiting = delay;
    timer = setTimeout(() => {
      waiting = undefined;
      void runSave();
    }, delay);
  };

  /** Another tab saved: the draft here follows where nothing here waits to be saved. */
  const otherTabSaved = (message: unknown) => {
    const news = readSavedNews(message);
    const next = news && !saving ? afterOtherTabSaved(state.draft, news) : undefined;
    if (!next) return;
    stopTimer();
    setDraft(next);
    setSync({ status: 'saved', at: now().toISOString() });
  };
  const unsubscribeTabs = tabs?.subscribe(otherTabSaved);

  const resolveConflict = async (choice: ConflictChoice) => {
    const current = state.draft;
    if (!current?.ref) return;
    try {
      const theirs = await planning.getMeeting(current.ref.itemId);
      const next = resolvedDraft(choice, { ...current, ref: current.ref }, theirs);
      setDraft(next);
      if (next.dirty) scheduleSave(0);
      else setSync({ status: 'saved', at: now().toISOString() });
    } catch (error) {
      setSync({ status: 'error', error: toAppError(error) });
    }
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setDraft,
    setSync,
    update: (change, options = {}) => {
      const current = state.draft;
      if (!current) return;
      const meeting = change(current.meeting);
      setDraft({ ...current, meeting, dirty: true, changedAt: now().toISOString() });
      if (state.sync.status === 'conflict') return;
      scheduleSave(saveDelayFor(current.meeting, meeting, options.now));
    },
    scheduleSave,
    left: (what) => {
      if (!waiting || !state.draft?.dirty) return;
      if (what === 'pane' || waiting === MINUTES_SAVE_DELAY_MS) scheduleSave(0);
    },
    flush: async () => {
      stopTimer();
      await inFlight;
      stopTimer();
      if (state.draft?.dirty) await runSave();
      if (state.draft?.dirty !== true) return undefined;
      return lastFailure ?? new AppError('unexpected', 'The open meeting is not saved yet.');
    },
    resolveConflict,
    dispose: () => {
      stopTimer();
      unsubscribeTabs?.();
    },
  };
}
