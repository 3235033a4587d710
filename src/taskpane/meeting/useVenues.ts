import { type Dispatch, type SetStateAction, useCallback, useMemo } from 'react';
import type { Venue } from '../../domain/planning';
import { useServices } from '../services';
import type { Loaded } from './openedPlan';
import type { VenueDraft, VenuesModel } from './sessionModel';

function venueFromDraft(draft: VenueDraft): Omit<Venue, 'id'> {
  const { stepFree, parking, publicTransport, other, ...rest } = draft;
  return { ...rest, notes: { stepFree, parking, publicTransport, other } };
}

/** The shared venues list as the opening read it; a venue added here joins it in alphabetical order. */
export function useVenues(options: {
  loaded: Loaded | undefined;
  setLoaded: Dispatch<SetStateAction<Loaded | undefined>>;
}): VenuesModel | undefined {
  const { loaded, setLoaded } = options;
  const { gateway } = useServices();
  const addVenue = useCallback(
    async (draft: VenueDraft) => {
      const venue = await gateway.planning.addVenue(venueFromDraft(draft));
      setLoaded((l) => l && { ...l, venues: [...l.venues, venue].sort((a, b) => a.name.localeCompare(b.name, 'de')) });
      return venue;
    },
    [gateway, setLoaded],
  );
  const venues = loaded?.venues;
  return useMemo(() => venues && { venues, addVenue }, [venues, addVenue]);
}
