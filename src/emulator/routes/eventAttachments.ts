import { created, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { parseSelect } from '../odata';
import { SCOPES } from '../scopes';
import type { UserRecord } from '../state';
import { findEvent } from '../calendar/events';
import { owner } from './events';
import {
  addAttachment,
  ATTACHMENT_PROPERTIES,
  attachmentView,
  findAttachment,
  readAttachmentInput,
  removeAttachment,
} from '../calendar/attachments';

/** /me/events/{id}/attachments (and a shared mailbox's under /users/{id}): add (under 3 MB), list, read, delete. */

const TYPE = 'microsoft.graph.attachment';

/** The calendar's owner: the caller for /me, a shared mailbox under /users/{id} (its *.Shared scope). */
const ownerFor = (write: boolean) => (ctx: RouteContext) => owner(ctx, write);

const eventId = (ctx: RouteContext) => ctx.params.eventId ?? '';
const context = (ctx: RouteContext, user: UserRecord) =>
  `${ctx.graphBase}/$metadata#users('${user.id}')/events('${eventId(ctx)}')/attachments`;

function postAttachment(ctx: RouteContext): GraphResponse {
  const input = readAttachmentInput(ctx.req.body);
  const user = ownerFor(true)(ctx);
  const now = ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const record = ctx.store.update((state) => {
    const event = findEvent(state, user.id, eventId(ctx));
    return addAttachment(event, input, ctx.blobs, now);
  });
  return created({ '@odata.context': `${context(ctx, user)}/$entity`, ...attachmentView(record, ctx.blobs) });
}

function listAttachments(ctx: RouteContext): GraphResponse {
  const select = parseSelect(ctx.req.query.get('$select'), ATTACHMENT_PROPERTIES, TYPE);
  const user = ownerFor(false)(ctx);
  const event = findEvent(ctx.store.read(), user.id, eventId(ctx));
  const value = (event.attachments ?? []).map((a) => attachmentView(a, ctx.blobs, select));
  return ok({ '@odata.context': context(ctx, user), value });
}

function getAttachment(ctx: RouteContext): GraphResponse {
  const select = parseSelect(ctx.req.query.get('$select'), ATTACHMENT_PROPERTIES, TYPE);
  const user = ownerFor(false)(ctx);
  const event = findEvent(ctx.store.read(), user.id, eventId(ctx));
  const record = findAttachment(event, ctx.params.attachmentId ?? '');
  return ok({ '@odata.context': `${context(ctx, user)}/$entity`, ...attachmentView(record, ctx.blobs, select) });
}

function deleteAttachment(ctx: RouteContext): GraphResponse {
  const user = ownerFor(true)(ctx);
  ctx.store.update((state) => removeAttachment(findEvent(state, user.id, eventId(ctx)), ctx.params.attachmentId ?? ''));
  return { status: 204, headers: {} };
}

const read = { scopes: SCOPES.calendarsRead, workload: 'exchange' as const };
const write = { scopes: SCOPES.calendarsWrite, workload: 'exchange' as const };
const forBoth = (path: string) => [`/me${path}`, `/users/{userId}${path}`];
const path = '/events/{eventId}/attachments';

export const eventAttachmentRoutes: Route[] = [
  ...forBoth(path).map((pattern): Route => ({ ...write, method: 'POST', pattern, handle: postAttachment })),
  ...forBoth(path).map((pattern): Route => ({
    ...read,
    method: 'GET',
    pattern,
    query: ['$select'],
    handle: listAttachments,
  })),
  ...forBoth(`${path}/{attachmentId}`).map((pattern): Route => ({
    ...read,
    method: 'GET',
    pattern,
    query: ['$select'],
    handle: getAttachment,
  })),
  ...forBoth(`${path}/{attachmentId}`).map((pattern): Route => ({
    ...write,
    method: 'DELETE',
    pattern,
    handle: deleteAttachment,
  })),
];
