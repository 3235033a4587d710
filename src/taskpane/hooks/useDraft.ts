import { useCallback, useRef, useState } from 'react';
import { useServices } from '../services';
import { type DraftKind, readDraft, writeDraft } from './draftStore';

export interface DraftModel<T> {
  value: T;
  /** Changes the draft; kept on this device at once (best effort: the form keeps it either way). */
  change: (next: (current: T) => T) => void;
}

/**
 * A form's work in progress, kept on this device with every keystroke, so that a reload, a closed pane
 * or a switch to another view loses nothing typed. `initial` is used when the device holds no draft.
 */
export function useDraft<T>(kind: DraftKind<T>, initial: () => T, scope?: string): DraftModel<T> {
  const { drafts: store } = useServices();
  const [value, setValue] = useState<T>(() => readDraft(store, kind, scope) ?? initial());
  const latest = useRef(value);
  const change = useCallback(
    (next: (current: T) => T) => {
      const updated = next(latest.current);
      latest.current = updated;
      setValue(updated);
      writeDraft(store, kind, updated, scope).catch(() => undefined);
    },
    [store, kind, scope],
  );
  return { value, change };
}
