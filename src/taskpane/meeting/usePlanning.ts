import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AppError, toAppError } from '../../domain/appError';
import { suggestHost, type Venue } from '../../domain/planning';
import type { TeamSettings } from '../../domain/settings';
import type { ListedMeeting } from '../../graph/meetingMapping';
import type { PlanningData } from '../../graph/planningGateway';
import type { AsyncState } from '../hooks/asyncState';
import { useBackgroundRetry } from '../hooks/useBackgroundRetry';
import { useErrors } from '../hooks/useErrors';
import { useServices } from '../services';
import { choosePlan } from './choosePlan';
import { type Loaded, loadedFrom, offlineLoaded } from './openedPlan';
import { type PlanDraft, readPlanDraft, withOpenMeeting } from './planDraft';
import type { PlanningModel, VenueDraft } from './planningModel';
import { useListSetup } from './useListSetup';
import { usePlanSync } from './usePlanSync';
import { useTopicSuggestions } from './useTopicSuggestions';

const OPEN_KEY = 'opening';
const SAVE_KEY = 'save';

function venueFromDraft(draft: VenueDraft): Omit<Venue, 'id'> {
  const { stepFree, parking, publicTransport, other, ...rest } = draft;
  return { ...rest, notes: { stepFree, parking, publicTransport, other } };
}

/** Planen's use case: open the plan (one round trip), edit it, keep it safe locally and in SharePoint. */
export function usePlanning(): { state: AsyncState<PlanningModel>; retry: () => void } {
  const services = useServices();
  const { gateway, drafts, clock, newId } = services;
  const { report } = useErrors();
  const { schedule, settle } = useBackgroundRetry();
  const background = useMemo(
    () => ({
      wait: (error: AppError, run: () => void) => schedule(SAVE_KEY, error, run),
      settle: () => settle(SAVE_KEY),
    }),
    [schedule, settle],
  );
  const settingsRef = useRef<TeamSettings | undefined>(undefined);
  /** The team's filing choices; none while they could not be read (the defaults are not the team's). */
  const filing = useCallback(() => settingsRef.current, []);
  /** The lists are not on the site yet: the plan stays on this device until they are created. */
  const listsMissing = useRef(false);
  const held = useCallback(() => listsMissing.current, []);
  const planSync = usePlanSync({ planning: gateway.planning, drafts, now: clock.now, filing, background, held });
  const { draft, setDraft, update, setSync } = planSync;
  const topics = useTopicSuggestions(update);
  const [loaded, setLoaded] = useState<Loaded>();
  const [failure, setFailure] = useState<AppError>();
  const [attempt, setAttempt] = useState(0);
  const today = clock.today();
  const retry = useCallback(() => {
    setFailure(undefined);
    setAttempt((n) => n + 1);
  }, []);

  /** Opened on an appointment whose id is not the organiser's: find its meeting by iCalUId. */
  const matchByICalUId = async (eventId: string, meetings: ListedMeeting[], opened: PlanDraft) => {
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

  /** The opening succeeded once: a later failed attempt leaves what it read alone. */
  const opened = useRef(false);

  const showOpened = (data: PlanningData) => {
    // Read now, not when the attempt began: typing while Microsoft 365 was busy is kept.
    const appointmentEventId = services.openedFrom?.eventId;
    const local = readPlanDraft(drafts);
    const plan = choosePlan({ data, local, today, newId, ...(appointmentEventId ? { appointmentEventId } : {}) });
    if (appointmentEventId && plan.draft.meeting.invitation?.eventId !== appointmentEventId) {
      // Another mailbox's copy (an attendee, a colleague): the same meeting has the same iCalUId.
      void matchByICalUId(appointmentEventId, data.meetings, plan.draft);
    }
    opened.current = true;
    listsMissing.current = data.missingLists.includes('meetings');
    setLoaded(loadedFrom(data, plan));
    setDraft(plan.draft);
    if (plan.draft.dirty) planSync.scheduleSave(0);
    else setSync(listsMissing.current ? { status: 'device' } : { status: 'saved', at: clock.now().toISOString() });
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

  const addVenue = useCallback(
    async (venueDraft: VenueDraft) => {
      const venue = await gateway.planning.addVenue(venueFromDraft(venueDraft));
      setLoaded((l) => l && { ...l, venues: [...l.venues, venue].sort((a, b) => a.name.localeCompare(b.name, 'de')) });
      return venue;
    },
    [gateway],
  );

  const openMeeting = useCallback(
    async (listed: ListedMeeting) => {
      if (!listed.meeting) return;
      if (draft?.meeting.id === listed.meeting.id) return;
      // The open meeting first goes to SharePoint; if it cannot, the pane stays on it and says why.
      const unsaved = await planSync.flush();
      if (unsaved) {
        report(unsaved);
        return;
      }
      setDraft({ meeting: listed.meeting, ref: { itemId: listed.itemId, etag: listed.etag }, dirty: false });
      setSync({ status: 'saved', at: clock.now().toISOString() });
    },
    [draft, planSync, setDraft, setSync, clock, report],
  );

  const saveSettings = useCallback(
    async (settings: TeamSettings) => {
      const ref = await gateway.planning.saveSettings(settings, loaded?.settingsRef);
      setLoaded((l) => l && { ...l, settings, settingsRef: ref });
    },
    [gateway, loaded?.settingsRef],
  );

  useEffect(() => {
    settingsRef.current = loaded?.settingsUnread ? undefined : loaded?.settings;
  }, [loaded?.settings, loaded?.settingsUnread]);

  const model = useMemo<PlanningModel | undefined>(() => {
    if (!draft || !loaded) return undefined;
    return {
      meeting: draft.meeting,
      update,
      itemRef: draft.ref,
      meetings: withOpenMeeting(loaded.meetings, draft, loaded.settingsUnread ? undefined : loaded.settings),
      openMeeting,
      settings: loaded.settings,
      ...(loaded.settingsUnread ? { settingsUnread: { retry } } : {}),
      saveSettings,
      today,
      venues: loaded.venues,
      hostSuggestion: suggestHost(loaded.venues, loaded.past),
      proposals: loaded.proposals,
      sync: planSync.sync,
      saveNow: () => planSync.scheduleSave(0),
      resolveConflict: (choice) => void planSync.resolveConflict(choice),
      addVenue,
      ...topics,
      newId,
      ...(lists ? { lists } : {}),
    };
  }, [lists, draft, loaded, update, today, planSync, addVenue, topics, newId, openMeeting, saveSettings, retry]);

  const state: AsyncState<PlanningModel> = model
    ? { status: 'ready', value: model }
    : failure
      ? { status: 'error', error: failure }
      : { status: 'loading' };
  return { state, retry };
}
