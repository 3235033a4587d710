import { type Dispatch, type RefObject, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import type { ListedMeeting, PlanningData } from '../../domain/lists';
import { useBackgroundRetry } from '../hooks/useBackgroundRetry';
import { useErrors } from '../hooks/useErrors';
import { useServices } from '../services';
import { choosePlan } from './choosePlan';
import { type Loaded, loadedFrom, offlineLoaded } from './openedPlan';
import { type PlanDraft, readPlanDraft } from './planDraft';
import type { ListSetup } from './sessionModel';
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
}

/** Opened on an appointment whose id is not the organiser's: its meeting by iCalUId, if it is one. */
function useMatchByICalUId(setDraft: (draft: PlanDraft) => void) {
  const { gateway } = useServices();
  return async (eventId: string, meetings: ListedMeeting[], opened: PlanDraft) => {
    try {
      const event = await gateway.events.get(eventId);
      const match = meetings.find((m) => event.iCalUId && m.meeting?.invitation?.iCalUId === event.iCalUId);
      if (!match?.meeting) return;
      if (opened.dirty && opened.meeting.id !== match.meeting.id) return;
      setDraft({ meeting: match.meeting, ref: { itemId: match.itemId, etag: match.etag }, dirty: false });
    } catch {
      // Not a Treffpunkt meeting, or not readable: the pane stays on the next meeting.
    }
  };
}

/**
 * Opening the pane: one `planning.open()` round trip per attempt; the meeting to work on is chosen
 * from its answer and what this device holds. Busy or offline, it is tried again by itself, and work
 * on this device is shown meanwhile.
 */
export function useOpening(
  sync: Pick<PlanSyncModel, 'setDraft' | 'setSync' | 'scheduleSave'>,
  listsMissingRef: RefObject<boolean>,
): Opening {
  const services = useServices();
  const { gateway, drafts, clock, newId } = services;
  const { report } = useErrors();
  const { schedule, settle } = useBackgroundRetry();
  const { setDraft, setSync, scheduleSave } = sync;
  const matchByICalUId = useMatchByICalUId(setDraft);
  const [loaded, setLoaded] = useState<Loaded>();
  const [failure, setFailure] = useState<AppError>();
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setFailure(undefined);
    setAttempt((n) => n + 1);
  }, []);
  /** The opening succeeded once: a later failed attempt leaves what it read alone. */
  const opened = useRef(false);

  const showOpened = (data: PlanningData) => {
    // Read now, not when the attempt began: typing while Microsoft 365 was busy is kept.
    const appointmentEventId = services.openedFrom?.eventId;
    const local = readPlanDraft(drafts);
    const today = clock.today();
    const plan = choosePlan({ data, local, today, newId, ...(appointmentEventId ? { appointmentEventId } : {}) });
    if (appointmentEventId && plan.draft.meeting.invitation?.eventId !== appointmentEventId) {
      // Another mailbox's copy (an attendee, a colleague): the same meeting has the same iCalUId.
      void matchByICalUId(appointmentEventId, data.meetings, plan.draft);
    }
    opened.current = true;
    listsMissingRef.current = data.missingLists.includes('meetings');
    setLoaded(loadedFrom(data, plan));
    setDraft(plan.draft);
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
    const local = readPlanDraft(drafts);
    if (!local) return waiting ? undefined : setFailure(appError);
    setLoaded(offlineLoaded(local, services.config.distributionList));
    setDraft(local);
    setSync({ status: 'error', error: appError });
  };

  useEffect(() => {
    let current = true;
    gateway.planning.open().then(
      (data) => {
        if (!current) return;
        settle(OPEN_KEY);
        showOpened(data);
      },
      (error: unknown) => current && showFailure(toAppError(error)),
    );
    return () => {
      current = false;
    };
    // Opening runs once per attempt; the callbacks it uses are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  useEffect(() => () => settle(OPEN_KEY), [settle]);

  return { loaded, setLoaded, failure, retry, lists };
}
