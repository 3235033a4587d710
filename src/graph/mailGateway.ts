import type { Client } from '@microsoft/microsoft-graph-client';
import { AppError } from '../domain/appError';
import { type CallForTopicsMail, NO_DISTRIBUTION_LIST_DE } from '../domain/invitation/callForTopicsMail';
import type { MinutesMail } from '../domain/minutes';
import type { NamedAddress } from '../domain/settings';
import { createSentMailSender, type SendMailBody, type SentMailOutcome } from './sentMail';

export type { SendMailBody } from './sentMail';

/**
 * What became of `sendMinutes` or `sendCallForTopics` (neither is ever sent twice): `sent`, or
 * `found-in-sent-items` after a lost answer; `unknown-outcome` is thrown when looking cannot tell
 * (see SentMailOutcome in sentMail.ts). The pane says the mail may have gone out and to look in
 * Gesendete Elemente.
 */
export type MinutesMailOutcome = SentMailOutcome;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The sendMail payload: HTML body, To the organiser (Graph may refuse a mail with Bcc only,
 * microsoft-graph-docs #7878), the participants as blind copies, kept in the sender's Sent Items.
 */
export function sendMailBody(mail: MinutesMail, organiser: NamedAddress): SendMailBody {
  const to = { emailAddress: { name: organiser.name, address: organiser.address } };
  const bcc = mail.recipients.filter((r) => !same(r.address, organiser.address));
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'html', content: mail.html },
      toRecipients: [to],
      bccRecipients: bcc.map(({ name, address }) => ({ emailAddress: { name, address } })),
    },
    saveToSentItems: true,
  };
}

/** The call for topics' payload: To the distribution list only, HTML body, kept in Sent Items. */
export function callForTopicsBody(mail: CallForTopicsMail): SendMailBody {
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'html', content: mail.html },
      toRecipients: [{ emailAddress: { address: mail.to } }],
    },
    saveToSentItems: true,
  };
}

export interface MailGatewayOptions {
  /**
   * How long to wait before looking a second time when the mail is not in Sent Items yet (the copy
   * may arrive a moment after the 202; how long is not documented).
   */
  settleMs?: number;
}

const UNKNOWN =
  'Ob das Protokoll verschickt wurde, ließ sich nicht feststellen. Bitte in „Gesendete Elemente“ nachsehen.';
const UNKNOWN_CALL =
  'Ob der Themenaufruf verschickt wurde, ließ sich nicht feststellen. Bitte in „Gesendete Elemente“ nachsehen.';

/** Mail from the signed-in organiser's mailbox (POST /me/sendMail: 202, nothing to read back). */
export function createMailGateway(client: Client, options: MailGatewayOptions = {}) {
  const sendOnce = createSentMailSender(client, options.settleMs ?? 3000);
  return {
    /** To the organiser (`organiser`, from /me), the participants in Bcc; never sent twice. */
    async sendMinutes(mail: MinutesMail, organiser: NamedAddress): Promise<MinutesMailOutcome> {
      if (mail.recipients.length === 0) {
        throw new AppError(
          'invalid-input',
          'Niemand mit E-Mail-Adresse ist als anwesend angekreuzt. Bitte in der Anwesenheitsliste Adressen ergänzen.',
        );
      }
      return sendOnce({ subject: mail.subject, body: sendMailBody(mail, organiser), unknown: UNKNOWN });
    },
    /**
     * The call for topics To the distribution list, from the signed-in user; never sent twice.
     * `triedAt`: an earlier attempt with an unknown outcome (from the meeting's record): Sent Items first.
     */
    async sendCallForTopics(mail: CallForTopicsMail, triedAt?: number): Promise<SentMailOutcome> {
      if (!mail.to) {
        throw new AppError('invalid-input', NO_DISTRIBUTION_LIST_DE);
      }
      const body = callForTopicsBody(mail);
      return sendOnce({ subject: mail.subject, body, unknown: UNKNOWN_CALL, ...(triedAt ? { triedAt } : {}) });
    },
  };
}

export type MailGateway = ReturnType<typeof createMailGateway>;
