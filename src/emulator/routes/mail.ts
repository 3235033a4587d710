import type { GraphResponse, Route, RouteContext } from '../context';
import { findUser } from '../directory';
import { errors } from '../errors';
import { newItemId } from '../ids';
import { SCOPES } from '../scopes';
import { messageRoutes } from './messages';
import type { EmailAddress, SentMailRecord } from '../state';
import {
  checkKeys,
  expectObject,
  type Json,
  readArray,
  readBoolean,
  readEnum,
  readItemBody,
  readRecipient,
  readString,
} from '../calendar/values';

const MESSAGE_KEYS = ['subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'importance'];
const NOT_EMULATED = [
  'attachments',
  'from',
  'sender',
  'internetMessageHeaders',
  'singleValueExtendedProperties',
  'multiValueExtendedProperties',
  'flag',
  'categories',
];

/** Parameter names are matched case-insensitively (the CSDL spells them Message, SaveToSentItems). */
function parameter(body: Json, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

function recipients(message: Json, key: string): EmailAddress[] {
  const value = message[key];
  if (value === undefined || value === null) return [];
  return readArray(value, key).map((r, i) => readRecipient(r, `${key}[${i}]`));
}

function readMessage(
  value: unknown,
): Omit<SentMailRecord, 'id' | 'sentDateTime' | 'senderUserId' | 'from' | 'saveToSentItems'> {
  const message = expectObject(value, 'message');
  const unsupported = Object.keys(message).find((k) => NOT_EMULATED.includes(k));
  if (unsupported) throw errors.notImplemented(`'${unsupported}' in sendMail`);
  checkKeys(message, MESSAGE_KEYS, 'Microsoft.OutlookServices.Message');
  const out = {
    subject: message.subject === undefined || message.subject === null ? '' : readString(message.subject, 'subject'),
    body: message.body === undefined ? { contentType: 'text' as const, content: '' } : readItemBody(message.body),
    toRecipients: recipients(message, 'toRecipients'),
    ccRecipients: recipients(message, 'ccRecipients'),
    bccRecipients: recipients(message, 'bccRecipients'),
    replyTo: recipients(message, 'replyTo'),
    importance:
      message.importance === undefined
        ? 'normal'
        : readEnum(message.importance, ['low', 'normal', 'high'], 'importance'),
  };
  if (out.toRecipients.length + out.ccRecipients.length + out.bccRecipients.length === 0)
    throw errors.invalidRecipients("A message can't be sent because it contains no recipients.");
  /** Reported for Bcc-only mail (microsoft-graph-docs#7878); undocumented, so the stricter answer is kept. */
  if (out.toRecipients.length === 0) throw errors.parameterValueEmpty('ToRecipients');
  return out;
}

/** POST /me/sendMail: 202, the message lands in the emulator's outbox (GET /_emulator/outbox). */
function sendMail(ctx: RouteContext): GraphResponse {
  const body = expectObject(ctx.req.body, 'sendMail');
  const extra = Object.keys(body).find(
    (k) => !k.startsWith('@') && !['message', 'savetosentitems'].includes(k.toLowerCase()),
  );
  if (extra)
    throw errors.badRequest(
      `The parameter '${extra}' in the request payload is not a valid parameter for the operation 'sendMail'.`,
    );
  const rawMessage = parameter(body, 'message');
  if (rawMessage === undefined)
    throw errors.badRequest("The parameter 'Message' is required for the operation 'sendMail'.");
  const message = readMessage(rawMessage);
  const save = parameter(body, 'saveToSentItems');
  const state = ctx.store.read();
  const sender = findUser(state, ctx.params.userId ?? ctx.req.caller.userId);
  if (
    sender.id !== ctx.req.caller.userId &&
    !SCOPES.mailSendShared.some((s) => ctx.req.caller.scopes.has(s.toLowerCase()))
  )
    throw errors.forbidden('exchange');
  const record: SentMailRecord = {
    id: newItemId(),
    sentDateTime: ctx
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    senderUserId: ctx.req.caller.userId,
    from: { name: sender.displayName, address: sender.mail ?? sender.userPrincipalName },
    ...message,
    saveToSentItems: save === undefined || save === null ? true : readBoolean(save, 'saveToSentItems'),
  };
  ctx.store.update((draft) => draft.outbox.push(record));
  return { status: 202, headers: {} };
}

const common = { method: 'POST' as const, scopes: SCOPES.mailSend, workload: 'exchange' as const, handle: sendMail };

/** sendMail, and Sent Items to look into after a lost answer. */
export const mailRoutes: Route[] = [
  { ...common, pattern: '/me/sendMail' },
  { ...common, pattern: '/users/{userId}/sendMail' },
  ...messageRoutes,
];
