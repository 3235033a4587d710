import { createContext, type ReactNode, useContext } from 'react';
import { type SessionState, useMeetingSession } from './useMeetingSession';

export type { SessionState };

const MeetingContext = createContext<SessionState | null>(null);

/**
 * The meeting the pane works on, opened once for all views (Planen, Einladung, Protokoll, Ausgaben),
 * so that switching views neither reloads it nor lets two views save the same item against each other.
 */
export function MeetingProvider({ children }: { children: ReactNode }) {
  const session = useMeetingSession();
  return <MeetingContext.Provider value={session}>{children}</MeetingContext.Provider>;
}

export function useMeeting(): SessionState {
  const session = useContext(MeetingContext);
  if (!session) throw new Error('MeetingContext is missing: render inside <MeetingProvider>.');
  return session;
}
