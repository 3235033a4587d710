import type { EnglishLater } from '../i18n/localized';

/** The compact agenda's own texts (rows, opening an item, dragging); the fields' labels are in planenStrings. */
export interface AgendaStrings {
  /** The row's first line: number, clock times, minutes. */
  rowTimes: (position: number, start: string, end: string, minutes: number) => string;
  untitled: string;
  subItemCount: (count: number) => string;
  /** The handle's tooltip: dragging is for the pointer, the arrow buttons for the keyboard. */
  dragHandle: (name: string) => string;
  done: string;
  /** The remove button's visible word (its name says which item). */
  remove: string;
  /** Spoken after an item moved (by keyboard or by dragging). */
  moved: (name: string, position: number, start: string, end: string) => string;
}

const de: AgendaStrings = {
  rowTimes: (position, start, end, minutes) => `TOP ${position} · ${start}–${end} · ${minutes} Min.`,
  untitled: '(ohne Titel)',
  subItemCount: (count) => (count === 1 ? '1 Unterpunkt' : `${count} Unterpunkte`),
  dragHandle: (name) => `${name} ziehen, um den Punkt zu verschieben`,
  done: 'Fertig',
  remove: 'Entfernen',
  moved: (name, position, start, end) => `${name} ist jetzt TOP ${position}, ${start} bis ${end} Uhr.`,
};

/** The compact agenda's texts: German; English later (`agendaStrings.en.ts`, ../english). */
export const agendaStrings: EnglishLater<AgendaStrings> = { de };
