import type { DraftKind } from '../hooks/draftStore';

/** What the minutes' forms hold before it becomes part of the minutes (typed, not yet added). */
export interface MinutesDrafts {
  walkInName?: string;
  walkInInitiative?: string;
  walkInAddress?: string;
  nextDate?: string;
}

const FIELDS = ['walkInName', 'walkInInitiative', 'walkInAddress', 'nextDate'] as const;

/** The typed text of the forms; empty and foreign fields are left out. */
function filled(value: unknown): MinutesDrafts {
  const entry = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    FIELDS.flatMap((field) => {
      const text = entry[field];
      return typeof text === 'string' && text ? [[field, text]] : [];
    }),
  );
}

/**
 * The walk-in and next-meeting forms' drafts, one entry per meeting id under the key the add-in has
 * always used; a meeting whose forms are empty is dropped from the store.
 */
export const minutesDraftKind: DraftKind<MinutesDrafts> = {
  key: 'treffpunkt.protokoll.entwurf',
  scoped: true,
  parse: filled,
  isEmpty: (drafts) => Object.keys(filled(drafts)).length === 0,
};
