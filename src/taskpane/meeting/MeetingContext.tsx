import { createContext, type ReactNode, useContext } from 'react';
import type { AsyncState } from '../hooks/asyncState';
import type { PlanningModel } from './planningModel';
import { usePlanning } from './usePlanning';

export interface MeetingSession {
  state: AsyncState<PlanningModel>;
  retry: () => void;
}

const MeetingContext = createContext<MeetingSession | null>(null);

/**
 * The meeting the pane works on, opened once for all views (Planen, Einladung, Protokoll, Ausgaben),
 * so that switching views neither reloads it nor lets two views save the same item against each other.
 */
export function MeetingProvider({ children }: { children: ReactNode }) {
  const session = usePlanning();
  return <MeetingContext.Provider value={session}>{children}</MeetingContext.Provider>;
}

export function useMeeting(): MeetingSession {
  const session = useContext(MeetingContext);
  if (!session) throw new Error('MeetingContext is missing: render inside <MeetingProvider>.');
  return session;
}
