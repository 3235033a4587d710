import { officeCall } from './officeError';

/** The Outlook appointment the pane was opened on, as Microsoft Graph knows it. */
export interface OpenedAppointment {
  /** The event's id for Graph (REST id of the item in this mailbox). */
  eventId: string;
  /** When it starts (ISO), to open the fitting view: the minutes once it has begun. */
  start?: string;
}

function itemIdOf(item: Office.AppointmentRead | Office.AppointmentCompose): Promise<string | undefined> {
  const read = (item as Office.AppointmentRead).itemId;
  if (read) return Promise.resolve(read);
  const compose = item as Office.AppointmentCompose;
  if (typeof compose.getItemIdAsync !== 'function') return Promise.resolve(undefined);
  // A new appointment that was never saved has no id yet: nothing to match.
  return officeCall<string>('Termin-ID lesen', (callback) => compose.getItemIdAsync(callback)).catch(() => undefined);
}

function startOf(item: Office.AppointmentRead | Office.AppointmentCompose): string | undefined {
  const start = (item as Office.AppointmentRead).start;
  return start instanceof Date ? start.toISOString() : undefined;
}

/**
 * The appointment open in Outlook (organiser or attendee surface), or undefined elsewhere (a mail, the
 * standalone pane). Never throws: without it the pane opens on the next meeting as usual.
 */
export async function openedAppointment(): Promise<OpenedAppointment | undefined> {
  try {
    if (typeof Office === 'undefined' || !Office.context?.mailbox) return undefined;
    const item = Office.context.mailbox.item as Office.AppointmentRead | Office.AppointmentCompose | undefined;
    if (!item || item.itemType !== Office.MailboxEnums.ItemType.Appointment) return undefined;
    const ewsId = await itemIdOf(item);
    if (!ewsId) return undefined;
    const eventId = Office.context.mailbox.convertToRestId(ewsId, Office.MailboxEnums.RestVersion.v2_0);
    const start = startOf(item);
    return { eventId, ...(start ? { start } : {}) };
  } catch {
    return undefined;
  }
}
