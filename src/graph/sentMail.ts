import type { Client } from '@microsoft/microsoft-graph-client';
import type { Message } from '@microsoft/microsoft-graph-types';
import { AppError } from '../domain/appError';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';
import { nextLinkPath, type Page } from './paging';
import { writeOnce } from './writeOnce';

export interface SendMailBody {
  message: Message;
  saveToSentItems: boolean;
}

/**
 * What became of a mail sent once (it is never sent twice):
 * - `sent`: Graph accepted the mail (202);
 * - `found-in-sent-items`: the answer was lost (504, dropped connection, timeout), and the mail was
 *   found in the signed-in user's Sent Items, so it went out once and was not sent again.
 * When the answer was lost and looking cannot tell (no `Mail.ReadBasic`, or Sent Items unreadable),
 * the send throws AppError `unknown-outcome` (details `capability: 'sentItems'`, `missing: 'Mail.ReadBasic'`
 * where the grant is missing), with the caller's German sentence.
 */
export type SentMailOutcome = { outcome: 'sent' } | { outcome: 'found-in-sent-items'; sentAt: string };

export interface MailToSendOnce {
  /** How the mail is found in Sent Items after a lost answer: the same subject. */
  subject: string;
  body: SendMailBody;
  /** What the user is told when nobody can know whether it went out (German). */
  unknown: string;
  /**
   * An earlier attempt (ms since epoch) whose outcome was unknown, e.g. recorded in the meeting by an
   * earlier session: Sent Items is looked into first, and the mail is sent only when it is not there.
   */
  triedAt?: number;
}

/** How far back Sent Items is searched after a lost answer (clocks differ a little). */
const WINDOW_MS = 10 * 60_000;
const MAX_PAGES = 10;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POST /me/sendMail once: a lost answer is followed by a look into Sent Items (`Mail.ReadBasic`)
 * before one more send (writeOnce). `settleMs`: how long to wait before looking a second time when the
 * mail is not in Sent Items yet (the copy may arrive a moment after the 202; how long is not documented).
 */
export function createSentMailSender(client: Client, settleMs: number) {
  /** Subjects of mails whose send had an unknown outcome in this session: look before sending them again. */
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

  return async function sendOnce(mail: MailToSendOnce): Promise<SentMailOutcome> {
    const { subject, unknown } = mail;
    const earlier = uncertain.get(subject) ?? mail.triedAt;
    const since = earlier ?? Date.now();
    const lookup = async () => {
      let sentAt = await findInSentItems(subject, since);
      if (!sentAt && settleMs > 0) sentAt = await pause(settleMs).then(() => findInSentItems(subject, since));
      return sentAt ? ({ outcome: 'found-in-sent-items', sentAt } as const) : undefined;
    };
    const found = earlier !== undefined ? await lookupOrUnknown(lookup, unknown) : undefined;
    if (found) return found;
    const send = async (): Promise<SentMailOutcome> => {
      await graphCall(
        () =>
          client
            .api('/me/sendMail')
            .middlewareOptions([scopesFor('mail')])
            .post(mail.body),
        { capability: 'mail' },
      );
      return { outcome: 'sent' };
    };
    try {
      const written = await writeOnce({ write: send, lookup, unknown });
      uncertain.delete(subject);
      return written.value;
    } catch (error) {
      if (error instanceof AppError && error.code === 'unknown-outcome') uncertain.set(subject, since);
      throw error;
    }
  };
}

async function lookupOrUnknown<T>(lookup: () => Promise<T | undefined>, unknown: string): Promise<T | undefined> {
  try {
    return await lookup();
  } catch (error) {
    const details = error instanceof AppError ? error.details : {};
    throw new AppError('unknown-outcome', unknown, details);
  }
}
