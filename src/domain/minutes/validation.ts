/**
 * Checks of what was typed into the minutes; messages that say what to do (German unless the caller
 * passes its language's `MinutesMessages`). Nothing blocks typing.
 */
import { formatShortDate, isPlainDate, type Meeting, type PlainDate } from '../planning';

export type MinutesField = 'action-what' | 'action-due' | 'decision' | 'walk-in-name' | 'next-meeting';

export interface MinutesProblem {
  field: MinutesField;
  /** The line the problem belongs to (action item, decision, attendance entry). */
  id?: string;
  message: string;
}

/** What the checks say, per problem; dates are given as the pane shows them (16.03.2027). */
export interface MinutesMessages {
  notADate: (typed: string) => string;
  nextNotAfter: (meetingDate: string) => string;
  actionWhatMissing: string;
  dueBeforeMeeting: (meetingDate: string) => string;
  decisionEmpty: string;
  walkInNameMissing: string;
}

const DATE_EXAMPLE = 'Bitte ein Datum wie 30.04.2027 wählen.';

/** The German messages (the default). */
export const MINUTES_MESSAGES_DE: MinutesMessages = {
  notADate: (typed) => `„${typed}“ ist kein gültiges Datum. ${DATE_EXAMPLE}`,
  nextNotAfter: (meetingDate) =>
    `Das nächste Treffen muss nach diesem Treffen (${meetingDate}) liegen. Bitte ein späteres Datum wählen.`,
  actionWhatMissing: 'Bitte eintragen, was zu tun ist (z. B. „Checkliste verschicken“), oder die Aufgabe löschen.',
  dueBeforeMeeting: (meetingDate) =>
    `Die Frist liegt vor dem Treffen (${meetingDate}). ` +
    'Bitte ein Datum ab dem Tag des Treffens wählen oder die Frist leer lassen.',
  decisionEmpty: 'Bitte den Beschluss in einem Satz eintragen oder die leere Zeile löschen.',
  walkInNameMissing: 'Bitte den Namen der Person eintragen, die ohne Zusage gekommen ist.',
};

/** Why `date` cannot be the next meeting's date, or undefined when it can. */
export function nextMeetingDateProblem(
  meeting: Meeting,
  date: PlainDate,
  messages: MinutesMessages = MINUTES_MESSAGES_DE,
): string | undefined {
  if (!isPlainDate(date)) return messages.notADate(date);
  if (date <= meeting.date) return messages.nextNotAfter(formatShortDate(meeting.date));
  return undefined;
}

function actionProblems(meeting: Meeting, messages: MinutesMessages): MinutesProblem[] {
  return (meeting.minutes?.actionItems ?? []).flatMap((action): MinutesProblem[] => {
    const out: MinutesProblem[] = [];
    if (!action.what.trim()) out.push({ field: 'action-what', id: action.id, message: messages.actionWhatMissing });
    if (action.due !== undefined && !isPlainDate(action.due)) {
      out.push({ field: 'action-due', id: action.id, message: messages.notADate(action.due) });
    } else if (action.due !== undefined && action.due < meeting.date) {
      const message = messages.dueBeforeMeeting(formatShortDate(meeting.date));
      out.push({ field: 'action-due', id: action.id, message });
    }
    return out;
  });
}

/** Every problem in the minutes, in the order the pane shows them. */
export function minutesProblems(meeting: Meeting, messages: MinutesMessages = MINUTES_MESSAGES_DE): MinutesProblem[] {
  const minutes = meeting.minutes;
  if (!minutes) return [];
  const decisions = minutes.decisions
    .filter((d) => !d.text.trim())
    .map((d) => ({
      field: 'decision' as const,
      id: d.id,
      message: messages.decisionEmpty,
    }));
  const walkIns = minutes.attendance
    .filter((e) => e.source === 'walk-in' && !e.name.trim())
    .map((e) => ({
      field: 'walk-in-name' as const,
      id: e.id,
      message: messages.walkInNameMissing,
    }));
  const next = minutes.nextMeetingDate;
  const nextProblem = next === undefined ? undefined : nextMeetingDateProblem(meeting, next, messages);
  return [
    ...decisions,
    ...actionProblems(meeting, messages),
    ...walkIns,
    ...(nextProblem ? [{ field: 'next-meeting' as const, message: nextProblem }] : []),
  ];
}
