import type { Localized } from '../i18n/localized';

const de = {
  heading: 'Offene Aufgaben aus dem letzten Treffen',
  intro: 'Diese Aufgaben aus früheren Protokollen sind noch nicht als erledigt vermerkt.',
  listLabel: 'Offene Aufgaben',
  who: (who: string) => `Wer: ${who}`,
  due: (date: string) => `Bis: ${date}`,
  from: (date: string) => `Aus dem Treffen am ${date}`,
  addReview: 'Als Unterpunkt „Rückblick: offene Aufgaben“ aufnehmen',
  reviewUnder: (n: number, title: string) =>
    `Der Unterpunkt „Rückblick: offene Aufgaben“ steht in der Tagesordnung unter TOP ${n}: ${title}.`,
  noReviewItem:
    'Die Tagesordnung hat keinen Punkt „Aktuelles aus dem Landkreis“ und keinen für Termine: Den Rückblick ' +
    'dort bitte von Hand eintragen.',
};

export type OpenActionsStrings = typeof de;

const en: OpenActionsStrings = {
  heading: 'Open actions from the last meeting',
  intro: 'These actions from earlier minutes are not marked as done yet.',
  listLabel: 'Open actions',
  who: (who) => `Who: ${who}`,
  due: (date) => `By: ${date}`,
  from: (date) => `From the meeting on ${date}`,
  addReview: 'Add as sub-point “Rückblick: offene Aufgaben”',
  reviewUnder: (n, title) => `The sub-point “Rückblick: offene Aufgaben” is on the agenda under item ${n}: ${title}.`,
  noReviewItem: 'The agenda has no item for the county’s news and none for dates: please add the review there by hand.',
};

/** Planen's section on the open actions of the last minutes, in German and English. */
export const openActionsStrings: Localized<OpenActionsStrings> = { de, en };
