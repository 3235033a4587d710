import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError, toAppError } from '../../domain/appError';
import type { Meeting } from '../../domain/planning';
import { laterMailRecord, type MeetingDifference, meetingDifferences, mergeMeetings } from '../../domain/minutes';
import type { FilingSettings } from '../../graph/meetingMapping';
import type { PlanningGateway } from '../../graph/planningGateway';
import type { KeyValueStore } from '../../office/roamingStore';
import { type PlanDraft, writePlanDraft } from './planDraft';
import type { ConflictChoice, SyncState } from './planningModel';

const SAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 10_000;

interface SyncDeps {
  planning: PlanningGateway;
  drafts: KeyValueStore;
  now: () => Date;
  /** The team's choices for the readable columns (budget, names), read at each save. */
  filing?: () => FilingSettings | undefined;
  /**
   * Waits out a busy or unreachable Microsoft 365 with growing pauses and a visible status; says
   * whether it will (otherwise a failed save is tried again after a fixed pause).
   */
  background?: { wait: (error: AppError, run: () => void) => boolean; settle: () => void };
  /** While true (the lists are not on the site yet), the plan is kept on this device only. */
  held?: () => boolean;
}

/**
 * The plan's way to SharePoint. Every change is written to this device at once, then saved to the
 * list shortly after (debounced); a failed save is retried once by itself and offered again; a
 * colleague's change (412) stops saving until the user decides.
 */
