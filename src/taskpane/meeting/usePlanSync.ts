import { useEffect, useMemo, useState } from 'react';
import { createPlanSync, type PlanSync, type PlanSyncDeps, type PlanSyncState } from './planSync';

export type { PlanSyncDeps };

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)) ||
  (target instanceof HTMLElement && target.isContentEditable);

/**
 * The user leaves a text field (also by switching the view: the focus goes to the tab), or the pane
 * goes out of sight or closes: what waits for a pause in typing is saved now.
 */
function useLeaving(left: PlanSync['left']) {
  useEffect(() => {
    const leftField = (event: FocusEvent) => isTextField(event.target) && left('field');
    const hidden = () => document.visibilityState === 'hidden' && left('pane');
    const closing = () => left('pane');
    document.addEventListener('focusout', leftField);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', closing);
    return () => {
      document.removeEventListener('focusout', leftField);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', closing);
    };
  }, [left]);
}

export type PlanSyncModel = PlanSyncState & Omit<PlanSync, 'subscribe' | 'dispose'>;

/**
 * The open meeting's save and conflict logic (./planSync) for React. The module is made once, with the
 * first render's dependencies (the pane's services and stable callbacks); its changes reach React as
 * state updates, so that they render together with the session's other state set at the same time.
 */
export function usePlanSync(deps: PlanSyncDeps): PlanSyncModel {
  const [planSync] = useState(() => createPlanSync(deps));
  const [state, setState] = useState(planSync.getState);
  useEffect(() => {
    // Nothing calls the module before this runs: the session hands it out once the opening has answered.
    const unsubscribe = planSync.subscribe(() => setState(planSync.getState()));
    return () => {
      unsubscribe();
      planSync.dispose();
    };
  }, [planSync]);
  useLeaving(planSync.left);
  return useMemo(() => {
    const { getState, setDraft, setSync, update, scheduleSave, left, flush, resolveConflict } = planSync;
    return { ...state, getState, setDraft, setSync, update, scheduleSave, left, flush, resolveConflict };
  }, [state, planSync]);
}
