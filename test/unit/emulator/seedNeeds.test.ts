import { createSeed, SEED, SEED_LISTS } from '../../../src/emulator/seed';
import { NEED_COLUMNS } from '../../../src/emulator/seedLists/columns';
import { validateFields } from '../../../src/emulator/sharepoint/fields';
import { needColumns } from '../../../src/graph/listSchema';

describe('seeded needs list', () => {
  const site = createSeed().sites.find((s) => s.path === SEED.sitePath);
  const list = site?.lists.find((l) => l.displayName === SEED_LISTS.needsTitle);

  it('has exactly the columns the add-in creates', () => {
    expect(NEED_COLUMNS).toEqual(needColumns);
    expect(list?.columns.map((c) => c.name)).toEqual([
      'Title',
      'Created',
      'Modified',
      ...needColumns.map((c) => c.name),
    ]);
  });

  it('holds open and taken-up needs that pass the list’s own validation', () => {
    const items = list?.items ?? [];
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(validateFields(list!, item.fields)).toEqual(item.fields);
    const statuses = items.map((i) => i.fields.TpBedarfStatus);
    expect(statuses).toContain('offen');
    expect(statuses).toContain('aufgegriffen');
  });
});
