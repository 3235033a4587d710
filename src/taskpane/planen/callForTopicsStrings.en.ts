import { formatLongDate } from '../../domain/planning';
import type { CallForTopicsStrings } from './callForTopicsStrings';

export const en: CallForTopicsStrings = {
  heading: 'Call for topics',
  intro:
    'A mail to the distribution list asks the initiatives which topics they want to raise and what they ' +
    'need. You take in replies in Outlook with “Als Thema vorschlagen”.',
  due: (due, inviteDue) =>
    `Due on ${formatLongDate(due, 'en-GB')} (the invitation is due on ${formatLongDate(inviteDue, 'en-GB')}).`,
  overdue: (days) => (days === 1 ? 'Overdue by one day.' : `Overdue by ${days} days.`),
  prepare: 'Prepare the call for topics',
  sentButton: (when) => `Call for topics sent on ${when}`,
  recorded: (when, deadline) =>
    `The call for topics went to the distribution list on ${when}; replies by ${formatLongDate(deadline, 'en-GB')}.`,
  unconfirmed: (when) =>
    `Whether the call for topics went out on ${when} is unclear. Please look in “Sent Items”. ` +
    'Another attempt looks there first and never sends twice.',
  unconfirmedTitle: 'Call for topics: unclear',
  review: 'Preview of the call for topics',
  to: 'To',
  subject: 'Subject',
  body: 'Text',
  deadline: 'Replies by',
  deadlineHint: 'A few days before the invitation is due.',
  problems: {
    missing: 'Please enter the date by which to reply.',
    past: 'The date is in the past. Please choose a later one.',
    'after-meeting': 'The date is not before the meeting. Please choose an earlier one.',
  },
  send: 'Send the call for topics',
  cancel: 'Cancel',
  sending: 'Sending the call for topics …',
  sent: (list) => `The call for topics is sent to ${list}.`,
  found: 'The answer from Microsoft 365 was lost, but the call for topics is sent (not twice).',
  failed: 'The call for topics was not sent.',
  tryAgain: 'Send again',
  noList: 'Please enter the distribution list’s address in the settings.',
};
