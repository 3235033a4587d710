/** The meeting's filed documents as TpDaten holds them (graph/meetingSchema), checked field by field. */
import {
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  type FiledDocument,
  type FiledDocuments,
  type FiledFile,
} from '../domain/documents/filedDocument';
import { type Guard, isRecord, oneOf, optional, shape, text, count } from './jsonGuard';

const fileFields = {
  format: oneOf(DOCUMENT_FORMATS),
  name: text,
  webUrl: text,
  itemId: text,
  size: count,
  madeAt: text,
};
const isFiledFile = shape<FiledFile>(fileFields);
const isFiledDocument = shape<FiledDocument>({
  ...fileFields,
  kind: oneOf(DOCUMENT_KINDS),
  copy: optional(isFiledFile),
});

/** One record per kind, under its own kind's key. */
export const isFiledDocuments: Guard<FiledDocuments> = (value): value is FiledDocuments =>
  isRecord(value) &&
  Object.entries(value).every(([kind, document]) => isFiledDocument(document) && document.kind === kind);
