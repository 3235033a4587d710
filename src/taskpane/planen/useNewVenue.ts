import { useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import type { VenueDraft } from '../meeting/sessionModel';

/** Saving the new venue: being typed, on its way, or refused (what was typed stays in the form). */
export type VenueFormState = { status: 'editing' } | { status: 'saving' } | { status: 'failed'; error: AppError };

const EMPTY: VenueDraft = {
  name: '',
  kind: 'initiative',
  street: '',
  postalCode: '',
  town: '',
  stepFree: false,
  parking: '',
  publicTransport: '',
  other: '',
};

/**
 * The new venue's form: what is typed, which required fields are missing (shown once saving was
 * tried), and saving it through `onSave` (which rejects when the venue was not stored).
 */
export function useNewVenue(onSave: (draft: VenueDraft) => Promise<void>) {
  const [draft, setDraft] = useState<VenueDraft>(EMPTY);
  const [tried, setTried] = useState(false);
  const [state, setState] = useState<VenueFormState>({ status: 'editing' });
  const set = (patch: Partial<VenueDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const missing = { name: tried && !draft.name.trim(), town: tried && !draft.town.trim() };

  const submit = async () => {
    setTried(true);
    if (!draft.name.trim() || !draft.town.trim() || state.status === 'saving') return;
    setState({ status: 'saving' });
    try {
      await onSave({ ...draft, name: draft.name.trim(), town: draft.town.trim() });
    } catch (error) {
      setState({ status: 'failed', error: toAppError(error) });
    }
  };

  return { draft, set, missing, state, submit };
}