export function usePlanSync(deps: SyncDeps) {
  const { planning, drafts, now, filing, background, held } = deps;
  const [draft, setDraftState] = useState<PlanDraft>();
  const [sync, setSync] = useState<SyncState>({ status: 'pending' });
  const latest = useRef<PlanDraft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef(false);
  /** The save under way, for `flush` to wait on. */
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  /** Why the last save failed (cleared when one succeeds), for `flush` to say. */
  const lastFailure = useRef<AppError | undefined>(undefined);
  const again = useRef(false);
  /** The current save function, for timers set inside it (a callback cannot name itself). */
  const saveRef = useRef<() => Promise<void>>(async () => undefined);

  const setDraft = useCallback(
    (next: PlanDraft) => {
      latest.current = next;
      setDraftState(next);
      void writePlanDraft(drafts, next);
    },
    [drafts],
  );

  /** Reads the colleague's version to show what differs; the conflict stays until the user decides. */
  const showDifferences = useCallback(
    async (snapshot: PlanDraft): Promise<void> => {
      const show = (differences: MeetingDifference[] | 'unreadable') =>
        setSync((s) => (s.status === 'conflict' ? { status: 'conflict', differences } : s));
      try {
        const theirs = snapshot.ref ? await planning.getMeeting(snapshot.ref.itemId) : undefined;
        show(
          theirs?.meeting
            ? meetingDifferences(latest.current?.meeting ?? snapshot.meeting, theirs.meeting)
            : 'unreadable',
        );
      } catch {
        // The choice is still offered; the colleague's version is read again when the user decides.
        show('unreadable');
      }
    },
    [planning],
  );

  /** A save that failed for a passing reason is tried again by itself. */
  const retryLater = useCallback(
    (error: AppError) => {
      // After a create whose outcome is unknown, the next save looks for the item first: safe to repeat.
      if (!error.retryable && error.code !== 'unknown-outcome') return;
      const run = () => {
        if (latest.current?.dirty) void saveRef.current();
      };
      if (!background?.wait(error, run)) timer.current = setTimeout(run, RETRY_DELAY_MS);
    },
    [background],
  );

  const saveOnce = useCallback(
    async (snapshot: PlanDraft): Promise<void> => {
      saving.current = true;
      setSync({ status: 'saving' });
      try {
        let ref = snapshot.ref;
        let recovered = false;
        if (!ref && snapshot.createUncertain) {
          const found = await planning.findMeeting(snapshot.meeting.id);
          if (found) ref = { itemId: found.itemId, etag: found.etag };
          recovered = found !== undefined;
        }
        if (!ref) setDraft({ ...snapshot, createUncertain: true });
        const saved = await planning.saveMeeting(snapshot.meeting, ref, filing?.());
        const current = latest.current ?? snapshot;
        const unchanged = current.meeting === snapshot.meeting;
        setDraft({ meeting: current.meeting, ref: { itemId: saved.itemId, etag: saved.etag }, dirty: !unchanged });
        // Said once, with this save: the item was there already (its answer lost), not made twice.
        const at = now().toISOString();
        setSync(recovered || saved.recovered ? { status: 'saved', at, recovered: true } : { status: 'saved', at });
        lastFailure.current = undefined;
        background?.settle();
        if (!unchanged) again.current = true;
      } catch (error) {
        const appError = toAppError(error);
        lastFailure.current = appError;
        if (appError.code === 'conflict') {
          setSync({ status: 'conflict', differences: 'reading' });
          void showDifferences(snapshot);
        } else {
          setSync({ status: 'error', error: appError });
          retryLater(appError);
        }
      } finally {
        saving.current = false;
        if (again.current) {
          again.current = false;
          timer.current = setTimeout(() => void saveRef.current(), 0);
        }
      }
    },
    [planning, setDraft, now, filing, showDifferences, retryLater, background],
  );

  const runSave = useCallback((): Promise<void> => {
    const snapshot = latest.current;
    if (!snapshot) return Promise.resolve();
    if (held?.()) {
      setSync({ status: 'device' });
      return Promise.resolve();
    }
    if (saving.current) {
      again.current = true;
      return inFlight.current ?? Promise.resolve();
    }
    const work = saveOnce(snapshot);
    inFlight.current = work;
    return work;
  }, [saveOnce, held]);

  useEffect(() => {
    saveRef.current = runSave;
  }, [runSave]);

  const scheduleSave = useCallback(
    (delay = SAVE_DELAY_MS) => {
      clearTimeout(timer.current);
      setSync((s) => (s.status === 'conflict' ? s : { status: 'pending' }));
      timer.current = setTimeout(() => void runSave(), delay);
    },
    [runSave],
  );

  const update = useCallback(
    (change: (meeting: Meeting) => Meeting, options: { now?: boolean } = {}) => {
      const current = latest.current;
      if (!current) return;
      setDraft({ ...current, meeting: change(current.meeting), dirty: true });
      if (sync.status !== 'conflict') scheduleSave(options.now ? 0 : SAVE_DELAY_MS);
    },
    [setDraft, scheduleSave, sync.status],
  );

  /**
   * Saves what is not in SharePoint yet, after the save under way; returns why it is still not there
   * (the failed save's error, a conflict included), or undefined when everything is saved.
   */
  const flush = useCallback(async (): Promise<AppError | undefined> => {
    clearTimeout(timer.current);
    await inFlight.current;
    clearTimeout(timer.current);
    if (latest.current?.dirty) await runSave();
    if (latest.current?.dirty !== true) return undefined;
    return lastFailure.current ?? new AppError('unexpected', 'The open meeting is not saved yet.');
  }, [runSave]);

  const resolveConflict = useCallback(
    async (choice: ConflictChoice) => {
      const current = latest.current;
      if (!current?.ref) return;
      try {
        const theirs = await planning.getMeeting(current.ref.itemId);
        const ref = { itemId: current.ref.itemId, etag: theirs?.etag ?? current.ref.etag };
        if (choice === 'theirs' && theirs?.meeting) {
          setDraft({ meeting: theirs.meeting, ref, dirty: false });
          setSync({ status: 'saved', at: now().toISOString() });
        } else {
          // Keeping one's own version still keeps a colleague's record that the minutes were mailed.
          const minutesMail = laterMailRecord(current.meeting.minutesMail, theirs?.meeting?.minutesMail);
          const meeting =
            choice === 'merge' && theirs?.meeting
              ? mergeMeetings(current.meeting, theirs.meeting)
              : { ...current.meeting, ...(minutesMail ? { minutesMail } : {}) };
          setDraft({ ...current, meeting, ref, dirty: true });
          scheduleSave(0);
        }
      } catch (error) {
        setSync({ status: 'error', error: toAppError(error) });
      }
    },
    [planning, setDraft, scheduleSave, now],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  return { draft, sync, setDraft, setSync, update, scheduleSave, resolveConflict, flush };
}
