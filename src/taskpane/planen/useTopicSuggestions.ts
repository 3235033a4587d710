import { useCallback, useMemo, useState } from 'react';
import { addItem, type AgendaItem, type Meeting, newItem } from '../../domain/planning';
import { groupContaining, type SuggestionGroup } from '../../domain/planning/suggestionGroups';
import { SUGGESTION_NOTE_PREFIX } from '../../domain/planning/suggestionNote';
import { readSuggestions, removeSuggestion, type StoredSuggestion } from '../../office/topicSuggestions';
import type { KeyValueStore } from '../../office/roamingStore';
import { useErrors } from '../hooks/useErrors';
import type { MeetingSession } from '../meeting/sessionModel';
import { useServices } from '../services';

export interface TopicSuggestions {
  suggestions: StoredSuggestion[];
  /** Takes the suggestion, with those on the same topic, into the agenda as one item. */
  acceptSuggestion: (id: string) => void;
  /** Dismisses the suggestion with those on the same topic. */
  dismissSuggestion: (id: string) => void;
}

/**
 * The agenda item made from a topic suggested by mail: its subject, and whose mails it was, a line each
 * (in the meeting's German; the invitation and the list leave these lines out, see suggestionNote.ts).
 */
function suggestedItem(group: SuggestionGroup<StoredSuggestion>, newId: () => string): AgendaItem {
  const note = group.senders.map((sender) => `${SUGGESTION_NOTE_PREFIX}${sender}`).join('\n');
  return { ...newItem(newId), title: group.subject, note };
}

async function removeAll(store: KeyValueStore, ids: string[]): Promise<void> {
  for (const id of ids) await removeSuggestion(store, id);
}

/** Topic suggestions from mail (the ribbon command), by topic: taken into the agenda, or dismissed. */
export function useTopicSuggestions(update: MeetingSession['update']): TopicSuggestions {
  const services = useServices();
  const { newId } = services;
  const { report } = useErrors();
  const [suggestions, setSuggestions] = useState<StoredSuggestion[]>(() => readSuggestions(services.suggestions));

  const forget = useCallback(
    (ids: string[]) => {
      void removeAll(services.suggestions, ids).catch((error: unknown) => report(error));
      setSuggestions((list) => list.filter((s) => !ids.includes(s.id)));
    },
    [services.suggestions, report],
  );

  const dismissSuggestion = useCallback(
    (id: string) => forget(groupContaining(suggestions, id)?.suggestions.map((s) => s.id) ?? [id]),
    [suggestions, forget],
  );

  const acceptSuggestion = useCallback(
    (id: string) => {
      const group = groupContaining(suggestions, id);
      if (!group) return;
      const ids = group.suggestions.map((s) => s.id);
      const item = suggestedItem(group, newId);
      const take = (m: Meeting) => ({
        ...m,
        agenda: addItem(m.agenda, item),
        adoptedSuggestions: [...m.adoptedSuggestions, ...ids],
      });
      update(take);
      forget(ids);
    },
    [suggestions, update, newId, forget],
  );

  return useMemo(
    () => ({ suggestions, acceptSuggestion, dismissSuggestion }),
    [suggestions, acceptSuggestion, dismissSuggestion],
  );
}
