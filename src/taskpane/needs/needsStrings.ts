import { formatLongDate, type PlainDate } from '../../domain/planning';
import type { Localized } from '../i18n/localized';

const de = {
  loading: 'Die Bedarfe werden geladen …',
  loadFailed: 'Die Bedarfe konnten nicht geladen werden.',
  counts: (initiatives: number, mentions: number) =>
    `${initiatives === 1 ? 'eine Initiative' : `${initiatives} Initiativen`}, ` +
    `${mentions === 1 ? 'einmal' : `${mentions}-mal`} genannt`,
  since: (label: string) => `seit ${label}`,
  /** NeedsInPlanen */
  planen: {
    heading: 'Offene Bedarfe der Initiativen',
    summary: (count: number, list: string) =>
      count === 0
        ? `Zurzeit ist kein Bedarf offen (Liste „${list}“).`
        : `${count === 1 ? 'Ein Bedarf ist' : `${count} Bedarfe sind`} offen (Liste „${list}“); jeder kann das ` +
          'Thema des nächsten Inputs (Fortbildung) werden.',
    show: 'Offene Bedarfe zeigen',
    takeUp: 'Als Thema für den Input übernehmen',
    takeUpNamed: (title: string) => `„${title}“ als Thema für den Input übernehmen`,
    takenUp: (title: string, date: PlainDate) =>
      `„${title}“ ist das Thema des Inputs; in der Liste steht der Bedarf jetzt als aufgegriffen (${formatLongDate(date)}).`,
    takeUpFailed: (title: string) =>
      `„${title}“ ist das Thema des Inputs, der Bedarf ist in der Liste aber nicht als aufgegriffen vermerkt.`,
  },
  /** The form "Bedarf von Hand erfassen" */
  byHand: {
    heading: 'Bedarf von Hand erfassen',
    title: 'Bedarf',
    titleHint: 'Was brauchen die Initiativen? Ein kurzer Satz, z. B. „Schulung Umgang mit Behörden“.',
    titleMissing: 'Bitte den Bedarf in einem kurzen Satz nennen.',
    initiatives: 'Von wie vielen Initiativen genannt',
    note: 'Notiz zum Bedarf',
    submit: 'Bedarf erfassen',
    added: (title: string) => `„${title}“ steht jetzt in der Liste der Bedarfe.`,
    merged: (title: string) => `„${title}“ stand schon in der Liste; er ist jetzt einmal mehr genannt.`,
    failed: 'Der Bedarf wurde nicht gespeichert.',
  },
  /** MarkAsNeed in Protokoll */
  minutes: {
    heading: 'Bedarfe aus „Aktuelles aus den Initiativen“',
    intro:
      'Eine Zeile der Notizen als Bedarf in die Liste der Bedarfe übernehmen. Steht vor einem Doppelpunkt ' +
      'eine Initiative („Tafel Uslar: Fahrdienst gesucht“), wird sie mitgezählt.',
    noLines: 'Zu „Aktuelles aus den Initiativen“ ist noch nichts notiert.',
    line: 'Zeile aus den Notizen',
    preview: (title: string, initiative: string | undefined) =>
      initiative ? `Bedarf: ${title} (Initiative: ${initiative})` : `Bedarf: ${title}`,
    submit: 'Zeile als Bedarf erfassen',
    done: (title: string) => `Als Bedarf erfasst: „${title}“.`,
    merged: (title: string) =>
      `Als Bedarf erfasst: „${title}“ stand schon in der Liste und ist jetzt einmal mehr genannt.`,
    failed: 'Die Zeile wurde nicht als Bedarf erfasst.',
  },
};

export type NeedsStrings = typeof de;

const en: NeedsStrings = {
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
  },
  byHand: {
    heading: 'Record a need by hand',
    title: 'Need',
    titleHint: 'What do the initiatives need? A short sentence, e.g. “Training on dealing with authorities”.',
    titleMissing: 'Please name the need in a short sentence.',
    initiatives: 'Raised by how many initiatives',
    note: 'Note on the need',
    submit: 'Record need',
    added: (title) => `“${title}” is now in the list of needs.`,
    merged: (title) => `“${title}” was already in the list; it has now been raised once more.`,
    failed: 'The need was not saved.',
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

/** The needs register's words in Planen and Protokoll, German and English. */
export const needsStrings: Localized<NeedsStrings> = { de, en };
