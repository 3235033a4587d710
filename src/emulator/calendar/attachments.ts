import { randomUUID } from 'node:crypto';
import type { BlobStore } from '../blobs';
import { errors } from '../errors';
import { checkKeys, expectObject, readString } from './values';
import type { AttachmentRecord, EventRecord } from './records';

export type { AttachmentRecord };

/**
 * File attachments of an event (`/events/{id}/attachments`). One POST takes a file under 3 MB (Learn,
 * "Add attachment" to an event: "limits the size of the attachment you can add to under 3 MB"; read as
 * under 3,000,000 bytes, the stricter reading); larger files need an upload session, not emulated.
 * Adding one sends nothing to the attendees: the organiser updates the event afterwards to send it.
 * The bytes lie in the blob store, the record names them by their sha256.
 */
export const EVENT_ATTACHMENT_LIMIT = 3_000_000;

export const FILE_ATTACHMENT_TYPE = '#microsoft.graph.fileAttachment';

export interface AttachmentInput {
  name: string;
  contentType: string;
  bytes: Buffer;
}

const FIELDS = ['@odata.type', 'name', 'contentType', 'contentBytes', 'isInline'];

/** Strict: only a file attachment, with a name and canonical base64 content under the limit. */
export function readAttachmentInput(body: unknown): AttachmentInput {
  const raw = expectObject(body, 'attachment');
  const type = raw['@odata.type'];
  if (type === '#microsoft.graph.itemAttachment' || type === '#microsoft.graph.referenceAttachment') {
    throw errors.notImplemented(`attaching a ${type.slice('#microsoft.graph.'.length)} to an event`);
  }
  if (type !== FILE_ATTACHMENT_TYPE) throw errors.invalidRequest(`@odata.type must be ${FILE_ATTACHMENT_TYPE}`);
  checkKeys(raw, FIELDS, 'microsoft.graph.fileAttachment');
  if (raw.isInline !== undefined && raw.isInline !== false) throw errors.notImplemented('inline attachments');
  const name = readString(raw.name, 'name');
  if (name.trim() === '') throw errors.invalidRequest('The attachment needs a name.');
  const contentType =
    raw.contentType === undefined ? 'application/octet-stream' : readString(raw.contentType, 'contentType');
  const content = readString(raw.contentBytes, 'contentBytes');
  // Canonical base64 reads back to itself; checked without a regular expression, whose backtracking
  // over megabytes of text can exhaust the stack.
  const bytes = Buffer.from(content, 'base64');
  if (bytes.toString('base64') !== content) throw errors.invalidRequest('contentBytes is not valid base64.');
  if (bytes.length >= EVENT_ATTACHMENT_LIMIT) throw errors.attachmentTooLarge();
  return { name, contentType, bytes };
}

export function addAttachment(
  event: EventRecord,
  input: AttachmentInput,
  blobs: BlobStore,
  now: string,
): AttachmentRecord {
  const record: AttachmentRecord = {
    id: `AAMk${randomUUID().replace(/-/g, '')}`,
    name: input.name,
    contentType: input.contentType,
    size: input.bytes.length,
    lastModifiedDateTime: now,
    sha: blobs.put(input.bytes),
  };
  (event.attachments ??= []).push(record);
  return record;
}

export function findAttachment(event: EventRecord, id: string): AttachmentRecord {
  const found = event.attachments?.find((a) => a.id === id);
  if (!found) throw errors.exchangeItemNotFound();
  return found;
}

export function removeAttachment(event: EventRecord, id: string): void {
  findAttachment(event, id);
  event.attachments = (event.attachments ?? []).filter((a) => a.id !== id);
}

export const ATTACHMENT_PROPERTIES = [
  'id',
  'name',
  'contentType',
  'size',
  'isInline',
  'lastModifiedDateTime',
  'contentBytes',
];

/** As Graph shows a file attachment; the bytes only where asked for (`contentBytes` not left out by $select). */
export function attachmentView(record: AttachmentRecord, blobs: BlobStore, select?: string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    '@odata.type': FILE_ATTACHMENT_TYPE,
    id: record.id,
    lastModifiedDateTime: record.lastModifiedDateTime,
    name: record.name,
    contentType: record.contentType,
    size: record.size,
    isInline: false,
    contentId: null,
    contentLocation: null,
  };
  const wanted = select
    ? Object.fromEntries(Object.entries(all).filter(([k]) => k === '@odata.type' || k === 'id' || select.includes(k)))
    : all;
  if (select && !select.includes('contentBytes')) return wanted;
  return { ...wanted, contentBytes: (blobs.get(record.sha) ?? Buffer.alloc(0)).toString('base64') };
}
