import { count, type KitStrings } from './kitStrings';

const enCount = count('en-GB');

export const en: KitStrings = {
  cancel: 'Cancel',
  limits: {
    counter: (length, limit) => `${enCount(length)} of ${enCount(limit)} characters`,
    tooLong: (limit) => `Too long: at most ${enCount(limit)} characters – please shorten or split it.`,
    saveRefused: (field, limit) =>
      `“${field}” is too long for the SharePoint list (at most ${enCount(limit)} characters) and was therefore ` +
      'not saved. Please shorten the marked text or split it; your entries are kept on this device.',
  },
  save: {
    savedAt: (time) => `Saved in SharePoint at ${time}`,
    saving: 'Saving changes …',
    onDevice: 'Kept on this device; in SharePoint as soon as the lists have been created.',
    errorTitle: 'Not saved in SharePoint.',
    errorBody: 'Your entries are kept on this device.',
    retrying: 'Treffpunkt saves by itself as soon as Microsoft 365 answers again.',
    saveNow: 'Save now',
    conflictTitle: 'Changed at the same time.',
    conflictBody: 'Someone else has changed this meeting in SharePoint meanwhile.',
    takeTheirs: 'Take the version from SharePoint',
    keepMine: 'Save my version',
    merge: 'Merge',
    differencesHeading: 'What differs',
    readingDifferences: 'Reading the version in SharePoint …',
    noDifferences:
      'What was typed is the same in both versions. They differ in records Treffpunkt keeps itself (such as of ' +
      'the invitation, the documents or the minutes mail). Take the version from SharePoint so that your ' +
      'colleague’s records are kept.',
    unreadableDifferences:
      'The version in SharePoint could not be read just now. You can still choose below; ' +
      '“Merge” and “Take the version from SharePoint” read it again.',
    mine: 'Your version',
    theirs: 'In SharePoint',
    empty: '(empty)',
    choices:
      '“Merge” keeps the rows, notes and ticks of both versions (for notes both texts, marked) and your ' +
      'planning. “Save my version” overwrites the changes in SharePoint.',
  },
};
