import { AppError } from '../domain/appError';
import { officeCall } from './officeError';

/** What a read mail offers as a topic for the next meeting. */
export interface MailTopic {
  subject: string;
  senderName: string;
  senderAddress: string;
  receivedAt: string;
}

function mailbox(): Office.Mailbox {
  if (typeof Office === 'undefined' || !Office.context?.mailbox) {
    throw new AppError('unexpected', 'Kein Outlook-Postfach verfügbar.');
  }
  return Office.context.mailbox;
}

/** The mail open in read mode as a topic suggestion. */
export function currentMailTopic(): MailTopic {
  const item = mailbox().item as Office.MessageRead | undefined;
  if (!item || item.itemType !== Office.MailboxEnums.ItemType.Message) {
    throw new AppError('invalid-input', 'Bitte öffnen Sie eine E-Mail, um sie als Thema vorzuschlagen.');
  }
  return {
    subject: item.subject?.trim() || '(ohne Betreff)',
    senderName: item.from?.displayName ?? '',
    senderAddress: item.from?.emailAddress ?? '',
    receivedAt: (item.dateTimeCreated ?? new Date()).toISOString(),
  };
}

/** Shows a short notice on the mail (the function command's only UI). */
export function notifyOnItem(key: string, message: string, error = false): Promise<void> {
  const item = mailbox().item as Office.MessageRead | undefined;
  if (!item) return Promise.resolve();
  const details: Office.NotificationMessageDetails = error
    ? { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message: message.slice(0, 150) }
    : {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: message.slice(0, 150),
        icon: 'Icon.16x16',
        persistent: false,
      };
  return officeCall<void>('Hinweis anzeigen', (callback) =>
    item.notificationMessages.replaceAsync(key, details, callback),
  );
}
