import { useMemo } from 'react';
import { type HostSuggestion, type PlainDate, suggestHost } from '../../domain/planning';
import type { MeetingSession, VenuesModel } from '../meeting/sessionModel';

export interface Proposals {
  /** Whose turn it is to host, by the rotation over the venues. */
  hostSuggestion: HostSuggestion | undefined;
  /** Dates on the quarterly cadence that avoid holidays. */
  proposals: PlainDate[];
}

/** What Planen proposes for the next meeting: the host whose turn it is, and dates on the cadence. */
export function useProposals({ rotation, venues }: Pick<MeetingSession, 'rotation'> & Pick<VenuesModel, 'venues'>) {
  const { past, proposals } = rotation;
  return useMemo<Proposals>(
    () => ({ hostSuggestion: suggestHost(venues, past), proposals }),
    [venues, past, proposals],
  );
}
