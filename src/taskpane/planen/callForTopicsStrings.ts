import { NO_DISTRIBUTION_LIST_DE } from '../../domain/invitation/callForTopicsMail';
import { formatLongDate, type PlainDate } from '../../domain/planning';
import type { DeadlineProblem } from '../../domain/planning/callForTopics';
import type { EnglishLater } from '../i18n/localized';

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

/**
 * The call for topics' texts in Planen: German; English later (`callForTopicsStrings.en.ts`, ../english). The mail
 * itself stays German.
 */
export const callForTopicsStrings: EnglishLater<CallForTopicsStrings> = { de };
