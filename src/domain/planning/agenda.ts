import type { AgendaItem, AgendaKind, Meeting, Speaker } from './meetingTypes';

export type NewId = () => string;

/** The standing reminder on "Aktuelles aus den Initiativen" (county description: no individual cases). */
export const INITIATIVES_NOTE =
  'Hier werden keine Einzelfälle besprochen. Gemeinsame Herausforderungen mehrerer Initiativen haben Platz, damit wir zusammen nach Lösungen suchen.';

/** The county's standard agenda; 180 minutes with a coffee break. */
export function standardAgenda(newId: NewId): AgendaItem[] {
  const item = (fields: Omit<AgendaItem, 'id' | 'presenter' | 'subItems'> & Partial<AgendaItem>): AgendaItem => ({
    id: newId(),
    presenter: '',
    subItems: [],
    ...fields,
  });
  return [
    item({ role: 'begruessung', title: 'Begrüßung und Vorstellungsrunde', kind: 'austausch', minutes: 20, note: '' }),
    item({
      role: 'landkreis',
      title: 'Aktuelles aus dem Landkreis',
      kind: 'information',
      minutes: 30,
      presenter: 'Koordinierungsstelle für Migration und Teilhabe',
      note: '',
      subItems: ['Sprachkurse in den Kommunen', 'Zahlen Neuzugewanderter', 'Fördermöglichkeiten'],
    }),
    item({
      role: 'initiativen',
      title: 'Aktuelles aus den Initiativen',
      kind: 'austausch',
      minutes: 45,
      note: INITIATIVES_NOTE,
    }),
    item({ role: 'pause', title: 'Kaffeepause', kind: 'austausch', minutes: 20, note: '' }),
    item({ role: 'input', title: 'Input von dritter Seite', kind: 'vortrag', minutes: 45, note: '' }),
    item({ role: 'termine', title: 'Termine und nächstes Treffen', kind: 'information', minutes: 20, note: '' }),
  ];
}

export interface ItemProblems {
  title?: string;
  minutes?: string;
}

/** German messages that say what to do; empty when the item is fine. */
export function validateItem(item: Pick<AgendaItem, 'title' | 'minutes'>): ItemProblems {
  const problems: ItemProblems = {};
  if (!item.title.trim()) problems.title = 'Bitte einen Titel für den Tagesordnungspunkt eingeben.';
  if (!Number.isInteger(item.minutes) || item.minutes < 1 || item.minutes > 180) {
    problems.minutes = 'Bitte eine Dauer zwischen 1 und 180 Minuten eingeben.';
  }
  return problems;
}

export function newItem(newId: NewId, kind: AgendaKind = 'austausch'): AgendaItem {
  return { id: newId(), role: 'weitere', title: '', kind, minutes: 15, presenter: '', note: '', subItems: [] };
}

/** Inserts before "Termine und nächstes Treffen" (which closes the meeting), or at the end. */
export function addItem(agenda: AgendaItem[], item: AgendaItem): AgendaItem[] {
  const closing = agenda.findIndex((i) => i.role === 'termine');
  if (closing < 0) return [...agenda, item];
  return [...agenda.slice(0, closing), item, ...agenda.slice(closing)];
}

export function removeItem(agenda: AgendaItem[], id: string): AgendaItem[] {
  return agenda.filter((i) => i.id !== id);
}

/** Moves the item at index `from` to index `to`; out-of-range indexes leave the agenda as it is. */
export function moveItemTo(agenda: AgendaItem[], from: number, to: number): AgendaItem[] {
  const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < agenda.length;
  if (!inRange(from) || !inRange(to) || from === to) return agenda;
  const next = [...agenda];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function moveItem(agenda: AgendaItem[], id: string, by: -1 | 1): AgendaItem[] {
  const from = agenda.findIndex((i) => i.id === id);
  return from < 0 ? agenda : moveItemTo(agenda, from, from + by);
}

/** One place up; the first item stays first. */
export function moveUp(agenda: AgendaItem[], id: string): AgendaItem[] {
  return moveItem(agenda, id, -1);
}

export function moveDown(agenda: AgendaItem[], id: string): AgendaItem[] {
  return moveItem(agenda, id, 1);
}

export function updateItem(agenda: AgendaItem[], id: string, patch: AgendaItemPatch): AgendaItem[] {
  return agenda.map((i) => (i.id === id ? { ...i, ...patch } : i));
}

export type AgendaItemPatch = Partial<Omit<AgendaItem, 'id'>>;

export type AgendaEditResult =
  | { ok: true; agenda: AgendaItem[] }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'invalid'; problems: ItemProblems };

/** Like `updateItem`, but refuses an edit that leaves the item without a title or with impossible minutes. */
export function editItem(agenda: AgendaItem[], id: string, patch: AgendaItemPatch): AgendaEditResult {
  const current = agenda.find((i) => i.id === id);
  if (!current) return { ok: false, reason: 'not-found' };
  const problems = validateItem({ ...current, ...patch });
  if (problems.title || problems.minutes) return { ok: false, reason: 'invalid', problems };
  return { ok: true, agenda: updateItem(agenda, id, patch) };
}

/** The external input item carries the speaker as presenter and the topic as its note. */
export function applySpeaker(meeting: Meeting, speaker: Speaker): Meeting {
  const presenter = [speaker.name, speaker.organisation].filter(Boolean).join(', ');
  const agenda = meeting.agenda.map((i) => (i.role === 'input' ? { ...i, presenter, note: speaker.topic } : i));
  return { ...meeting, speaker, agenda };
}
