import { useCallback, useMemo, useState } from 'react';
import { addItem, type Meeting, newItem } from '../../domain/planning';
import { readSuggestions, removeSuggestion, type StoredSuggestion } from '../../office/topicSuggestions';
import { useErrors } from '../hooks/useErrors';
import { useServices } from '../services';

/** Topic suggestions from mail (the ribbon command): taken into the agenda, or dismissed. */
export function useTopicSuggestions(update: (change: (meeting: Meeting) => Meeting) => void) {
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
      const note = `Vorschlag aus einer E-Mail von ${suggestion.senderName || suggestion.senderAddress}`;
      const item = { ...newItem(newId), title: suggestion.subject, note };
      update((m) => ({ ...m, agenda: addItem(m.agenda, item), adoptedSuggestions: [...m.adoptedSuggestions, id] }));
      dismissSuggestion(id);
    },
    [suggestions, update, newId, dismissSuggestion],
  );

  return useMemo(
    () => ({ suggestions, acceptSuggestion, dismissSuggestion }),
    [suggestions, acceptSuggestion, dismissSuggestion],
  );
}
