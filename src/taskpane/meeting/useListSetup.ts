import { useCallback, useState } from 'react';
import { toAppError } from '../../domain/appError';
import type { PlanningData } from '../../domain/lists';
import type { PlanningGateway } from '../../graph/planningGateway';
import type { Loaded } from './openedPlan';
import type { ListSetup, ProvisionState } from './sessionModel';

/**
 * The lists the opening did not find: created only after the user confirmed (`provision`), then
 * the pane takes the opening's answer as if it had opened now (the plan typed meanwhile is saved).
 */
export function useListSetup(options: {
  planning: PlanningGateway;
  loaded: Loaded | undefined;
  showOpened: (data: PlanningData) => void;
}): ListSetup | undefined {
  const { planning, loaded, showOpened } = options;
  const [state, setState] = useState<ProvisionState>({ status: 'idle' });
  const missing = loaded?.missingLists;

  const provision = useCallback(() => {
    if (!missing?.length) return;
    setState({ status: 'creating' });
    planning.provision(missing).then(
      (data) => {
        setState({ status: 'created' });
        showOpened(data);
      },
      (error: unknown) => setState({ status: 'failed', error: toAppError(error) }),
    );
  }, [planning, missing, showOpened]);

  if (!loaded) return undefined;
  const { missingLists, listProblems } = loaded;
  if (missingLists.length === 0 && listProblems.length === 0 && state.status !== 'created') return undefined;
  return { missing: missingLists, problems: listProblems, state, provision };
}
