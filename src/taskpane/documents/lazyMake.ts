import { AppError, isAppError } from '../../domain/appError';
import type { MakeDocument } from './documentTypes';

/** A chunk of the pane's own code that did not arrive: out of reach where the browser knows it is. */
function notLoaded(error: unknown): AppError {
  const code = typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'unexpected';
  return new AppError(code, `Die Bausteine für Dokumente ließen sich nicht laden: ${String(error)}`);
}

const isChunkLoadError = (error: unknown) => error instanceof Error && error.name === 'ChunkLoadError';

/**
 * makeDocument from src/documents/make, imported only here and only when a document is made: make.ts
 * loads the renderer of the format asked for, so PDFKit, docx and the fonts stay out of the pane's
 * first load (their own chunks, fetched on the first click).
 */
export const makeLazily: MakeDocument = async (model, format) => {
  let make: typeof import('../../documents/make');
  try {
    make = await import(/* webpackChunkName: "make" */ '../../documents/make');
  } catch (error) {
    throw notLoaded(error);
  }
  try {
    return await make.makeDocument(model, format);
  } catch (error) {
    if (isChunkLoadError(error)) throw notLoaded(error);
    throw isAppError(error)
      ? error
      : new AppError('unexpected', `Das Dokument ließ sich nicht erstellen: ${String(error)}`);
  }
};
