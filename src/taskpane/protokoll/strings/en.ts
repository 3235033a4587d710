import { formatLongDate } from '../../../domain/planning';
import type { MinutesStrings } from './de';

const people = (n: number) => (n === 1 ? 'one person' : `${n} people`);

/** Every visible or spoken text of the Protokoll view in English (dates stay German-formatted). */
export const en: MinutesStrings = {
  choice: {
    futureTitle: 'This meeting is still ahead.',
    future: (date) =>
      `The open meeting takes place on ${formatLongDate(date)}. Minutes are written on the day of the meeting or after it.`,
    cancelledTitle: 'This meeting was cancelled.',
    cancelled: (date) => `The meeting on ${formatLongDate(date)} was cancelled; there are no minutes for it.`,
    offer: (date) => `The last meeting that took place was on ${formatLongDate(date)}.`,
    open: (date) => `Open the minutes of ${formatLongDate(date)}`,
    opening: 'Opening the meeting …',
    none: 'The SharePoint list has no meeting yet that took place and carries Treffpunkt data, so there are no minutes to write.',
  },
  notes: {
    heading: 'Notes on the agenda',
    item: (top, title, start, end) => `Item ${top}: ${title} (${start}–${end})`,
    subItems: (items) => `Sub-items: ${items.join(', ')}`,
    reminderTitle: 'Remember:',
    empty: 'No notes.',
  },
  privacy: {
    title: 'Privacy note:',
  },
  decisions: {
    heading: 'Decisions',
    empty: 'No decisions yet.',
    label: (n) => `Decision ${n}`,
    add: 'Add decision',
    remove: 'Remove',
    removeLabel: (n) => `Remove decision ${n}`,
  },
  actions: {
    heading: 'Action items',
    empty: 'No action items yet.',
    legend: (n) => `Action item ${n}`,
    what: 'What is to be done?',
    who: 'Who',
    whoHint: 'A person or an initiative; may stay empty',
    due: 'By when',
    dueHint: 'may stay empty',
    add: 'Add action item',
    remove: 'Remove',
    removeLabel: (n) => `Remove action item ${n}`,
  },
  attendance: {
    heading: 'Attendance',
    count: (n) => (n === 1 ? '1 person present' : `${n} people present`),
    listLabel: 'Attendance list',
    order:
      'Pre-filled from the replies to the invitation: acceptances first, then “maybe”, then no reply. Those who declined are not on the list.',
    empty: 'Nobody on the list yet. Add anyone who came without accepting below.',
    reading: 'Reading the replies to the invitation …',
    read: (time) => `Pre-filled from the replies to the invitation (as of ${time}).`,
    readFailed: 'The replies to the invitation could not be read.',
    missing:
      'The appointment no longer exists in Outlook (deleted or cancelled). Please complete the attendance list by hand.',
    byHand: 'The list can also be kept by hand.',
    readAgain: 'Read the replies again',
    walkIn: 'Someone came without accepting?',
    name: 'Name',
    initiative: 'Initiative or organisation',
    initiativeHint: 'may stay empty',
    address: 'Email address',
    addressHint: 'for sending the minutes; may stay empty',
    addressInvalid: 'Please enter an email address such as name@example.org or leave the field empty.',
    nameMissing: 'Please enter the name of the person who came without accepting.',
    add: 'Add person',
    added: (label) => `${label} added as present.`,
    remove: 'Remove',
    removeLabel: (label) => `Remove ${label} from the list`,
    removed: (label) => `${label} removed from the list.`,
  },
  next: {
    heading: 'Next meeting',
    intro:
      'The date of the next meeting is set at the meeting. Treffpunkt creates it as a planned meeting with the standard agenda.',
    date: 'Date of the next meeting',
    fixed: (date) => `Set: ${formatLongDate(date)}.`,
    confirm: 'Set next meeting',
    dateMissing: 'Please choose a date.',
    creating: 'Creating the next meeting …',
    created: (date, due) =>
      `The meeting on ${formatLongDate(date)} has been created in the SharePoint list (planned, with the standard agenda). ` +
      `A task in Microsoft To Do on ${formatLongDate(due)} at 9:00 reminds you to send the invitation. ` +
      'It is planned under “Planen” once it is open there.',
    moved: (from) =>
      `The meeting planned for ${formatLongDate(from)} has been moved to this day. ` +
      'Please delete the reminder for the old day in Microsoft To Do.',
    exists: (date) =>
      `The SharePoint list already has a meeting on ${formatLongDate(date)}; no second one was created.`,
    createFailed: 'The next meeting was not created.',
    reminderFailed: (date) =>
      `The meeting on ${formatLongDate(date)} has been created, but the reminder in Microsoft To Do is still missing.`,
    reminderUnknown: (date) =>
      `The meeting on ${formatLongDate(date)} has been created; whether the reminder in Microsoft To Do was created is not certain.`,
    createUnknown: 'Whether the next meeting was created is not certain.',
    tryAgain: 'Try again',
  },
  final: {
    heading: 'Completion',
    intro:
      'Completed minutes are listed in SharePoint as “protokolliert” and can only be read here until they are reopened.',
    finalize: {
      label: 'Complete minutes',
      title: 'Complete the minutes?',
      confirmLabel: 'Complete',
    },
    finalizeBody:
      'Notes, decisions, action items, attendance and expenses can then only be read. Reopening is possible at any time.',
    openProblems: (n) => (n === 1 ? 'Still open: 1 note' : `Still open: ${n} notes`),
    tooLongTitle: 'The minutes cannot be completed yet.',
    tooLong: (where, limit) =>
      `${where} is too long for the SharePoint list (at most ${limit.toLocaleString('en-GB')} characters). ` +
      'Please shorten or split it; then the minutes can be completed.',
    tooLongNote: (top, title) => `The note on “TOP ${top}: ${title}”`,
    tooLongDecision: (n) => `“Decision ${n}”`,
    tooLongAction: (n) => `“Action item ${n}”`,
    tooLongPlanning: 'A text in Planen (agenda or speaker)',
    doneTitle: 'The minutes are complete.',
    doneBody: (when) => `Completed on ${when}. They can only be read; to change anything, please reopen them.`,
    reopen: {
      label: 'Reopen',
      title: 'Reopen the minutes?',
      confirmLabel: 'Reopen',
    },
    reopenBody:
      'The minutes can be edited again and are listed in SharePoint as “durchgeführt” until you complete them again.',
    present: 'Present',
    none: 'None.',
  },
  mail: {
    heading: 'Minutes by email',
    intro: 'The minutes go from your mailbox as a blind copy to everyone ticked as present who has an email address.',
    send: 'Send minutes by email …',
    title: (n) => `Send the minutes to ${people(n)}?`,
    recipients: (n) => `The minutes go as a blind copy to ${people(n)}; nobody sees the others’ addresses.`,
    withoutAddress: (names) => `Without an email address (they do not get them): ${names.join(', ')}.`,
    withLink: 'The email contains a link to the meeting in the SharePoint list.',
    withoutLink:
      'The link to the SharePoint list is not known yet (the meeting has only just been created); the email goes without a link.',
    confirm: 'Send now',
    nobody: 'Nobody with an email address is ticked as present. Please tick those present or add addresses first.',
    sending: 'Sending the minutes …',
    sent: (n, time) => `The minutes were sent to ${people(n)} at ${time}.`,
    failed: 'The minutes were not sent.',
    recorded: (when, n) => `Minutes sent to ${people(n)} on ${when}.`,
    recordedUnconfirmed: (when, n) =>
      `On ${when} the minutes were sent to ${people(n)}, but the answer from Microsoft 365 was lost: ` +
      'whether they went out is not certain. Please look in Outlook under “Sent Items”.',
    sendAgain: 'Send again …',
    againTitle: 'Send the minutes again?',
    againSent: (when, n) =>
      `The minutes were already sent to ${people(n)} on ${when}. Whoever received them will receive them a second time.`,
    againUnconfirmed: (when, subject) =>
      `Whether the minutes were sent on ${when} is not certain. Please first look in Outlook under “Sent Items” ` +
      `for “${subject}” and only send if it is missing there.`,
    confirmAgain: 'Send again',
    found: (time, n) =>
      'The email was sent; the answer from Microsoft 365 was lost. Treffpunkt found it in “Sent Items” ' +
      `(at ${time}, to ${people(n)}) and did not send it again.`,
    unknownTitle: 'Whether the minutes were sent is not certain.',
    unknownBody: (subject) =>
      'The answer from Microsoft 365 was lost on the way, and Treffpunkt could not find out whether the email ' +
      `went out. Please look in Outlook under “Sent Items” for the email “${subject}” from today. If it is ` +
      'there, nothing more needs doing. If it is missing, choose “Send again …” here: the minutes then go out ' +
      'once more, deliberately.',
    tryAgain: 'Send again',
  },
};
