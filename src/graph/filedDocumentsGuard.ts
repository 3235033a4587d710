/**
 * The meeting's filed documents as TpDaten holds them (graph/meetingSchema), checked field by field:
 * records written before the poster's two sizes were kept apart (a `copy`, no `paper`) as well as newer
 * ones (`others`, `paper`).
 */
import {
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  PAPER_SIZES,
  type FiledDocument,
  type FiledDocuments,
  type FiledFile,
} from '../domain/documents/filedDocument';
import { type Guard, isRecord, listOf, oneOf, optional, shape, text, count } from './jsonGuard';

const fileFields = {
  format: oneOf(DOCUMENT_FORMATS),
  name: text,
  webUrl: text,
  itemId: text,
  size: count,
  madeAt: text,
  paper: optional(oneOf(PAPER_SIZES)),
};
const isFiledFile = shape<FiledFile>(fileFields);
const isFiledDocument = shape<FiledDocument>({
  ...fileFields,
  kind: oneOf(DOCUMENT_KINDS),
  others: optional(listOf(isFiledFile)),
  copy: optional(isFiledFile),
});

/** One record per kind, under its own kind's key. */
export const isFiledDocuments: Guard<FiledDocuments> = (value): value is FiledDocuments =>
  isRecord(value) &&
  Object.entries(value).every(([kind, document]) => isFiledDocument(document) && document.kind === kind);
