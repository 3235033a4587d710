import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AppError } from '../../domain/appError';
import type { ListedMeeting } from '../../domain/lists';
import type { FilingSettings } from '../../domain/settings';
import type { AsyncState } from '../hooks/asyncState';
import { useBackgroundRetry } from '../hooks/useBackgroundRetry';
import { useErrors } from '../hooks/useErrors';
import { useServices } from '../services';
import { keptPlanDrafts, planDraftKey, unsavedWork, withOpenMeeting } from './planDraft';
import type { PlanningModel } from './planningModel';
import type { MeetingSession } from './sessionModel';
import { useOpening } from './useOpening';
import { type PlanSyncModel, usePlanSync } from './usePlanSync';
import { useSessionNotes } from './useSessionNotes';
import { useTeamSettings } from './useTeamSettings';
import { useVenues } from './useVenues';

const SAVE_KEY = 'save';

/** The session as the views get it: loading, ready with the model, or why it could not open. */
export interface SessionState {
  state: AsyncState<PlanningModel>;
  retry: () => void;
}

/** Saves wait out a busy or unreachable Microsoft 365 in the pane's one place for retries. */
function useSaveRetry() {
  const { schedule, settle } = useBackgroundRetry();
  return useMemo(
    () => ({
      wait: (error: AppError, run: () => void) => schedule(SAVE_KEY, error, run),
      settle: () => settle(SAVE_KEY),
    }),
    [schedule, settle],
  );
}

/**
 * Switching to another meeting of the list: the open one goes to SharePoint first, or the pane stays.
 * Unsaved work on this device for the other meeting (left by another tab) is taken up and saved.
 */
function useOpenMeeting(planSync: PlanSyncModel) {
  const { clock, drafts, tab } = useServices();
  const { report } = useErrors();
  const { draft, flush, setDraft, setSync, scheduleSave } = planSync;
  return useCallback(
    async (listed: ListedMeeting) => {
      if (!listed.meeting) return;
      if (draft?.meeting.id === listed.meeting.id) return;
      const unsaved = await flush();
      if (unsaved) {
        report(unsaved);
        return;
      }
      const ref = { itemId: listed.itemId, etag: listed.etag };
      const work = unsavedWork(keptPlanDrafts(drafts, tab?.id)).find((w) => w.draft.meeting.id === listed.meeting?.id);
      setDraft(work ? { ...work.draft, ref: work.draft.ref ?? ref } : { meeting: listed.meeting, ref, dirty: false });
      if (!work) return setSync({ status: 'saved', at: clock.now().toISOString() });
      const own = planDraftKey(tab?.id);
      for (const key of work.keys) if (key !== own) drafts.write(key, null).catch(() => undefined);
      scheduleSave(0);
    },
    [draft, flush, setDraft, setSync, scheduleSave, clock, report, drafts, tab],
  );
}

/**
 * The meeting session: opens the pane's meeting (one round trip), keeps it on this device and in
 * SharePoint (./planSync), switches meetings, and carries the team's settings and the venues.
 */
export function useMeetingSession(): SessionState {
  const { gateway, drafts, clock, newId, tab } = useServices();
  /** The team's filing choices; none while they could not be read (the defaults are not the team's). */
  const filingRef = useRef<FilingSettings | undefined>(undefined);
  /** The lists are not on the site yet: the plan stays on this device until they are created. */
  const listsMissingRef = useRef(false);
  const planSync = usePlanSync({
    planning: gateway.planning,
    drafts,
    now: clock.now,
    filing: useCallback(() => filingRef.current, []),
    background: useSaveRetry(),
    held: useCallback(() => listsMissingRef.current, []),
    ...(tab ? { tab: tab.id, tabs: tab.channel } : {}),
  });
  const opening = useOpening(planSync, listsMissingRef);
  const { loaded, lists, retry } = opening;
  const teamSettings = useTeamSettings(opening);
  const venues = useVenues(opening);
  const openMeeting = useOpenMeeting(planSync);
  const today = clock.today();
  const { draft, sync, update, scheduleSave, resolveConflict } = planSync;
  const notes = useSessionNotes(opening.detour, draft?.meeting.id);

  useEffect(() => {
    filingRef.current = loaded?.settingsUnread ? undefined : loaded?.settings;
  }, [loaded?.settings, loaded?.settingsUnread]);

  const session = useMemo<MeetingSession | undefined>(() => {
    if (!draft || !loaded) return undefined;
    return {
      meeting: draft.meeting,
      update,
      itemRef: draft.ref,
      meetings: withOpenMeeting(loaded.meetings, draft, loaded.settingsUnread ? undefined : loaded.settings),
      openMeeting,
      today,
      sync,
      saveNow: () => scheduleSave(0),
      resolveConflict: (choice) => void resolveConflict(choice),
      newId,
      ...(lists ? { lists } : {}),
      rotation: { past: loaded.past, proposals: loaded.proposals },
      notes,
    };
  }, [draft, loaded, update, openMeeting, today, sync, scheduleSave, resolveConflict, newId, lists, notes]);

  const model = useMemo<PlanningModel | undefined>(
    () => session && teamSettings && venues && { ...session, ...teamSettings, ...venues },
    [session, teamSettings, venues],
  );
  const state: AsyncState<PlanningModel> = model
    ? { status: 'ready', value: model }
    : opening.failure
      ? { status: 'error', error: opening.failure }
      : { status: 'loading' };
  return { state, retry };
}
