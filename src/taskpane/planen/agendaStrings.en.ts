import type { AgendaStrings } from './agendaStrings';

export const en: AgendaStrings = {
  rowTimes: (position, start, end, minutes) => `Item ${position} · ${start}–${end} · ${minutes} min`,
  untitled: '(no title)',
  subItemCount: (count) => (count === 1 ? '1 sub-point' : `${count} sub-points`),
  dragHandle: (name) => `Drag ${name} to move it`,
  done: 'Done',
  remove: 'Remove',
  moved: (name, position, start, end) => `${name} is now item ${position}, ${start} to ${end}.`,
};
