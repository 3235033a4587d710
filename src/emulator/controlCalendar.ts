import { isDistributionList } from './calendar/delivery';
import { renderIcs } from './calendar/ics';
import type { MeetingMessage } from './calendar/records';
import { applyReply, randomReplies, readReplyInput } from './calendar/replies';
import { expectObject, readString } from './calendar/values';
import { errors } from './errors';
import { seededRandom } from './faults';
import type { Store } from './store';

/** Control endpoints for what invitees received and how they answer; and the outbox of sendMail. */

export type Answer = { status: number; type: string; body: string };

export const json = (status: number, value: unknown): Answer => ({
  status,
  type: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});

interface CalendarControlEnv {
  store: Store;
  now: () => Date;
}

const MAILBOX = /^\/_emulator\/mailbox\/([^/]+)\/invitations(?:\/(\d+)\.ics)?$/;

export const icsUrl = (address: string, n: number): string =>
  `/_emulator/mailbox/${encodeURIComponent(address)}/invitations/${n}.ics`;

function summary(address: string, m: MeetingMessage): Record<string, unknown> {
  return {
    n: m.n,
    method: m.method,
    receivedDateTime: m.receivedDateTime,
    subject: m.event.subject,
    sequence: m.event.sequence,
    eventId: m.eventId,
    iCalUId: m.event.iCalUId,
    via: m.via,
    comment: m.comment,
    ics: icsUrl(address, m.n),
  };
}

function mailbox(env: CalendarControlEnv, rawAddress: string, n: string | undefined): Answer {
  const address = decodeURIComponent(rawAddress).toLowerCase();
  const state = env.store.read();
  const box = state.mailboxes[address] ?? [];
  if (n === undefined) return json(200, { address, value: box.map((m) => summary(address, m)) });
  const message = box.find((m) => m.n === Number(n));
  if (!message) throw errors.resourceNotFound(`Mailbox ${address} has no meeting message ${n}.`);
  const body = renderIcs(message, (a) => isDistributionList(state, a));
  return { status: 200, type: `text/calendar; method=${message.method}; charset=utf-8`, body };
}

function random(env: CalendarControlEnv, body: unknown): Answer {
  const input = expectObject(body, 'random replies');
  const eventId = readString(input.eventId, 'eventId');
  const count = input.count;
  if (!Number.isInteger(count) || (count as number) < 1)
    throw errors.badRequest('"count" must be a positive whole number.');
  const replies = env.store.update((state) => {
    const seed = typeof input.seed === 'number' ? input.seed : state.replies.length + 1;
    return randomReplies(state, eventId, count as number, seededRandom(seed), env.now());
  });
  return json(200, { value: replies });
}

/** The answer for a calendar or mail control path, or undefined when the path is not one of these. */
export function calendarControl(
  env: CalendarControlEnv,
  method: string,
  path: string,
  body: unknown,
): Answer | undefined {
  const box = MAILBOX.exec(path);
  if (method === 'GET' && box?.[1]) return mailbox(env, box[1], box[2]);
  const key = `${method} ${path}`;
  if (key === 'GET /_emulator/mailboxes') {
    const boxes = Object.entries(env.store.read().mailboxes).map(([address, messages]) => ({
      address,
      count: messages.length,
    }));
    return json(200, { value: boxes });
  }
  if (key === 'POST /_emulator/replies') {
    const input = readReplyInput(body);
    return json(
      200,
      env.store.update((state) => applyReply(state, input, env.now())),
    );
  }
  if (key === 'GET /_emulator/replies') return json(200, { value: env.store.read().replies });
  if (key === 'POST /_emulator/replies/random') return random(env, body);
  if (key === 'GET /_emulator/outbox') return json(200, { value: env.store.read().outbox });
  return undefined;
}
