import { formatLongDate, type PlainDate } from '../../domain/planning';
import type { EnglishLater } from '../i18n/localized';

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
    takenUpHeading: 'Aufgegriffen, noch nicht erledigt',
    takenUpIn: (label: string) => `aufgegriffen am ${label}`,
    markDone: 'Erledigt',
    markDoneNamed: (title: string) => `„${title}“ als erledigt markieren`,
    markedDone: (title: string) =>
      `„${title}“ steht in der Liste jetzt als erledigt; wird er wieder genannt, ist er wieder offen.`,
    markDoneFailed: (title: string) => `„${title}“ ist in der Liste nicht als erledigt vermerkt.`,
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

/** The needs register's words in Planen and Protokoll: German; English later (`needsStrings.en.ts`, ../english). */
export const needsStrings: EnglishLater<NeedsStrings> = { de };
