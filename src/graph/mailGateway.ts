import type { Client } from '@microsoft/microsoft-graph-client';
import type { Message } from '@microsoft/microsoft-graph-types';
import { AppError } from '../domain/appError';
import type { MinutesMail } from '../domain/minutes';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';

export interface SendMailBody {
  message: Message;
  saveToSentItems: boolean;
}

/** The sendMail payload: HTML body, participants as blind copies, kept in the sender's Sent Items. */
export function sendMailBody(mail: MinutesMail): SendMailBody {
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'html', content: mail.html },
      bccRecipients: mail.recipients.map(({ name, address }) => ({ emailAddress: { name, address } })),
    },
    saveToSentItems: true,
  };
}

/** Mail from the signed-in organiser's mailbox. */
export function createMailGateway(client: Client) {
  return {
    /**
     * POST /me/sendMail (202, nothing to read back). Not repeated after a dropped connection: a mail
     * cannot be taken back, so the pane offers to send again instead.
     */
    async sendMinutes(mail: MinutesMail): Promise<void> {
      if (mail.recipients.length === 0) {
        throw new AppError(
          'invalid-input',
          'Niemand mit E-Mail-Adresse ist als anwesend angekreuzt. Bitte in der Anwesenheitsliste Adressen ergänzen.',
        );
      }
      await graphCall(() =>
        client
          .api('/me/sendMail')
          .middlewareOptions([scopesFor('mail')])
          .post(sendMailBody(mail)),
      );
    },
  };
}

export type MailGateway = ReturnType<typeof createMailGateway>;
