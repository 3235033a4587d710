import type { Client } from '@microsoft/microsoft-graph-client';
import type { Message } from '@microsoft/microsoft-graph-types';
import { AppError } from '../domain/appError';
import type { MinutesMail } from '../domain/minutes';
import type { NamedAddress } from '../domain/settings';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';
import { nextLinkPath, type Page } from './paging';
import { writeOnce } from './writeOnce';

export interface SendMailBody {
  message: Message;
  saveToSentItems: boolean;
}

/**
 * What became of `sendMinutes` (it never sends twice):
 * - `sent`: Graph accepted the mail (202);
 * - `found-in-sent-items`: the answer was lost (504, dropped connection, timeout), and the mail was
 *   found in the organiser's Sent Items, so it went out once and was not sent again.
 * When the answer was lost and looking cannot tell (no `Mail.ReadBasic`, or Sent Items unreadable),
 * it throws AppError `unknown-outcome` (details `capability: 'sentItems'`, `missing: 'Mail.ReadBasic'`
 * where the grant is missing): the pane says the mail may have gone out and to look in Gesendete Elemente.
 */
export type MinutesMailOutcome = { outcome: 'sent' } | { outcome: 'found-in-sent-items'; sentAt: string };

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

/** How far back Sent Items is searched after a lost answer (clocks differ a little). */
const WINDOW_MS = 10 * 60_000;
const MAX_PAGES = 10;

export interface MailGatewayOptions {
  /**
   * How long to wait before looking a second time when the mail is not in Sent Items yet (the copy
   * may arrive a moment after the 202; how long is not documented).
   */
  settleMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Mail from the signed-in organiser's mailbox. */
export function createMailGateway(client: Client, options: MailGatewayOptions = {}) {
  const settleMs = options.settleMs ?? 3000;
  /** Subjects of mails whose send had an unknown outcome: look before sending them again. */
  const uncertain = new Map<string, number>();

  const sentPage = (path: string, first: boolean, from: string) => {
    const request = client.api(path).middlewareOptions([scopesFor('sentItems')]);
    const ask = first ? request.select(['subject', 'sentDateTime']).filter(`sentDateTime ge ${from}`).top(25) : request;
    return graphCall(() => ask.get() as Promise<Page<Message>>, { capability: 'sentItems' });
  };

  /** The mail's time in Sent Items when it is there (same subject, sent since shortly before `since`). */
  async function findInSentItems(subject: string, since: number): Promise<string | undefined> {
    const from = new Date(since - WINDOW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    let path: string | undefined = '/me/mailFolders/SentItems/messages';
    for (let page = 0; path && page < MAX_PAGES; page++) {
      const answer: Page<Message> = await sentPage(path, page === 0, from);
      const hit = answer.value.find(
        (m) => m.subject === subject && Date.parse(m.sentDateTime ?? '') >= since - WINDOW_MS,
      );
      if (hit) return hit.sentDateTime ?? new Date(since).toISOString();
      const next = answer['@odata.nextLink'];
      path = next ? nextLinkPath(next) : undefined;
    }
    return undefined;
  }

  return {
    /**
     * POST /me/sendMail (202, nothing to read back), To the organiser (`organiser`, from /me), the
     * participants in Bcc. Never sent twice: a lost answer is followed by a look into Sent Items
     * (`Mail.ReadBasic`) before one more send; see MinutesMailOutcome.
     */
    async sendMinutes(mail: MinutesMail, organiser: NamedAddress): Promise<MinutesMailOutcome> {
      if (mail.recipients.length === 0) {
        throw new AppError(
          'invalid-input',
          'Niemand mit E-Mail-Adresse ist als anwesend angekreuzt. Bitte in der Anwesenheitsliste Adressen ergänzen.',
        );
      }
      const since = uncertain.get(mail.subject) ?? Date.now();
      const lookup = async () => {
        let sentAt = await findInSentItems(mail.subject, since);
        if (!sentAt && settleMs > 0) sentAt = await pause(settleMs).then(() => findInSentItems(mail.subject, since));
        return sentAt ? ({ outcome: 'found-in-sent-items', sentAt } as const) : undefined;
      };
      const earlier = uncertain.has(mail.subject) ? await lookupOrUnknown(lookup) : undefined;
      if (earlier) return earlier;
      const send = async (): Promise<MinutesMailOutcome> => {
        await graphCall(
          () =>
            client
              .api('/me/sendMail')
              .middlewareOptions([scopesFor('mail')])
              .post(sendMailBody(mail, organiser)),
          { capability: 'mail' },
        );
        return { outcome: 'sent' };
      };
      try {
        const written = await writeOnce({ write: send, lookup, unknown: UNKNOWN });
        uncertain.delete(mail.subject);
        return written.value;
      } catch (error) {
        if (error instanceof AppError && error.code === 'unknown-outcome') uncertain.set(mail.subject, since);
        throw error;
      }
    },
  };
}

const UNKNOWN =
  'Ob das Protokoll verschickt wurde, ließ sich nicht feststellen. Bitte in „Gesendete Elemente“ nachsehen.';

async function lookupOrUnknown<T>(lookup: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await lookup();
  } catch (error) {
    const details = error instanceof AppError ? error.details : {};
    throw new AppError('unknown-outcome', UNKNOWN, details);
  }
}

export type MailGateway = ReturnType<typeof createMailGateway>;
