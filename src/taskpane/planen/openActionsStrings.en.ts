import type { OpenActionsStrings } from './openActionsStrings';

export const en: OpenActionsStrings = {
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
