import { formatLongDate } from '../../domain/planning';
import type { NeedsStrings } from './needsStrings';

export const en: NeedsStrings = {
  loading: 'Loading the needs …',
  loadFailed: 'The needs could not be loaded.',
  counts: (initiatives, mentions) =>
    `${initiatives === 1 ? 'one initiative' : `${initiatives} initiatives`}, ` +
    `${mentions === 1 ? 'raised once' : `raised ${mentions} times`}`,
  since: (label) => `since ${label}`,
  planen: {
    heading: 'Open needs of the initiatives',
    summary: (count, list) =>
      count === 0
        ? `No need is open at the moment (list “${list}”).`
        : `${count === 1 ? 'One need is' : `${count} needs are`} open (list “${list}”); each can become the topic ` +
          'of the next input (training).',
    show: 'Show open needs',
    takeUp: 'Take up as the input’s topic',
    takeUpNamed: (title) => `Take up “${title}” as the input’s topic`,
    takenUp: (title, date) =>
      `“${title}” is the input’s topic; the list now shows the need as taken up (${formatLongDate(date, 'en-GB')}).`,
    takeUpFailed: (title) => `“${title}” is the input’s topic, but the list does not show the need as taken up.`,
    takenUpHeading: 'Taken up, not done yet',
    takenUpIn: (label) => `taken up on ${label}`,
    markDone: 'Done',
    markDoneNamed: (title) => `Mark “${title}” as done`,
    markedDone: (title) => `The list now shows “${title}” as done; raised again, it is open again.`,
    markDoneFailed: (title) => `The list does not show “${title}” as done.`,
  },
  minutes: {
    heading: 'Needs from “News from the initiatives”',
    intro:
      'Take a line of the notes into the list of needs. Where an initiative stands before a colon ' +
      '(“Tafel Uslar: drivers wanted”), it is counted.',
    noLines: 'Nothing has been noted under “News from the initiatives” yet.',
    line: 'Line from the notes',
    preview: (title, initiative) => (initiative ? `Need: ${title} (initiative: ${initiative})` : `Need: ${title}`),
    submit: 'Record line as a need',
    done: (title) => `Recorded as a need: “${title}”.`,
    merged: (title) => `Recorded as a need: “${title}” was already in the list and has now been raised once more.`,
    failed: 'The line was not recorded as a need.',
  },
};
