import { type PointerEvent, type RefObject, useEffect, useRef, useState } from 'react';

/** Where a drag stands: the dragged row's index and the index it would take if dropped now. */
export interface DragState {
  from: number;
  to: number;
}

/** What a drag handle needs: pointer events only (mouse, pen and touch alike), no library. */
export interface DragHandleProps {
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
}

/** Near the window's top or bottom edge a drag scrolls the pane, so every row can be reached. */
const EDGE_PX = 48;
const SCROLL_STEP_PX = 24;

/** The index the dragged row would take: one past every other row whose middle lies above the pointer. */
function targetIndex(list: HTMLElement, from: number, clientY: number): number {
  const rows = Array.from(list.children);
  return rows.filter((row, index) => {
    if (index === from) return false;
    const box = row.getBoundingClientRect();
    return box.top + box.height / 2 < clientY;
  }).length;
}

function scrollNearEdge(clientY: number) {
  if (clientY < EDGE_PX) window.scrollBy(0, -SCROLL_STEP_PX);
  else if (clientY > window.innerHeight - EDGE_PX) window.scrollBy(0, SCROLL_STEP_PX);
}

/**
 * Reordering a list by dragging a row's handle: the handle captures the pointer, the row under it
 * becomes the drop place, releasing calls `onDrop(from, to)`. Escape or a cancelled pointer drops
 * nothing. The keyboard moves rows with buttons instead; this is for the pointer.
 */
export function useAgendaDrag(list: RefObject<HTMLElement | null>, onDrop: (from: number, to: number) => void) {
  const [state, setState] = useState<DragState | null>(null);
  const current = useRef<DragState | null>(null);
  const set = (next: DragState | null) => {
    current.current = next;
    setState(next);
  };

  useEffect(() => {
    if (!state) return;
    const cancelOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') set(null);
    };
    window.addEventListener('keydown', cancelOnEscape);
    return () => window.removeEventListener('keydown', cancelOnEscape);
  }, [state]);

  const follow = (clientY: number) => {
    const drag = current.current;
    if (!drag || !list.current) return;
    const to = targetIndex(list.current, drag.from, clientY);
    if (to !== drag.to) set({ ...drag, to });
  };

  const handleProps = (index: number): DragHandleProps => ({
    onPointerDown: (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      set({ from: index, to: index });
    },
    onPointerMove: (event) => {
      if (!current.current) return;
      scrollNearEdge(event.clientY);
      follow(event.clientY);
    },
    onPointerUp: (event) => {
      follow(event.clientY);
      const drag = current.current;
      set(null);
      if (drag && drag.to !== drag.from) onDrop(drag.from, drag.to);
    },
    onPointerCancel: () => set(null),
  });

  return { state, handleProps };
}
