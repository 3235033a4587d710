/** Checks of what was typed into the minutes; German messages that say what to do. Nothing blocks typing. */
import { formatShortDate, isPlainDate, type Meeting, type PlainDate } from '../planning';

export type MinutesField = 'action-what' | 'action-due' | 'decision' | 'walk-in-name' | 'next-meeting';

export interface MinutesProblem {
  field: MinutesField;
  /** The line the problem belongs to (action item, decision, attendance entry). */
  id?: string;
  message: string;
}

const DATE_EXAMPLE = 'Bitte ein Datum wie 30.04.2027 wählen.';

/** Why `date` cannot be the next meeting's date, or undefined when it can. */
export function nextMeetingDateProblem(meeting: Meeting, date: PlainDate): string | undefined {
  if (!isPlainDate(date)) return `„${date}“ ist kein gültiges Datum. ${DATE_EXAMPLE}`;
  if (date <= meeting.date) {
    return `Das nächste Treffen muss nach diesem Treffen (${formatShortDate(meeting.date)}) liegen. Bitte ein späteres Datum wählen.`;
  }
  return undefined;
}

function actionProblems(meeting: Meeting): MinutesProblem[] {
  return (meeting.minutes?.actionItems ?? []).flatMap((action): MinutesProblem[] => {
    const out: MinutesProblem[] = [];
    if (!action.what.trim()) {
      const message = 'Bitte eintragen, was zu tun ist (z. B. „Checkliste verschicken“), oder die Aufgabe löschen.';
      out.push({ field: 'action-what', id: action.id, message });
    }
    if (action.due !== undefined && !isPlainDate(action.due)) {
      out.push({
        field: 'action-due',
        id: action.id,
        message: `„${action.due}“ ist kein gültiges Datum. ${DATE_EXAMPLE}`,
      });
    } else if (action.due !== undefined && action.due < meeting.date) {
      const message =
        `Die Frist liegt vor dem Treffen (${formatShortDate(meeting.date)}). ` +
        'Bitte ein Datum ab dem Tag des Treffens wählen oder die Frist leer lassen.';
      out.push({ field: 'action-due', id: action.id, message });
    }
    return out;
  });
}

/** Every problem in the minutes, in the order the pane shows them. */
export function minutesProblems(meeting: Meeting): MinutesProblem[] {
  const minutes = meeting.minutes;
  if (!minutes) return [];
  const decisions = minutes.decisions
    .filter((d) => !d.text.trim())
    .map((d) => ({
      field: 'decision' as const,
      id: d.id,
      message: 'Bitte den Beschluss in einem Satz eintragen oder die leere Zeile löschen.',
    }));
  const walkIns = minutes.attendance
    .filter((e) => e.source === 'walk-in' && !e.name.trim())
    .map((e) => ({
      field: 'walk-in-name' as const,
      id: e.id,
      message: 'Bitte den Namen der Person eintragen, die ohne Zusage gekommen ist.',
    }));
  const next = minutes.nextMeetingDate;
  const nextProblem = next === undefined ? undefined : nextMeetingDateProblem(meeting, next);
  return [
    ...decisions,
    ...actionProblems(meeting),
    ...walkIns,
    ...(nextProblem ? [{ field: 'next-meeting' as const, message: nextProblem }] : []),
  ];
}
