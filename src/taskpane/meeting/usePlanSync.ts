import { useEffect, useMemo, useState } from 'react';
import { createPlanSync, type PlanSync, type PlanSyncDeps, type PlanSyncState } from './planSync';

export type { PlanSyncDeps };

export type PlanSyncModel = PlanSyncState & Omit<PlanSync, 'getState' | 'subscribe' | 'dispose'>;

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
  return useMemo(() => {
    const { setDraft, setSync, update, scheduleSave, flush, resolveConflict } = planSync;
    return { ...state, setDraft, setSync, update, scheduleSave, flush, resolveConflict };
  }, [state, planSync]);
}
