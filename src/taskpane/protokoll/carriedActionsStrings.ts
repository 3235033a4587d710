import { CARRIED_STATUS_DE } from '../../domain/minutes';
import type { Localized } from '../i18n/localized';

const de = {
  heading: 'Offene Aufgaben aus dem letzten Treffen',
  intro: 'Wie steht es um diese Aufgaben? Was noch offen ist, erscheint beim nächsten Treffen wieder.',
  listLabel: 'Aufgaben aus früheren Treffen',
  meta: (who: string, due: string, from: string) =>
    [who && `Wer: ${who}`, due && `bis ${due}`, `aus dem Treffen am ${from}`].filter(Boolean).join(' · '),
  status: (what: string) => `Stand: ${what}`,
  /** The minutes' own words for where an action stands. */
  statuses: CARRIED_STATUS_DE,
};

export type CarriedActionsStrings = typeof de;

const en: CarriedActionsStrings = {
  heading: 'Open actions from the last meeting',
  intro: 'Where do these actions stand? What is still open appears again at the next meeting.',
  listLabel: 'Actions from earlier meetings',
  meta: (who, due, from) =>
    [who && `Who: ${who}`, due && `by ${due}`, `from the meeting on ${from}`].filter(Boolean).join(' · '),
  status: (what) => `Status: ${what}`,
  statuses: { erledigt: 'done', offen: 'still open' },
};

/** Protokoll's section on the actions carried over from earlier minutes, in German and English. */
export const carriedActionsStrings: Localized<CarriedActionsStrings> = { de, en };
