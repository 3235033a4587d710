import { NO_DISTRIBUTION_LIST_DE } from '../../domain/invitation/callForTopicsMail';
import { formatLongDate, type PlainDate } from '../../domain/planning';
import type { DeadlineProblem } from '../../domain/planning/callForTopics';
import type { Localized } from '../i18n/localized';

const de = {
  heading: 'Themenaufruf',
  intro:
    'Eine E-Mail an den Verteiler fragt die Initiativen, welche Themen sie einbringen möchten und was sie ' +
    'brauchen. Antworten nehmen Sie in Outlook mit „Als Thema vorschlagen“ auf.',
  due: (due: PlainDate, inviteDue: PlainDate) =>
    `Fällig am ${formatLongDate(due)} (die Einladung ist am ${formatLongDate(inviteDue)} fällig).`,
  overdue: (days: number) => (days === 1 ? 'Seit einem Tag fällig.' : `Seit ${days} Tagen fällig.`),
  prepare: 'Themenaufruf vorbereiten',
  sentButton: (when: string) => `Themenaufruf gesendet am ${when}`,
  recorded: (when: string, deadline: PlainDate) =>
    `Der Themenaufruf ging am ${when} an den Verteiler; Antworten bis ${formatLongDate(deadline)}.`,
  unconfirmed: (when: string) =>
    `Ob der Themenaufruf am ${when} verschickt wurde, ist unklar. Bitte in „Gesendete Elemente“ nachsehen. ` +
    'Ein neuer Versuch sieht dort zuerst nach und sendet nie doppelt.',
  unconfirmedTitle: 'Themenaufruf: unklar',
  review: 'Vorschau des Themenaufrufs',
  to: 'An',
  subject: 'Betreff',
  body: 'Text',
  deadline: 'Antworten bis',
  deadlineHint: 'Einige Tage, bevor die Einladung fällig ist.',
  problems: {
    missing: 'Bitte ein Datum eingeben, bis wann geantwortet werden soll.',
    past: 'Das Datum liegt in der Vergangenheit. Bitte ein späteres wählen.',
    'after-meeting': 'Das Datum liegt nicht vor dem Treffen. Bitte ein früheres wählen.',
  } satisfies Record<DeadlineProblem | 'missing', string>,
  send: 'Themenaufruf senden',
  cancel: 'Abbrechen',
  sending: 'Themenaufruf wird gesendet …',
  sent: (list: string) => `Der Themenaufruf ist an ${list} gesendet.`,
  found: 'Die Antwort von Microsoft 365 ging verloren; der Themenaufruf ist aber gesendet (nicht doppelt).',
  failed: 'Der Themenaufruf wurde nicht gesendet.',
  tryAgain: 'Erneut senden',
  noList: NO_DISTRIBUTION_LIST_DE,
};

export type CallForTopicsStrings = typeof de;

const en: CallForTopicsStrings = {
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

/** The call for topics' texts in Planen, German and English (the mail itself stays German). */
export const callForTopicsStrings: Localized<CallForTopicsStrings> = { de, en };
