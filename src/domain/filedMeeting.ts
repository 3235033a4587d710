/**
 * What the meetings list's hidden data column (TpDaten) keeps of the people of a meeting: data
 * minimisation, applied on every save. The pane's session (memory, and the draft on this device)
 * keeps the meeting whole; SharePoint, readable by everyone on the site, gets this.
 *
 * The rule:
 * - The attendance list (names, initiatives, mail addresses) and the invitation's replies it is
 *   pre-filled from are the working data of the minutes and of the minutes mail, which goes Bcc to
 *   those present. They stay whole while that mail is still to be sent: no `minutesMail` record, or
 *   one whose sending could not be confirmed (the pane may have to send again). So a meeting's
 *   minutes can be continued on any device until then.
 * - Once it is sent (or the meeting is cancelled: no mail will go), no mail address stays: not with
 *   an attendance entry, not in its id (`reply:<address>` becomes a digest, see filedEntryId), not
 *   in the replies (each keeps its answer, so the counts stay).
 * - Names of attendees stay after that only where the team's setting "Namen der Anwesenden in der
 *   Liste" (namesInMinutes) allows them, and only of those present, as the Protokoll column shows
 *   them; every other entry becomes "Person <n>" (its tick, initiative and so the count stay). The
 *   replies keep no names.
 * - The speaker's mail address (invited as optional attendee) stays while the invitation can still
 *   be sent or changed (geplant, eingeladen) and goes once the meeting was held or cancelled.
 * - Kept as they are: the speaker's name and organisation, presenters, "who" of an action item (and of
 *   an earlier meeting's action carried into these minutes, `carriedActions`: the same text), who
 *   paid an expense: the list's readable columns carry them in any case (Referent*in und Thema,
 *   Tagesordnung, Aufgaben, Kostennotizen); and the venue with its room mailbox (a room, not a person).
 * Pure and idempotent: filing a filed meeting changes nothing.
 */
import { filedEntryId } from './minutes/attendance';
import type { AttendanceEntry, Invitation, Meeting, MeetingMinutes, Speaker } from './planning/meetingTypes';
import type { FilingSettings } from './settings';

/** Whether the minutes mail may still need the addresses of those present. */
export function minutesMailDue(meeting: Meeting): boolean {
  if (meeting.status === 'abgesagt') return false;
  return !meeting.minutesMail || meeting.minutesMail.unconfirmed === true;
}

function filedEntry(entry: AttendanceEntry, index: number, names: boolean): AttendanceEntry {
  const keepName = names && entry.present;
  return {
    id: filedEntryId(entry.id),
    name: keepName ? entry.name : `Person ${index + 1}`,
    initiative: entry.initiative,
    present: entry.present,
    source: entry.source,
  };
}

function filedMinutes(minutes: MeetingMinutes, names: boolean): MeetingMinutes {
  return { ...minutes, attendance: minutes.attendance.map((entry, i) => filedEntry(entry, i, names)) };
}

function filedInvitation(invitation: Invitation): Invitation {
  if (!invitation.replies) return invitation;
  return { ...invitation, replies: invitation.replies.map(({ response }) => ({ name: '', address: '', response })) };
}

function filedSpeaker(meeting: Meeting): Speaker {
  const open = meeting.status === 'geplant' || meeting.status === 'eingeladen';
  if (open || meeting.speaker.address === undefined) return meeting.speaker;
  const speaker = { ...meeting.speaker };
  delete speaker.address;
  return speaker;
}

/** The meeting as the hidden column gets it; `filing` absent: no names (as the readable columns). */
export function filedMeeting(meeting: Meeting, filing?: Pick<FilingSettings, 'namesInMinutes'>): Meeting {
  const speaker = filedSpeaker(meeting);
  const withSpeaker = speaker === meeting.speaker ? meeting : { ...meeting, speaker };
  if (minutesMailDue(meeting)) return withSpeaker;
  const names = filing?.namesInMinutes ?? false;
  const { invitation, minutes } = meeting;
  return {
    ...withSpeaker,
    ...(invitation ? { invitation: filedInvitation(invitation) } : {}),
    ...(minutes ? { minutes: filedMinutes(minutes, names) } : {}),
  };
}
