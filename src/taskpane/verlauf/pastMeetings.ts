import type { HistoryEntry, PastMeeting } from '../../domain/history';
import { itemRefOf, type ListedMeeting } from '../../domain/lists';
import { type PlainDate, yearOf } from '../../domain/planning';

/** The meeting as the pane opens it for editing; only where the add-in filed the whole meeting. */
export function listedMeetingOf(past: PastMeeting): ListedMeeting | undefined {
  const { webUrl, date, status, venueName, meeting } = past;
  if (!meeting) return undefined;
  return {
    ...itemRefOf(past),
    webUrl,
    date,
    status,
    venueName,
    meeting,
    ...(past.nextMeetingDate ? { nextMeetingDate: past.nextMeetingDate } : {}),
    ...(past.costCents !== undefined ? { costCents: past.costCents } : {}),
    ...(past.participants !== undefined ? { participants: past.participants } : {}),
  };
}

/** The years to offer for the CSV: every year in the loaded list and the current one, latest first. */
export function csvYears(entries: readonly Pick<HistoryEntry, 'date'>[], today: PlainDate): number[] {
  const years = new Set([yearOf(today), ...entries.map((entry) => yearOf(entry.date))]);
  return [...years].sort((a, b) => b - a);
}
