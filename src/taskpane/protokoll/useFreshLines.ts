import { useCallback, useState } from 'react';

export interface FreshLines {
  /** A line added in this session: its problems wait until the user has left it. */
  added: (id: string) => void;
  /** The user left a line's field: its problems may show now. */
  leave: (id: string) => void;
  isFresh: (id: string) => boolean;
}

/** The lines added in this session that the user has not left yet. */
export function useFreshLines(): FreshLines {
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const added = useCallback((id: string) => setFresh((set) => new Set(set).add(id)), []);
  const leave = useCallback(
    (id: string) =>
      setFresh((set) => {
        if (!set.has(id)) return set;
        const next = new Set(set);
        next.delete(id);
        return next;
      }),
    [],
  );
  return { added, leave, isFresh: (id) => fresh.has(id) };
}
