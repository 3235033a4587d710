import { useCallback, useEffect, useRef, useState } from 'react';
import { toAppError } from '../../domain/appError';
import type { MadeFile } from '../../domain/documents/documentModel';
import type { DocumentOffer, DocumentState, DocumentTarget, MakeDocument } from './documentTypes';

/** What useDocument needs besides the offer: making, filing, and opening a web address. */
export interface DocumentPorts {
  make: MakeDocument;
  target: DocumentTarget;
  /** Opens the filed document's web address (office/openBrowserWindow). */
  open: (url: string) => void;
}

export interface DocumentModelHook {
  state: DocumentState;
  /** Builds, makes and files the document (again): idle, done or failed → making → uploading → done | failed. */
  create: () => void;
  /** After a failed upload: files the file made before, the same bytes, without making it again. */
  retryUpload: () => void;
}

const busy = (state: DocumentState) => state.status === 'making' || state.status === 'uploading';

/**
 * One document's way from the click to SharePoint: the builder's model, the file (makeDocument, the
 * renderers loaded on first use), the upload, the record in the meeting, then its web address opened.
 * A failed upload keeps the made file for "Erneut hochladen" and the direct download.
 */
export function useDocument(offer: DocumentOffer, ports: DocumentPorts): DocumentModelHook {
  const [state, setState] = useState<DocumentState>({ status: 'idle' });
  // The state as the steps last set it (they run outside render; every change goes through `show`).
  const current = useRef(state);
  // The latest offer and ports, read when a step starts or ends (the view may have re-rendered meanwhile).
  const latest = useRef({ offer, ports });
  useEffect(() => {
    latest.current = { offer, ports };
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const show = useCallback((next: DocumentState) => {
    current.current = next;
    if (mounted.current) setState(next);
  }, []);

  // Where the file made goes: the target of the data it was made from (a later meeting switch or
  // re-render does not send it elsewhere), kept for "Erneut hochladen".
  const madeFor = useRef<DocumentTarget>(ports.target);

  const upload = useCallback(
    async (file: MadeFile) => {
      show({ status: 'uploading', file });
      const target = madeFor.current;
      try {
        const { kind, paper } = latest.current.offer;
        const uploaded = await target.upload(file, kind);
        const filed = paper ? { ...uploaded, paper } : uploaded;
        // Recorded even when the view has gone meanwhile: the file is in SharePoint and the meeting links it.
        target.record?.(filed);
        show({ status: 'done', file, filed, webUrl: filed.webUrl });
        if (mounted.current) latest.current.ports.open(filed.webUrl);
      } catch (error) {
        show({ status: 'failed', stage: 'upload', error: toAppError(error), file });
      }
    },
    [show],
  );

  const create = useCallback(() => {
    if (busy(current.current)) return;
    show({ status: 'making' });
    const { offer: made, ports: using } = latest.current;
    madeFor.current = using.target;
    void (async () => {
      let file: MadeFile;
      try {
        file = await using.make(await made.build(), made.format);
      } catch (error) {
        return show({ status: 'failed', stage: 'make', error: toAppError(error) });
      }
      await upload(file);
    })();
  }, [show, upload]);

  const retryUpload = useCallback(() => {
    const now = current.current;
    if (now.status === 'failed' && now.stage === 'upload') void upload(now.file);
  }, [upload]);

  return { state, create, retryUpload };
}
