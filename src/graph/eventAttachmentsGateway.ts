import type { Client } from '@microsoft/microsoft-graph-client';
import type { Attachment, FileAttachment } from '@microsoft/microsoft-graph-types';
import { type Feature } from '../auth/scopes';
import { AppError } from '../domain/appError';
import type { MadeFile } from '../domain/documents/documentModel';
import type { Capability } from '../domain/grants';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';
import { writeOnce } from './writeOnce';

/**
 * The most one `POST …/events/{id}/attachments` takes: "under 3 MB" (Learn, "Add attachment" to an
 * event; read as under 3,000,000 bytes, the stricter reading). Larger files would need an upload session.
 */
export const EVENT_ATTACHMENT_LIMIT = 3_000_000;

export interface AttachedFile {
  id: string;
  name: string;
  size: number;
  /** True when the answer was lost and the attachment was found by looking. */
  recovered: boolean;
}

const UNKNOWN =
  'Ob die Tagesordnung an den Termin angehängt wurde, ist nicht sicher. Bitte im Kalender nachsehen, bevor die Einladung gesendet wird.';

/** base64 of the bytes, in pieces (a spread of megabytes would overflow the call stack). */
function base64Of(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}

/**
 * Files attached to the meeting's event. Adding one is not safe to repeat (a second POST attaches the
 * file twice): it is never retried blindly; after a lost answer the event's attachments are listed and
 * the file is looked for by name first (writeOnce). Adding one sends the attendees nothing by
 * itself: attach before the invitation goes out, or update the event afterwards.
 */
export function createEventAttachmentsGateway(client: Client, sharedMailbox = '') {
  const base = sharedMailbox ? `/users/${encodeURIComponent(sharedMailbox)}` : '/me';
  const feature: Feature & Capability = sharedMailbox ? 'sharedCalendar' : 'calendar';
  const access = { capability: feature };
  const path = (eventId: string) => `${base}/events/${encodeURIComponent(eventId)}/attachments`;
  const api = (eventId: string) => client.api(path(eventId)).middlewareOptions([scopesFor(feature)]);

  async function list(eventId: string): Promise<Attachment[]> {
    const answer = (await graphCall(() => api(eventId).select(['id', 'name', 'size']).get(), access)) as {
      value?: Attachment[];
    };
    return answer.value ?? [];
  }

  async function attach(eventId: string, file: MadeFile): Promise<AttachedFile> {
    if (file.bytes.byteLength >= EVENT_ATTACHMENT_LIMIT) {
      throw new AppError('invalid-input', 'Die Datei ist für einen Anhang an die Einladung zu groß (bis 3 MB).');
    }
    const body = {
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: file.name,
      contentType: file.contentType,
      contentBytes: base64Of(file.bytes),
    } as FileAttachment;
    // By name: Graph's `size` counts more than the file's bytes.
    const sameFile = (a: Attachment) => a.name === file.name;
    const { value, found } = await writeOnce<Attachment>({
      write: async () => (await graphCall(() => api(eventId).post(body), access)) as Attachment,
      lookup: async () => (await list(eventId)).find(sameFile),
      unknown: UNKNOWN,
    });
    return { id: value.id ?? '', name: value.name ?? file.name, size: value.size ?? 0, recovered: found };
  }

  return {
    list: async (eventId: string) => (await list(eventId)).map(({ id, name, size }) => ({ id, name, size })),

    attach,

    /** Attached once: a file of this name already on the event (an earlier try) is not attached again. */
    async ensureAttached(eventId: string, file: MadeFile): Promise<AttachedFile> {
      const there = (await list(eventId)).find((a) => a.name === file.name);
      if (there) return { id: there.id ?? '', name: file.name, size: there.size ?? 0, recovered: true };
      return attach(eventId, file);
    },
  };
}

export type EventAttachmentsGateway = ReturnType<typeof createEventAttachmentsGateway>;
