import {
  type AgendaKind,
  type DateWarning,
  formatLongDate,
  formatShortDate,
  type PlainDate,
  weekday,
} from '../../../domain/planning';
import { dayMonthYear, isFerien, type PlanenStrings } from './de';

const WEEKDAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Holiday names stay as the German calendars give them ("Osterferien", "Ostermontag"). */
function warningText(warning: DateWarning): string {
  switch (warning.kind) {
    case 'in-past':
      return 'The date is in the past.';
    case 'weekend':
      return warning.which === 'meeting'
        ? `${dayMonthYear(warning.date)} is a ${WEEKDAY_LONG[weekday(warning.date)] ?? ''}.`
        : 'The invitation would have to be sent on a weekend.';
    case 'holiday':
      return `${dayMonthYear(warning.date)} is a public holiday (${warning.name}).`;
    case 'school-holiday':
      if (warning.which === 'meeting') {
        return isFerien(warning.name)
          ? `The day falls in the school holidays (${warning.name}).`
          : `The day is a school day off (${warning.name}).`;
      }
      return isFerien(warning.name)
        ? `The invitation would have to be sent in the school holidays (${warning.name}).`
        : `The invitation would have to be sent on a school day off (${warning.name}).`;
    case 'no-school-data':
      return warning.which === 'meeting'
        ? 'No school holidays are on record for this date; please check yourself.'
        : 'No school holidays are on record for the day the invitation goes out; please check yourself.';
    case 'due-passed':
      return `The invitation has been due for ${warning.daysLate} ${warning.daysLate === 1 ? 'day' : 'days'}.`;
  }
}

const KIND_LABELS: Record<AgendaKind, string> = {
  information: 'Information',
  austausch: 'Discussion',
  beschluss: 'Decision',
  vortrag: 'Talk',
};

const TIME_PLAN_STATE = { passt: 'fits', 'zu lang': 'too long', 'zu kurz': 'too short' } as const;

/** Every visible or spoken text of the Planen view (English; dates stay German-formatted). */
export const en: PlanenStrings = {
  date: {
    heading: 'Date',
    date: 'Date of the meeting',
    start: 'Start',
    dateMissing: 'Please choose a date.',
    timeMissing: 'Please enter a time such as 15:00.',
    until: (end) => `until ${end} (3 hours)`,
    inviteDue: (due) => `Send the invitation by ${formatLongDate(due)}`,
    warningsTitle: 'Please check:',
    warning: warningText,
    proposalsLabel: 'Proposals on the quarterly cadence, avoiding public and school holidays:',
    proposal: (date: PlainDate) => `Proposal: ${WEEKDAY_SHORT[weekday(date)] ?? ''}, ${formatShortDate(date)}`,
  },
  venue: {
    heading: 'Venue',
    select: 'Venue',
    choose: 'Please choose',
    suggestion: (name, lastHosted) =>
      `Next in turn: ${name} ${lastHosted ? `(last hosted on ${formatShortDate(lastHosted)})` : '(has never hosted yet)'}`,
    takeSuggestion: 'Take the suggestion',
    newVenue: 'Add a new venue',
    name: 'Name',
    kind: 'Kind',
    kinds: { initiative: 'Initiative', kreishaus: 'County hall' },
    street: 'Street and number',
    postalCode: 'Postcode',
    town: 'Town',
    stepFree: 'Step-free access',
    parking: 'Parking',
    publicTransport: 'Bus and train',
    other: 'Notes',
    access: {
      stepFree: 'Step-free access.',
      notStepFree: 'No step-free access.',
      parking: (text) => `Parking: ${text}`,
      publicTransport: (text) => `Bus and train: ${text}`,
    },
    saveVenue: 'Save venue',
    saving: 'Saving the venue …',
    cancel: 'Cancel',
    nameMissing: 'Please enter the name of the venue.',
    townMissing: 'Please enter the town.',
    saveFailed: 'The venue was not saved. Your entries stay in the form.',
  },
  speaker: {
    heading: 'Input from outside',
    name: 'Name of the speaker',
    organisation: 'Organisation',
    topic: 'Topic of the input',
  },
  agenda: {
    heading: 'Agenda',
    legend: (index, title) => `Item ${index + 1}${title.trim() ? `: ${title}` : ''}`,
    title: 'Title',
    titleMissing: 'Please enter a title for the agenda item.',
    kind: 'Kind',
    kinds: KIND_LABELS,
    minutes: 'Minutes',
    minutesInvalid: 'Please enter a duration between 1 and 180 minutes.',
    presenter: 'Who',
    note: 'Note',
    standingNote: 'Standing note',
    subItems: 'Sub-points',
    subItem: (n) => `Sub-point ${n}`,
    removeSubItem: (n) => `Remove sub-point ${n}`,
    addSubItem: 'Add sub-point',
    itemName: (index, title) => title.trim() || `Agenda item ${index + 1}`,
    up: (name) => `Move ${name} up`,
    down: (name) => `Move ${name} down`,
    remove: (name) => `Remove ${name}`,
    add: 'Add agenda item',
  },
  timePlan: {
    heading: 'Time plan',
    total: (plan) => {
      const head = `Planned: ${plan.plannedMinutes} of ${plan.slotMinutes} minutes – `;
      if (plan.state === 'passt') return `${head}${TIME_PLAN_STATE.passt}.`;
      return `${head}${Math.abs(plan.differenceMinutes)} minutes ${TIME_PLAN_STATE[plan.state]}.`;
    },
    end: (time) => `Ends at ${time}.`,
  },
  suggestions: {
    heading: 'Topic suggestions from mails',
    empty: 'No suggestions yet. In Outlook you can keep a mail here with “Als Thema vorschlagen” (suggest as topic).',
    from: (sender, date) => `From ${sender}, ${date}`,
    accept: 'Take into the agenda',
    acceptLabel: (subject) => `Take “${subject}” into the agenda`,
    dismiss: 'Dismiss',
    dismissLabel: (subject) => `Dismiss “${subject}”`,
    fromMany: (senders) => `From ${senders} – several suggestions on the same topic`,
    asNeed: 'Record as a need',
    needLabel: (subject) => `Record “${subject}” as a need`,
    needNote: (count) =>
      count === 1 ? 'Aus einem Themenvorschlag per E-Mail.' : `Aus ${count} Themenvorschlägen per E-Mail.`,
    needAdded: (title) => `“${title}” is in the needs list.`,
    needMerged: (title) => `“${title}” was already in the needs list and is now named once more.`,
    needFailed: 'The need was not recorded.',
  },
};
