import { listed, type MeetingStrings } from './meetingStrings';

const quotedEn = (names: string[]) =>
  listed(
    names.map((n) => `“${n}”`),
    'and',
  );

export const en: MeetingStrings = {
  loading: 'Loading the meeting from SharePoint …',
  detour: {
    title: (date) => `The meeting on ${date} had unsaved entries on this device.`,
    body: 'So Treffpunkt opened it first and is saving them to SharePoint now.',
    go: (date) => `Go to the meeting on ${date}`,
  },
  storage: {
    title: {
      blocked: 'This browser does not let Treffpunkt keep anything on this device.',
      full: 'This browser’s storage is full.',
      anonymous: 'Treffpunkt does not know yet who is signed in.',
    },
    body:
      'Your entries stay in this window and are saved to SharePoint as usual. ' +
      'Close the window only once it says “Saved in SharePoint”.',
    understood: 'Got it',
  },
  lists: {
    missingTitle: (names) =>
      names.length === 1
        ? `The SharePoint site has no list ${quotedEn(names)} yet. Create it now?`
        : `The SharePoint site has no lists ${quotedEn(names)} yet. Create them now?`,
    missingBody:
      'Treffpunkt keeps the meetings, the venues and the needs in these lists; colleagues see them there. ' +
      'Treffpunkt has also looked for renamed lists. Until the lists are created, your planning stays ' +
      'on this device.',
    missingBodySaved:
      'Treffpunkt keeps the venues and the initiatives’ needs here; colleagues see them there. ' +
      'Your meetings are already saved in SharePoint.',
    create: (n) => (n === 1 ? 'Create list' : 'Create lists'),
    creating: 'Creating the lists …',
    created: 'The lists have been created. Your planning is now saved there.',
    failed: 'The lists were not created.',
    tryAgain: 'Try again',
    columnsTitle: (list, columns) => `The list “${list}” is missing columns: ${columns.join(', ')}.`,
    columnsBlocking: 'Without them Treffpunkt cannot save there; until then your entries stay on this device.',
    columnsOther: 'Treffpunkt saves everything else; these details are missing from the list until the columns exist.',
    columnsStep: (list) =>
      `Whoever manages the SharePoint site can add them to the list “${list}” with “Add column” – ` +
      'or IT gives Treffpunkt the role “manage” on the site (Sites.Selected); then Treffpunkt adds them ' +
      'itself the next time it opens.',
    viewTitle: (list, view) => `Important columns are not shown in the view “${view}” of the list “${list}”.`,
    viewStep: (list, view, columns) =>
      'Otherwise colleagues see only the title in SharePoint. Whoever manages the site shows them: open the ' +
      `list “${list}”, view “${view}” → “Edit current view”, tick these columns: ${columns.join(', ')}; save. ` +
      'Or IT grants Treffpunkt the SharePoint permission Sites.Selected with the role “manage” on the site; ' +
      'then Treffpunkt shows them itself.',
  },
};
