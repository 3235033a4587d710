import { type Dispatch, type RefObject, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import type { ListedMeeting, PlanningData } from '../../domain/lists';
import { removeAllFor } from '../hooks/draftStore';
import { useBackgroundRetry } from '../hooks/useBackgroundRetry';
import { useErrors } from '../hooks/useErrors';
import { nextTask } from '../nextTask';
import { useServices } from '../services';
import { choosePlan } from './choosePlan';
import { type Loaded, loadedFrom, offlineLoaded } from './openedPlan';
import { keptPlanDrafts, type PlanDraft, planDraftKey, unsavedWork } from './planDraft';
import type { Detour, ListSetup } from './sessionModel';
import { useListSetup } from './useListSetup';
import type { PlanSyncModel } from './usePlanSync';

const OPEN_KEY = 'opening';

export interface Opening {
  /** What the opening read (or, while it could not, what the pane works with meanwhile). */
  loaded: Loaded | undefined;
  setLoaded: Dispatch<SetStateAction<Loaded | undefined>>;
  /** Why the pane has nothing to show (no work on this device either). */
  failure: AppError | undefined;
  retry: () => void;
  lists: ListSetup | undefined;
  /** The meeting was opened for its unsaved work on this device, instead of another. */
  detour: Detour | undefined;
}

type SyncParts = Pick<PlanSyncModel, 'setDraft' | 'setSync' | 'scheduleSave' | 'getState'>;

/**
 * This device's drafts as the opening uses them: the unsaved work of every tab, and taking it over
 * (this tab keeps the opened draft under its own key, the keys it lay under are cleared; so are drafts
 * SharePoint already has, and the forms of meetings whose minutes are final).
 */
function useDeviceDrafts() {
  const { drafts, tab } = useServices();
  const own = planDraftKey(tab?.id);
  return {
    unsaved: () => unsavedWork(keptPlanDrafts(drafts, tab?.id)),
    /** Call after the opened draft is this tab's: what lay elsewhere (or is saved already) is removed. */
    adopt: (adopted: readonly string[], data?: PlanningData) => {
      const saved = keptPlanDrafts(drafts, tab?.id)
        .filter((k) => !k.draft.dirty)
        .map((k) => k.key);
      for (const key of new Set([...adopted, ...saved]))
        if (key !== own) drafts.write(key, null).catch(() => undefined);
      for (const m of data?.meetings ?? [])
        if (m.meeting && m.status === 'protokolliert') removeAllFor(drafts, m.meeting.id).catch(() => undefined);
    },
  };
}

/** Opened on an appointment whose id is not the organiser's: its meeting by iCalUId, if it is one. */
function useMatchByICalUId(setDraft: (draft: PlanDraft) => void, setDetour: (detour: Detour) => void) {
  const { gateway } = useServices();
  return async (eventId: string, meetings: ListedMeeting[], opened: PlanDraft) => {
    try {
      const event = await gateway.events.get(eventId);
      const match = meetings.find((m) => event.iCalUId && m.meeting?.invitation?.iCalUId === event.iCalUId);
      if (!match?.meeting || match.meeting.id === opened.meeting.id) return;
      // Unsaved work on this device stays open (it is saved now); the way to the appointment's meeting is offered.
      if (opened.dirty) return setDetour({ from: opened.meeting.id, instead: match });
      setDraft({ meeting: match.meeting, ref: { itemId: match.itemId, etag: match.etag }, dirty: false });
    } catch {
      // Not a Treffpunkt meeting, or not readable: the pane stays on the next meeting.
    }
  };
}

/**
 * Opening the pane: one `planning.open()` round trip per attempt (and the device store's owner known;
 * the first attempt takes the read the composition root started, with /me in the same round trip);
 * the meeting to work on is chosen from its answer, what this tab already works on, and the unsaved
 * work on this device. Busy or offline, it is tried again by itself, and work on this device is shown
 * meanwhile.
 */
export function useOpening(sync: SyncParts, listsMissingRef: RefObject<boolean>): Opening {
  const services = useServices();
  const { gateway, drafts, clock, newId } = services;
  const { report } = useErrors();
  const { schedule, settle } = useBackgroundRetry();
  const { setDraft, setSync, scheduleSave, getState } = sync;
  const device = useDeviceDrafts();
  const [detour, setDetour] = useState<Detour>();
  const matchByICalUId = useMatchByICalUId(setDraft, setDetour);
  const [loaded, setLoaded] = useState<Loaded>();
  const [failure, setFailure] = useState<AppError>();
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setFailure(undefined);
    setAttempt((n) => n + 1);
  }, []);
  /** The opening succeeded once: a later failed attempt leaves what it read alone. */
  const opened = useRef(false);
  /** How many openings were shown: a default views' check answers only for the one that started it. */
  const shown = useRef(0);

  const showOpened = (data: PlanningData) => {
    // Read now, not when the attempt began: typing while Microsoft 365 was busy is kept.
    const appointmentEventId = services.openedFrom?.eventId;
    const current = getState().draft;
    const today = clock.today();
    const unsaved = device.unsaved();
    const plan = choosePlan({ data, unsaved, ...(current ? { current } : {}), today, newId, appointmentEventId });
    if (appointmentEventId && plan.draft.meeting.invitation?.eventId !== appointmentEventId) {
      // Another mailbox's copy (an attendee, a colleague): the same meeting has the same iCalUId.
      void matchByICalUId(appointmentEventId, data.meetings, plan.draft);
    }
    opened.current = true;
    listsMissingRef.current = data.missingLists.includes('meetings');
    setLoaded(loadedFrom(data, plan));
    const opening = ++shown.current;
    // The default views' check runs on while the meeting shows; what it finds joins the lists' problems.
    void data.viewUpkeep?.then((more) => {
      if (more.length === 0 || opening !== shown.current) return;
      setLoaded((now) => now && { ...now, listProblems: [...now.listProblems, ...more] });
    });
    setDraft(plan.draft);
    device.adopt(plan.adopted, data);
    if (plan.instead) setDetour({ from: plan.draft.meeting.id, instead: plan.instead });
    if (plan.draft.dirty) scheduleSave(0);
    else setSync(listsMissingRef.current ? { status: 'device' } : { status: 'saved', at: clock.now().toISOString() });
  };
  const showOpenedRef = useRef(showOpened);
  useEffect(() => {
    showOpenedRef.current = showOpened;
  });
  const lists = useListSetup({
    planning: gateway.planning,
    loaded,
    showOpened: useCallback((data: PlanningData) => showOpenedRef.current(data), []),
  });

  /** Busy or offline: tried again by itself; with work on this device, the pane works on it meanwhile. */
  const showFailure = (appError: AppError) => {
    const waiting = schedule(OPEN_KEY, appError, retry);
    if (!waiting) report(appError, retry);
    if (opened.current || loaded) return;
    const work = device.unsaved()[0];
    if (!work) return waiting ? undefined : setFailure(appError);
    setLoaded(offlineLoaded(work.draft, services.config.distributionList));
    setDraft(work.draft);
    device.adopt(work.keys);
    setSync({ status: 'error', error: appError });
  };

  useEffect(() => {
    let current = true;
    // Nothing is read from this device before it is known whose drafts it holds.
    const owned = drafts.ready ?? Promise.resolve();
    (services.firstReads?.planning() ?? gateway.planning.open()).then(
      (data) =>
        // Shown in a task of its own: the lists' mapping and the meeting's render are two tasks, not one long one.
        Promise.all([owned, nextTask()]).then(() => {
          if (!current) return;
          settle(OPEN_KEY);
          showOpened(data);
        }),
      (error: unknown) => owned.then(() => current && showFailure(toAppError(error))),
    );
    return () => {
      current = false;
    };
    // Opening runs once per attempt; the callbacks it uses are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  useEffect(() => () => settle(OPEN_KEY), [settle]);

  return { loaded, setLoaded, failure, retry, lists, detour };
}
