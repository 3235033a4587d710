import { useCallback, useRef, useState } from 'react';
import { useServices } from '../services';
import { type ProtokollDrafts, readProtokollDrafts, writeProtokollDrafts } from './protokollDrafts';

export interface ProtokollDraftsModel {
  drafts: ProtokollDrafts;
  change: (patch: ProtokollDrafts) => void;
}

/**
 * What the walk-in and next-meeting forms hold, kept on this device with every keystroke, so that a
 * reload, a closed pane or a switch to another view loses nothing typed.
 */
export function useProtokollDrafts(meetingId: string): ProtokollDraftsModel {
  const { drafts: store } = useServices();
  const [drafts, setDrafts] = useState<ProtokollDrafts>(() => readProtokollDrafts(store, meetingId));
  const latest = useRef(drafts);
  const change = useCallback(
    (patch: ProtokollDrafts) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setDrafts(next);
      // Best effort: the text stays in the form even when the device refuses to store it.
      writeProtokollDrafts(store, meetingId, next).catch(() => undefined);
    },
    [store, meetingId],
  );
  return { drafts, change };
}
