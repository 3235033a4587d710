import { type MeetingRoom, type TypedText, typedTexts } from '../../domain/fieldRoom';
import type { Meeting } from '../../domain/planning';

/** A text of the meeting longer than the SharePoint column it lands in takes, and how much it may hold. */
export interface TooLongText {
  text: TypedText;
  limit: number;
}

/** Where a too-long text is, for the message that names it. */
export type TooLongPlace =
  { kind: 'note'; top: number; title: string } | { kind: 'decision' | 'action'; n: number } | { kind: 'planning' };

/**
 * The texts of the meeting that SharePoint would refuse as they stand (as `room` measures them: the
 * minutes column with the team's settings, the meeting's data): the save cannot file them, so the
 * minutes must not be marked final before they are shortened.
 */
export function tooLongTexts(meeting: Meeting, room: MeetingRoom): TooLongText[] {
  return typedTexts(meeting).flatMap((text) => {
    const limit = room.limitOf(text.kind, text.id);
    return text.text.length > limit ? [{ text, limit }] : [];
  });
}

/** Where the text is: the agenda item of a note, the number of a decision or action item, else Planen. */
export function placeOf(meeting: Meeting, { text }: TooLongText): TooLongPlace {
  const minutes = meeting.minutes;
  if (text.kind === 'note') {
    const index = meeting.agenda.findIndex((item) => item.id === text.id);
    return { kind: 'note', top: index + 1, title: meeting.agenda[index]?.title ?? '' };
  }
  if (text.kind === 'decision') {
    return { kind: 'decision', n: (minutes?.decisions.findIndex((d) => d.id === text.id) ?? 0) + 1 };
  }
  if (text.kind === 'actionWhat' || text.kind === 'actionWho') {
    return { kind: 'action', n: (minutes?.actionItems.findIndex((a) => a.id === text.id) ?? 0) + 1 };
  }
  return { kind: 'planning' };
}
