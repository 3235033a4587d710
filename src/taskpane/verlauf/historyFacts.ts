import type { HistoryEntry, PastMeeting } from '../../domain/history';
import { presentCount } from '../../domain/minutes';
import { formatLongDate } from '../../domain/planning';
import type { Fact } from '../components/FactList';
import type { HistoryStrings } from './historyStrings';

/** What the overview shows of a meeting: status, venue, input, those present, costs. */
export function entryFacts(strings: HistoryStrings, entry: HistoryEntry, participants = entry.participants): Fact[] {
  const s = strings.facts;
  return [
    [s.status, strings.status[entry.status]],
    [s.venue, entry.venueName || s.noVenue],
    [s.speaker, entry.speaker || s.noSpeaker],
    [s.participants, participants === undefined ? s.notFiled : String(participants)],
    [s.costs, entry.costCents === undefined ? s.notFiled : s.euros(entry.costCents)],
  ];
}

/** What a past meeting's page shows first: the overview's facts (attendance from the minutes where not filed) and the next date. */
export function pastMeetingFacts(strings: HistoryStrings, past: PastMeeting): Fact[] {
  const next = past.nextMeetingDate;
  return [
    ...entryFacts(strings, past, attendanceOf(past)),
    ...(next ? [[strings.facts.nextMeeting, formatLongDate(next)] as const] : []),
  ];
}

/** Those present: the filed count, or the ticks in the filed minutes. */
export function attendanceOf(past: PastMeeting): number | undefined {
  if (past.participants !== undefined) return past.participants;
  const attendance = past.meeting?.minutes?.attendance;
  return attendance ? presentCount(attendance) : undefined;
}

/** "Dienstag, 15. September 2026" (German in both languages). */
export const longDate = (entry: Pick<HistoryEntry, 'date'>) => formatLongDate(entry.date);
