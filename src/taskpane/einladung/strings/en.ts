import type { InvitationPart } from '../../../domain/invitation';
import type { InvitationStrings } from './de';

const days = (n: number) => (n === 1 ? 'one day' : `${n} days`);

/** The parts of the invitation by their German names in the domain. */
const partNames: Record<InvitationPart, string> = {
  Betreff: 'subject',
  Zeit: 'time',
  Ort: 'place',
  'Tagesordnung und Hinweise': 'agenda and notes',
  Eingeladene: 'invitees',
};
const parts = (list: InvitationPart[]) => list.map((part) => partNames[part]).join(', ');

/** The Einladung view's English texts (dates stay German-formatted). */
export const en: InvitationStrings = {
  loading: 'Reading the appointment from Outlook …',
  stage: {
    heading: 'Invitation status',
    label: 'Status',
    names: {
      offen: 'Not invited yet',
      vorgemerkt: 'Date held (no invitation yet)',
      verschickt: 'Invitation sent',
      aktualisiert: 'Invitation sent and updated',
      abgesagt: 'Meeting cancelled',
    },
    due: (date: string) => `Due on ${date} (about three weeks before the meeting)`,
    early: (n: number) => `${days(n)} to go.`,
    dueToday: 'Today is the day the invitation should go out.',
    late: (n: number) => `The invitation has been due for ${days(n)}.`,
    past: 'The meeting is in the past; an invitation is no longer possible.',
    heldAt: (when: string) => `Held in the calendar on ${when}.`,
    reminderAdded: 'A reminder is set in Microsoft To Do.',
    sentAt: (when: string) => `Sent on ${when}.`,
    updatedAt: (when: string) => `Last updated on ${when}.`,
    cancelledAt: (when: string) => `Cancelled on ${when}.`,
    cancelMessage: 'Cancellation message:',
    openInOutlook: 'Open the appointment in Outlook',
    missingVenue: 'Please choose a place under “Plan” first; it goes into the invitation.',
  },
  actions: {
    hold: 'Hold the date',
    holdHint:
      'Puts the meeting in your calendar without invitees (nobody gets mail) and sets a reminder in Microsoft To ' +
      'Do for 9:00 on the due date.',
    holdHintReminded:
      'Puts the meeting in your calendar without invitees (nobody gets mail). The reminder for the due date is ' +
      'already in Microsoft To Do.',
    send: 'Send the invitation now',
    attachAgenda: 'Attach the agenda as a PDF to the invitation',
    sendEarly: 'Invite now',
    sendLate: (n: number) => `Send the invitation now (${days(n)} later than planned)`,
    working: {
      hold: 'Holding the date …',
      reminder: 'Setting the reminder in Microsoft To Do …',
      send: 'Sending the invitation …',
      update: 'Sending the change …',
      cancel: 'Sending the cancellation …',
      refresh: 'Reading the replies …',
    },
    failed: {
      hold: 'The date was not held.',
      reminder: 'The date is held, but the reminder in Microsoft To Do is still missing.',
      send: 'The invitation was not sent.',
      update: 'The change was not sent.',
      cancel: 'The cancellation was not sent.',
      refresh: 'The replies could not be read.',
    },
    reminderUnknown: 'The date is held; it is not certain whether the reminder was set in Microsoft To Do.',
    failedHint: 'Trying again is safe: Treffpunkt never creates the appointment twice, and your plan is kept.',
    tryAgain: 'Try again',
  },
  members: {
    loading: 'Reading the members of the distribution list …',
    failed: (list: string) =>
      `The members of the distribution list ${list} could not be read. Until then the invitation can be neither ` +
      'sent nor changed, because it would go to the list instead of to each member.',
    retry: 'Try again',
    fallbackTitle: (list: string) => `The distribution list ${list} is invited as a whole.`,
    fallback: {
      limitedInformation: (permissions: string[]) => {
        const missing = permissions.join(' and ');
        return (
          `The directory shows the members without names and email addresses because Treffpunkt lacks the ` +
          `permission ${missing}. Invited one by one, they would not be reached. Exchange delivers the invitation ` +
          `to all members; inviting them one by one works once IT grants ${missing} (Microsoft Graph, delegated, ` +
          'with admin consent).'
        );
      },
      withoutAddress: (n: number) =>
        `${n === 1 ? 'One member has' : `${n} members have`} no email address in the directory and would get ` +
        'nothing if invited one by one. Exchange delivers the invitation to all members.',
      notInDirectory:
        'The distribution list is not a group in the directory (for example a dynamic list whose members ' +
        'Exchange determines only when sending). Exchange delivers the invitation to all members.',
      noMembers:
        'In the directory the distribution list has no members. So that the invitation does not go to nobody, ' +
        'it goes to the address of the list.',
      refused: 'The members of the distribution list cannot be read. Exchange delivers the invitation to all members.',
    },
    replies: 'Replies then appear with names as soon as someone on the list answers.',
  },
  confirmEarly: {
    title: 'Invite now?',
    body: (date: string, n: number) =>
      `The invitation is not due until ${date}, in ${days(n)}. Whoever is invited now gets the agenda as it ` +
      'stands today. Later changes go to everyone as an update.',
    confirm: 'Invite now',
  },
  uninvitable: {
    title: 'Not invited: no valid email address.',
    room: (room, address, list) =>
      `The room “${room}” is not booked: its room mailbox “${address}” in the list “${list}” is no email ` +
      'address. Please correct it there.',
    person: (name, address) =>
      `“${name}” is not invited: “${address}” is no email address. Please correct the address where it was ` +
      'entered (Plan or Settings).',
  },
  changes: {
    title: 'Changed since sending',
    body: (list: InvitationPart[]) => `Changed: ${parts(list)}. The invitees still have the previous version.`,
    send: 'Send the change to everyone',
    confirmTitle: 'Send the change to all invitees?',
    confirmBody: (list: InvitationPart[]) =>
      `All invitees get an updated invitation (changed: ${parts(list)}). ` +
      'Their acceptances stand as long as time and place do not change.',
    confirm: 'Send update',
  },
  cancel: {
    heading: 'Cancel the meeting',
    open: 'Cancel the meeting …',
    releaseHeld: 'Release the held date …',
    title: 'Cancel the meeting?',
    heldTitle: 'Release the held date?',
    body: 'All invitees get a cancellation with your message. The meeting is recorded as cancelled in SharePoint.',
    heldBody: 'The held date is removed from your calendar; nobody gets mail. The meeting is recorded as cancelled.',
    message: 'Message to the invitees',
    messageDefault: (date: string) =>
      `Unfortunately the networking meeting on ${date} has to be cancelled. We will let you know the new date ` +
      'as soon as possible.',
    messageRequired: 'Please write briefly why the meeting is cancelled; the message goes to all invitees.',
    confirm: 'Send cancellation',
    confirmHeld: 'Release the held date',
  },
  replies: {
    heading: 'Replies',
    notYet: 'Replies appear once the invitation has been sent.',
    counts: 'Replies by kind',
    accepted: 'Accepted',
    tentative: 'Tentative',
    declined: 'Declined',
    none: 'No reply yet',
    nobody: 'nobody',
    listNote:
      'The distribution list is invited as a whole: whoever on the list answers appears here by name once the ' +
      'reply is in.',
    catering: (low: number, high: number) =>
      low === high
        ? `Plan coffee and biscuits for ${low} people (hosts included).`
        : `Plan coffee and biscuits for ${low} to ${high} people (hosts included).`,
    readAt: (time: string) => `As of ${time}`,
    refresh: 'Refresh replies',
    missing: 'The appointment no longer exists in Outlook (deleted or cancelled). Replies can no longer be read.',
    cancelledInOutlook: 'The appointment is cancelled in Outlook.',
  },
  preview: {
    heading: 'Preview: how the invitation arrives',
    subject: 'Subject',
    when: 'When',
    where: 'Where',
    to: 'To',
    cc: 'Optional',
    room: 'Room',
    body: 'Invitation text',
    noVenue: 'no place chosen yet',
    hours: (start: string, end: string) => `${start}–${end}`,
    frameTitle: 'The invitation text as the invitees read it',
    reminder: (minutes: number) =>
      minutes >= 1440 && minutes % 1440 === 0
        ? `Reminder ${days(minutes / 1440)} before; a reply is requested.`
        : `Reminder ${minutes} minutes before; a reply is requested.`,
  },
};
