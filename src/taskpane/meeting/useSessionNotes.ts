import { useMemo, useState, useSyncExternalStore } from 'react';
import { useServices } from '../services';
import type { Detour, SessionNotes } from './sessionModel';

const noSubscription = () => () => undefined;

/**
 * Why the open meeting is open (a detour for unsaved work, until the user moves on to another), and
 * what this device's store reports: a storage that keeps nothing is said once, until dismissed.
 */
export function useSessionNotes(detour: Detour | undefined, openMeetingId: string | undefined): SessionNotes {
  const { drafts } = useServices();
  const problem = useSyncExternalStore(drafts.onProblem ?? noSubscription, () => drafts.problem?.());
  const [dismissed, setDismissed] = useState(false);
  const [spent, setSpent] = useState<Detour>();
  // Once another meeting is open, the detour is over (also when the pane comes back to this one).
  if (detour && detour !== spent && openMeetingId && openMeetingId !== detour.from) setSpent(detour);
  const instead = detour && detour !== spent && detour.from === openMeetingId ? detour.instead : undefined;
  const storageProblem = dismissed ? undefined : problem;
  return useMemo(
    () => ({
      ...(instead ? { instead } : {}),
      ...(storageProblem ? { storageProblem } : {}),
      dismissStorageProblem: () => setDismissed(true),
    }),
    [instead, storageProblem],
  );
}
