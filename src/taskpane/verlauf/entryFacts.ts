import { formatLongDate } from '../../domain/planning';
import type { HistoryEntry } from '../../graph/historyMapping';
import type { Fact } from './components/FactList';
import { verlaufStrings } from './verlaufStrings';

const strings = verlaufStrings.facts;

/** What the overview shows of a meeting: status, venue, input, those present, costs. */
export function entryFacts(entry: HistoryEntry, participants = entry.participants): Fact[] {
  return [
    [strings.status, verlaufStrings.status[entry.status]],
    [strings.venue, entry.venueName || strings.noVenue],
    [strings.speaker, entry.speaker || strings.noSpeaker],
    [strings.participants, participants === undefined ? strings.notFiled : String(participants)],
    [strings.costs, entry.costCents === undefined ? strings.notFiled : strings.euros(entry.costCents)],
  ];
}

/** "Dienstag, 15. September 2026" */
export const longDate = (entry: Pick<HistoryEntry, 'date'>) => formatLongDate(entry.date);
