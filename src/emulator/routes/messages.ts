import { GRAPH_CONTEXT, ok, type GraphResponse, type Route, type RouteContext } from '../context';
import { findUser } from '../directory';
import { errors } from '../errors';
import { stableGuid } from '../ids';
import { applyMessageQuery, type MessageRow, parseMessageQuery } from '../mail/messageQuery';
import { parseSelect, project, selectSuffix } from '../odata';
import { paginate } from '../paging';
import { SCOPES } from '../scopes';
import type { EmailAddress, SentMailRecord, UserRecord } from '../state';

/**
 * GET /me/mailFolders/{folder}/messages for Sent Items (well-known name `sentitems`, any case, or the
 * folder's id): the mail sent with saveToSentItems true, so a client can look after a lost answer.
 */

const MESSAGE_TYPE = 'microsoft.graph.message';
/** Mail.ReadBasic reads everything but these (Learn: Microsoft Graph permissions reference). */
const BODY_PROPERTIES = ['body', 'bodyPreview', 'uniqueBody'];
const MESSAGE_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'importance',
  'parentFolderId',
  'conversationId',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'isRead',
  'isDraft',
  'webLink',
  'inferenceClassification',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
  ...BODY_PROPERTIES,
];
/** Well-known folders the emulator does not keep (real Graph has them). */
const NOT_EMULATED = ['inbox', 'drafts', 'deleteditems', 'outbox', 'archive', 'junkemail', 'msgfolderroot', 'clutter'];

function folderIdOf(user: UserRecord): string {
  const guid = Buffer.from(stableGuid(`sentitems:${user.id}`).replace(/-/g, ''), 'hex').toString('base64url');
  return `AAMkAG${guid}AAEMAAA=`;
}

function mailbox(ctx: RouteContext): UserRecord {
  const user = findUser(ctx.store.read(), ctx.params.userId ?? ctx.req.caller.userId);
  if (user.id !== ctx.req.caller.userId) throw errors.forbidden('exchange');
  const folder = ctx.params.folderId ?? '';
  if (folder.toLowerCase() === 'sentitems' || folder === folderIdOf(user)) return user;
  if (NOT_EMULATED.includes(folder.toLowerCase())) throw errors.notImplemented(`the mail folder '${folder}'`);
  throw errors.exchangeItemNotFound();
}

const recipient = (address: EmailAddress) => ({ emailAddress: { name: address.name, address: address.address } });

function messageRow(mail: SentMailRecord, folderId: string): MessageRow {
  const sender = recipient(mail.from);
  return {
    '@odata.etag': `W/"${stableGuid(`changekey:${mail.id}`)}"`,
    id: mail.id,
    createdDateTime: mail.sentDateTime,
    lastModifiedDateTime: mail.sentDateTime,
    changeKey: stableGuid(`changekey:${mail.id}`),
    categories: [],
    receivedDateTime: mail.sentDateTime,
    sentDateTime: mail.sentDateTime,
    hasAttachments: false,
    internetMessageId: `<${stableGuid(`imid:${mail.id}`)}@emulator.treffpunkt>`,
    subject: mail.subject,
    bodyPreview: mail.body.content
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 255),
    importance: mail.importance,
    parentFolderId: folderId,
    conversationId: stableGuid(`conversation:${mail.id}`),
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: true,
    isDraft: false,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(mail.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body: mail.body,
    sender,
    from: sender,
    toRecipients: mail.toRecipients.map(recipient),
    ccRecipients: mail.ccRecipients.map(recipient),
    bccRecipients: mail.bccRecipients.map(recipient),
    replyTo: mail.replyTo.map(recipient),
    flag: { flagStatus: 'notFlagged' },
  };
}

/** $select as asked; without it everything the caller's permission reads (ReadBasic: no body). */
function selection(ctx: RouteContext): string[] {
  const select = parseSelect(ctx.req.query.get('$select'), MESSAGE_PROPERTIES, MESSAGE_TYPE);
  const mayReadBody = SCOPES.mailReadBody.some((s) => ctx.req.caller.scopes.has(s.toLowerCase()));
  if (mayReadBody) return select ?? MESSAGE_PROPERTIES;
  if (select?.some((p) => BODY_PROPERTIES.includes(p))) throw errors.forbidden('exchange');
  return select ?? MESSAGE_PROPERTIES.filter((p) => !BODY_PROPERTIES.includes(p));
}

function listMessages(ctx: RouteContext): GraphResponse {
  const user = mailbox(ctx);
  const select = selection(ctx);
  const query = parseMessageQuery(ctx.req.query.get('$filter'), ctx.req.query.get('$orderby'));
  const address = (user.mail ?? user.userPrincipalName).toLowerCase();
  const sent = ctx.store
    .read()
    .outbox.filter((m) => m.saveToSentItems && m.from.address.toLowerCase() === address)
    .map((m) => messageRow(m, folderIdOf(user)));
  const base = ctx.params.userId === undefined ? '/me' : `/users/${encodeURIComponent(user.id)}`;
  const page = paginate(applyMessageQuery(sent, query), {
    query: ctx.req.query,
    collectionUrl: `${ctx.graphBase}${base}/mailFolders/${encodeURIComponent(ctx.params.folderId ?? '')}/messages`,
    defaultTop: 10,
    maxTop: 1000,
  });
  const explicit = ctx.req.query.has('$select') ? select : undefined;
  return ok({
    '@odata.context': `${GRAPH_CONTEXT}users('${user.id}')/mailFolders('${ctx.params.folderId ?? ''}')/messages${selectSuffix(explicit)}`,
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((row) => project(row, ['id', ...select])),
  });
}

const common = {
  method: 'GET' as const,
  scopes: SCOPES.mailRead,
  workload: 'exchange' as const,
  query: ['$select', '$top', '$skiptoken', '$filter', '$orderby'],
  handle: listMessages,
};

export const messageRoutes: Route[] = [
  { ...common, pattern: '/me/mailFolders/{folderId}/messages' },
  { ...common, pattern: '/users/{userId}/mailFolders/{folderId}/messages' },
];
