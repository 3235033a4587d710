import type { AppError } from '../../domain/appError';
import { formatLongDate, type PlainDate } from '../../domain/planning';

const lost = 'Die Antwort von Microsoft 365 ging unterwegs verloren';

/** A write whose answer was lost and whose outcome nobody could tell (`unknown-outcome`). */
export function outcomeUnknown(error: AppError): boolean {
  return error.code === 'unknown-outcome';
}

/** What the pane says after such a write, per kind of write (German). */
export const lostAnswerStrings = {
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
  venue:
    `${lost}, und ob der Ort angelegt wurde, ließ sich nicht feststellen. Bitte Treffpunkt neu öffnen und in der ` +
    'Liste der Orte nachsehen, bevor Sie ihn noch einmal anlegen.',
};
