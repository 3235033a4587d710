import { useEffect, useRef } from 'react';

/** Renders a wish waits for its target: one that causes no new control may not wait for ever. */
const RENDERS_TO_WAIT = 5;

/**
 * Keeps the keyboard focus where the user expects it after a list re-renders (an item moved, added or
 * removed): mark controls with `data-focus="key"`, call `focusAfterRender(key)` before the change.
 * A render that comes before the change has landed (another update of the same view) leaves the wish
 * standing: it is granted by the render that shows the target.
 */
export function useFocusAfterRender<T extends HTMLElement = HTMLDivElement>() {
  const root = useRef<T>(null);
  const pending = useRef<{ key: string; renders: number } | null>(null);
  useEffect(() => {
    const wish = pending.current;
    if (!wish) return;
    const targets = root.current?.querySelectorAll<HTMLElement>('[data-focus]') ?? [];
    const target = Array.from(targets).find((el) => el.dataset.focus === wish.key);
    wish.renders += 1;
    if (target || wish.renders >= RENDERS_TO_WAIT) pending.current = null;
    target?.focus();
  });
  return {
    root,
    focusAfterRender: (key: string) => {
      pending.current = { key, renders: 0 };
    },
  };
}
