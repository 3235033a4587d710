/**
 * A topic suggested by mail becomes an agenda item whose note starts "Vorschlag aus einer E-Mail von "
 * and the sender's name or address (Planen). Who suggested a topic is for the organiser, not for the
 * invitees nor the list: the invitation's agenda and the list's agenda column leave that line out.
 */

/** How Planen begins the note of an agenda item taken from a suggested mail; the sender follows. */
export const SUGGESTION_NOTE_PREFIX = 'Vorschlag aus einer E-Mail von ';

/** The note without any line that names a suggestion's sender; other lines unchanged. */
export function withoutSuggestionSender(note: string): string {
  if (!note.includes(SUGGESTION_NOTE_PREFIX.trim())) return note;
  return note
    .split('\n')
    .filter((line) => !line.trim().startsWith(SUGGESTION_NOTE_PREFIX.trim()))
    .join('\n')
    .trim();
}
