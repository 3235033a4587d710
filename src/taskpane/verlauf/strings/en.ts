import { formatEuro } from '../../../domain/money';
import type { HistoryStrings } from './de';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** The Verlauf view's English texts (dates and amounts stay German-formatted). */
export const en: HistoryStrings = {
  list: {
    heading: 'Past meetings',
    loading: 'Loading past meetings from SharePoint …',
    failed: 'The history could not be loaded.',
    empty: 'The list has no past meetings yet.',
    shown: (n) => `${count(n, 'meeting', 'meetings')} shown, newest first.`,
    more: 'Load more',
    loadingMore: 'Loading more meetings …',
    moreFailed: 'More meetings could not be loaded.',
    added: (n) => (n === 0 ? 'No more meetings found.' : `${count(n, 'more meeting', 'more meetings')} loaded.`),
  },
  status: {
    geplant: 'Planned',
    eingeladen: 'Invited',
    durchgeführt: 'Held',
    protokolliert: 'Minutes filed',
    abgesagt: 'Cancelled',
  },
  facts: {
    status: 'Status',
    venue: 'Venue',
    speaker: 'Input',
    participants: 'Participants',
    costs: 'Costs',
    nextMeeting: 'Next meeting',
    notFiled: 'not recorded',
    noVenue: 'no venue entered',
    noSpeaker: 'no input entered',
    euros: (cents) => formatEuro(cents),
  },
  details: {
    back: 'Back to the overview',
    loading: 'Reading the meeting from SharePoint …',
    failed: 'The meeting could not be read.',
    minutes: 'Minutes',
    noMinutes: 'No minutes entered.',
    decisions: 'Decisions',
    noDecisions: 'No decisions entered.',
    actions: 'Action items',
    noActions: 'No action items entered.',
    costs: 'Costs',
    noCostNotes: 'No individual items entered.',
    sharePoint: 'Open the entry in SharePoint',
    sharePointHint: '(opens a new window)',
  },
  edit: {
    heading: 'Edit',
    button: 'Edit this meeting',
    hint:
      'Opens the meeting in Plan, Invitation, Minutes and Expenses. Changes to the meeting open now are ' +
      'saved to SharePoint first.',
    opening: 'Opening the meeting …',
    opened: (date) => `The meeting of ${date} is open. You will now find it in Plan, Invitation, Minutes and Expenses.`,
    notOpened: 'The meeting was not opened. The reason is shown above under “Messages”.',
    waiting: 'Editing is possible as soon as the current meeting has loaded.',
    handMade:
      'This meeting was entered directly in SharePoint, not with Treffpunkt. It can be read here, but only ' +
      'changed in SharePoint.',
  },
  csv: {
    heading: 'Costs of a year as CSV',
    intro:
      'All expenses of a year’s meetings as a file for Excel (semicolons, German decimal commas), ' +
      'for example for the AMIF record.',
    year: 'Year',
    download: (year) => `Download costs ${year}`,
    working: (year) => `Reading the costs for ${year} from SharePoint …`,
    fileName: (year) => `Treffpunkt-Costs-${year}.csv`,
    saved: (file, lines, totalCents) =>
      `${file} saved: ${count(lines, 'item', 'items')}, ${formatEuro(totalCents)} in total. ` +
      'The file is in your Downloads folder.',
    nothing: (year) => `The list has no costs for ${year}. No file was created.`,
    failed: (year) => `The costs for ${year} could not be read.`,
    saveFailed: 'The file could not be saved.',
    saveFailedHint: 'Please allow downloads for Treffpunkt and try again, or download the file in Outlook on the web.',
  },
};
