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
  purge: {
    heading: 'Personal data of old meetings',
    intro: (months, cutoff) =>
      `After the team’s storage period (${count(months, 'month', 'months')}) the names and email addresses of past ` +
      `meetings are no longer needed. This concerns the meetings before ${cutoff}.`,
    pending: (n) =>
      n === 0
        ? 'None of these meetings holds names or addresses any more.'
        : `${count(n, 'meeting still holds', 'meetings still hold')} names or addresses.`,
    handMade: (n) =>
      `${count(n, 'meeting was', 'meetings were')} entered directly in SharePoint; names in them can only be ` +
      'removed in SharePoint.',
    waiting: 'As soon as the meetings have been read from SharePoint, this says which older meetings still hold names.',
    settingsUnread: 'The team’s settings could not be read. Without the team’s storage period nothing is removed.',
    button: 'Remove names and addresses …',
    title: 'Remove the names and addresses of old meetings?',
    scope: (n, cutoff) => `Concerned: ${count(n, 'meeting', 'meetings')} before ${cutoff}.`,
    removed:
      'Removed are the names and email addresses of the participants and of the replies to the invitation (so ' +
      'also the recipients of the minutes mail), the speaker’s name and address, people named at action items, ' +
      'expenses and agenda items, the senders of suggested topics, and names and private addresses in the texts ' +
      'where Treffpunkt recognises them for sure.',
    kept:
      'Kept are the number of participants and of replies, the initiatives, the costs with receipt numbers, and ' +
      'the topics, notes, decisions and action items.',
    final:
      'This cannot be undone. Earlier versions stay in the SharePoint list’s version history until they are ' +
      'deleted there; Treffpunkt does not change the events in Outlook.',
    documents:
      'Treffpunkt does not change the files in the site’s document library (sign-in sheet, minutes as Word and ' +
      'PDF): with funding, the sign-in sheet is the funder’s proof and stays as long as its rules require (as the ' +
      'sheet says). Please delete these files in the meeting’s folder once their period has ended.',
    confirm: 'Remove now',
    progress: (done, total, date) => `Cleaning meeting ${done + 1} of ${total} (${date}) …`,
    finished: (purged) =>
      purged === 0
        ? 'Done. Nothing had to be removed from any meeting.'
        : `Done. Names and addresses were removed from ${count(purged, 'meeting', 'meetings')}.`,
    clean: (n) => `${count(n, 'meeting', 'meetings')} held none any more.`,
    problems: (n) => `${count(n, 'meeting was', 'meetings were')} not cleaned:`,
    open: 'is open in Treffpunkt right now. Please open another meeting first, then start again.',
    conflict: 'was changed in SharePoint meanwhile. Please start again; Treffpunkt then reads it anew.',
    handMadeNow: 'has no Treffpunkt record any more; names in it can only be removed in SharePoint.',
    failed: 'could not be saved.',
  },
};
