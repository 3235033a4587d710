import { stableGuid } from '../ids';
import { SEED, SEED_LISTS } from '../seedFacts';
import type { ColumnRecord, FieldValue, ListItemRecord, ListRecord } from '../state';
import { MEETING_COLUMNS, NEED_COLUMNS, seededColumns, SETTINGS_COLUMNS, VENUE_COLUMNS } from './columns';
import { pastMeetingItems, type SeedItem } from './meetings';
import { needItems } from './needs';
import { settingsFields } from './settings';
import { venueFields, VENUES } from './venues';

const LISTS_CREATED = '2024-11-04T09:12:00Z';
const COLLEAGUE = stableGuid('user:jonas.wittkopf');

function item(listKey: string, index: number, seed: SeedItem): ListItemRecord {
  const fields: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(seed.fields)) if (value !== null) fields[name] = value;
  return {
    id: String(index + 1),
    guid: stableGuid(`item:${listKey}:${index + 1}`),
    version: seed.version,
    createdDateTime: seed.created,
    lastModifiedDateTime: seed.modified,
    createdById: SEED.organiserId,
    lastModifiedById: index % 3 === 1 ? COLLEAGUE : SEED.organiserId,
    fields,
  };
}

function list(id: string, title: string, columns: ColumnRecord[], seeds: SeedItem[]): ListRecord {
  const items = seeds.map((s, i) => item(id, i, s));
  const lastModified = items.reduce(
    (max, i) => (i.lastModifiedDateTime > max ? i.lastModifiedDateTime : max),
    LISTS_CREATED,
  );
  return {
    id,
    name: title.replace(/[^A-Za-z0-9_-]/g, ''),
    displayName: title,
    description: '',
    template: 'genericList',
    createdDateTime: LISTS_CREATED,
    lastModifiedDateTime: lastModified,
    createdById: SEED.organiserId,
    columns,
    // made by an older add-in version through Graph: colleagues see the title only
    defaultViewFields: ['LinkTitle'],
    items,
    nextItemId: items.length + 1,
  };
}

/**
 * "Vernetzungstreffen" with the past meetings, "Treffpunkt-Orte" with the venues of the rotation and
 * "Treffpunkt-Einstellungen" with the team's one settings item, "Treffpunkt-Bedarfe" with three needs.
 */
export function seededLists(): ListRecord[] {
  const venues = VENUES.map((v) => ({
    created: LISTS_CREATED,
    modified: LISTS_CREATED,
    version: 1,
    fields: venueFields(v),
  }));
  return [
    list(
      SEED_LISTS.meetingsId,
      SEED_LISTS.meetingsTitle,
      seededColumns('meetings', MEETING_COLUMNS),
      pastMeetingItems(),
    ),
    list(SEED_LISTS.venuesId, SEED_LISTS.venuesTitle, seededColumns('venues', VENUE_COLUMNS), venues),
    list(SEED_LISTS.settingsId, SEED_LISTS.settingsTitle, seededColumns('settings', SETTINGS_COLUMNS), [
      { created: LISTS_CREATED, modified: LISTS_CREATED, version: 1, fields: settingsFields() },
    ]),
    list(SEED_LISTS.needsId, SEED_LISTS.needsTitle, seededColumns('needs', NEED_COLUMNS), needItems()),
  ];
}
