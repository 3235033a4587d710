import type { AppError } from '../../domain/appError';
import { formatLongDate, type PlainDate } from '../../domain/planning';
import type { Localized } from '../i18n/localized';

/** A write whose answer was lost and whose outcome nobody could tell (`unknown-outcome`). */
export function outcomeUnknown(error: AppError): boolean {
  return error.code === 'unknown-outcome';
}

const lost = 'Die Antwort von Microsoft 365 ging unterwegs verloren';

const de = {
  meetingItem:
    `${lost}, und ob das Treffen in der SharePoint-Liste angelegt wurde, ließ sich noch nicht feststellen. ` +
    'Treffpunkt sieht vor dem nächsten Versuch dort nach und legt es nie doppelt an; Ihre Eingaben bleiben erhalten.',
  reminder: (title: string, due: PlainDate) =>
    `${lost}, und ob die Erinnerung in Microsoft To Do angelegt wurde, ließ sich nicht feststellen. Bitte in ` +
    `Microsoft To Do nachsehen, ob die Aufgabe „${title}“ am ${formatLongDate(due)} da ist. Nur wenn sie fehlt, ` +
    'hier „Erinnerung anlegen“ wählen.',
  addReminder: 'Erinnerung anlegen',
  /** The answer was lost, and looking found the meeting's item: saved once. */
  meetingItemFound:
    'Die Antwort von Microsoft 365 ging verloren; das Treffen war aber schon in SharePoint gespeichert. ' +
    'Es wurde nicht doppelt angelegt.',
  /** The answer was lost, and looking found the task in To Do: added once. */
  reminderFound:
    'Die Antwort von Microsoft 365 ging verloren; die Erinnerung ist aber in To Do angelegt (nicht doppelt).',
  /** A county colleague's action as a task in Microsoft To Do. */
  todoTask:
    `${lost}, und ob die Aufgabe in Microsoft To Do angelegt wurde, ließ sich nicht feststellen. ` +
    'Treffpunkt sieht beim nächsten Versuch zuerst dort nach und legt sie nie doppelt an.',
  venue:
    `${lost}, und ob der Ort angelegt wurde, ließ sich nicht feststellen. Bitte Treffpunkt neu öffnen und in der ` +
    'Liste der Orte nachsehen, bevor Sie ihn noch einmal anlegen.',
};

export type LostAnswerStrings = typeof de;

const lostEn = 'The answer from Microsoft 365 was lost on the way';

const en: LostAnswerStrings = {
  meetingItem:
    `${lostEn}, and whether the meeting was created in the SharePoint list could not be found out yet. ` +
    'Treffpunkt looks there before the next attempt and never creates it twice; your entries are kept.',
  reminder: (title, due) =>
    `${lostEn}, and whether the reminder was created in Microsoft To Do could not be found out. Please look in ` +
    `Microsoft To Do whether the task “${title}” on ${formatLongDate(due)} is there. Only if it is missing, ` +
    'choose “Add reminder” here.',
  addReminder: 'Add reminder',
  meetingItemFound:
    'The answer from Microsoft 365 was lost, but the meeting had already been saved in SharePoint. ' +
    'It was not created twice.',
  reminderFound: 'The answer from Microsoft 365 was lost, but the reminder is in To Do (not twice).',
  todoTask:
    `${lostEn}, and whether the task was created in Microsoft To Do could not be found out. ` +
    'Treffpunkt looks there first on the next attempt and never creates it twice.',
  venue:
    `${lostEn}, and whether the venue was created could not be found out. Please open Treffpunkt again and look ` +
    'in the list of venues before you create it once more.',
};

/** What the pane says after a write whose answer was lost, per kind of write, in German and English. */
export const lostAnswerStrings: Localized<LostAnswerStrings> = { de, en };
