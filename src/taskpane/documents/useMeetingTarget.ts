import { useEffect, useMemo, useRef } from 'react';
import { withFiledDocument } from '../../domain/documents/filedDocument';
import type { MeetingSession } from '../meeting/sessionModel';
import { useServices } from '../services';
import type { DocumentTarget } from './documentTypes';

/**
 * Where the open meeting's documents go: its folder in the site's library, then its record
 * (`meeting.documents`, saved at once so the list item links the file). A file whose upload ends after
 * the pane switched to another meeting is in its folder, but not recorded in the other meeting.
 */
export function useMeetingTarget(session: Pick<MeetingSession, 'meeting' | 'update'>): DocumentTarget {
  const { gateway } = useServices();
  const { meeting, update } = session;
  const openId = useRef(meeting.id);
  useEffect(() => {
    openId.current = meeting.id;
  });
  const { id, date } = meeting;
  return useMemo<DocumentTarget>(
    () => ({
      upload: (file, kind) => gateway.documents.upload({ date }, kind, file),
      record: (filed) => {
        if (openId.current !== id) return;
        update((m) => (m.id === id ? { ...m, documents: withFiledDocument(m.documents, filed) } : m), { now: true });
      },
    }),
    [gateway, id, date, update],
  );
}
