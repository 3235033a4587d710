import type { Localized } from '../i18n/localized';

const de = {
  forCounty: 'Aufgabe für eine Kollegin / einen Kollegen im Landkreis',
  add: 'In Microsoft To Do übernehmen',
  addLabel: (what: string) => `„${what}“ in Microsoft To Do übernehmen`,
  adding: 'Wird in Microsoft To Do angelegt …',
  needsDue: 'Mit einem Datum unter „Bis wann“ lässt sich die Aufgabe in Ihr Microsoft To Do übernehmen.',
  added: (since: string) => `In To Do seit ${since}`,
  alreadyThere: 'Die Aufgabe war schon in Microsoft To Do; sie wurde nicht doppelt angelegt.',
  failed: 'Die Aufgabe konnte nicht in Microsoft To Do übernommen werden.',
};

export type ActionTodoStrings = typeof de;

const en: ActionTodoStrings = {
  forCounty: 'Action for a colleague at the county',
  add: 'Add to Microsoft To Do',
  addLabel: (what) => `Add “${what}” to Microsoft To Do`,
  adding: 'Adding to Microsoft To Do …',
  needsDue: 'With a date under “By when” the action can be added to your Microsoft To Do.',
  added: (since) => `In To Do since ${since}`,
  alreadyThere: 'The task was already in Microsoft To Do; it was not created twice.',
  failed: 'The action could not be added to Microsoft To Do.',
};

/** An action of the minutes as a task in Microsoft To Do, in German and English. */
export const actionTodoStrings: Localized<ActionTodoStrings> = { de, en };
