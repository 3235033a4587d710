import { useEffect, useRef } from 'react';

/**
 * Keeps the keyboard focus where the user expects it after a list re-renders (an item moved, added or
 * removed): mark controls with `data-focus="key"`, call `focusAfterRender(key)` before the change.
 */
export function useFocusAfterRender<T extends HTMLElement = HTMLDivElement>() {
  const root = useRef<T>(null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const key = pending.current;
    if (!key) return;
    pending.current = null;
    const targets = root.current?.querySelectorAll<HTMLElement>('[data-focus]') ?? [];
    Array.from(targets)
      .find((el) => el.dataset.focus === key)
      ?.focus();
  });
  return {
    root,
    focusAfterRender: (key: string) => {
      pending.current = key;
    },
  };
}
