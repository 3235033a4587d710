import type { EnglishLater } from '../i18n/localized';

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

/**
 * Planen's section on the open actions of the last minutes: German; English later (`openActionsStrings.en.ts`,
 * ../english).
 */
export const openActionsStrings: EnglishLater<OpenActionsStrings> = { de };
