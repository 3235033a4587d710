import { useCallback, useMemo, useState } from 'react';
import { addItem, type AgendaItem, type Meeting, newItem } from '../../domain/planning';
import { readSuggestions, removeSuggestion, type StoredSuggestion } from '../../office/topicSuggestions';
import { useErrors } from '../hooks/useErrors';
import type { MeetingSession } from '../meeting/sessionModel';
import { useServices } from '../services';

export interface TopicSuggestions {
  suggestions: StoredSuggestion[];
  acceptSuggestion: (id: string) => void;
  dismissSuggestion: (id: string) => void;
}

/** The agenda item made from a suggested mail: its subject, and whose mail it was (in the meeting's German). */
function suggestedItem(suggestion: StoredSuggestion, newId: () => string): AgendaItem {
  const note = `Vorschlag aus einer E-Mail von ${suggestion.senderName || suggestion.senderAddress}`;
  return { ...newItem(newId), title: suggestion.subject, note };
}

/** Topic suggestions from mail (the ribbon command): taken into the agenda, or dismissed. */
export function useTopicSuggestions(update: MeetingSession['update']): TopicSuggestions {
  const services = useServices();
  const { newId } = services;
  const { report } = useErrors();
  const [suggestions, setSuggestions] = useState<StoredSuggestion[]>(() => readSuggestions(services.suggestions));

  const dismissSuggestion = useCallback(
    (id: string) => {
      void removeSuggestion(services.suggestions, id).catch((error: unknown) => report(error));
      setSuggestions((list) => list.filter((s) => s.id !== id));
    },
    [services.suggestions, report],
  );

  const acceptSuggestion = useCallback(
    (id: string) => {
      const suggestion = suggestions.find((s) => s.id === id);
      if (!suggestion) return;
      const item = suggestedItem(suggestion, newId);
      const take = (m: Meeting) => ({
        ...m,
        agenda: addItem(m.agenda, item),
        adoptedSuggestions: [...m.adoptedSuggestions, id],
      });
      update(take);
      dismissSuggestion(id);
    },
    [suggestions, update, newId, dismissSuggestion],
  );

  return useMemo(
    () => ({ suggestions, acceptSuggestion, dismissSuggestion }),
    [suggestions, acceptSuggestion, dismissSuggestion],
  );
}
