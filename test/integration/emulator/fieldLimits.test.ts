import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../../src/emulator/sharepoint/fields';
import { SEED, SEED_LISTS } from '../../../src/emulator/seed';
import { type Client, type Reply, scratchDir, startClient } from './support';

/**
 * SharePoint's length limits on list item values, on the seeded meetings list as the add-in writes
 * it: TpOrt is a single line of text, TpProtokoll a rich multi-line column, TpDaten the hidden
 * multi-line column holding the meeting as JSON. A refused value leaves the list as it was.
 */
const ITEMS = `/sites/${SEED.siteId}/lists/${SEED_LISTS.meetingsId}/items`;

let client: Client;
beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('field-limits'), reset: true });
});
afterAll(() => client.emulator.close());

async function itemCount(): Promise<number> {
  const all = await client.call('GET', `${ITEMS}?$top=5000`);
  return all.body.value?.length ?? 0;
}

/** The stored values, hidden columns included (they come only when selected, as in SharePoint). */
async function stored(id: string, field: string): Promise<Reply> {
  return client.call('GET', `${ITEMS}/${id}/fields?$select=Title,TpStatus,${field}`);
}

async function createItem(fields: Record<string, unknown>): Promise<Reply> {
  return client.call('POST', ITEMS, { body: { fields: { Title: 'Grenzwerte', ...fields } } });
}

function expectTooLong(reply: Reply, field: string, max: number): void {
  expect(reply.status).toBe(400);
  expect(reply.body.error?.code).toBe('invalidRequest');
  expect(reply.body.error?.message).toContain(`'${field}'`);
  expect(reply.body.error?.message).toContain(`at most ${max} characters`);
}

const CASES = [
  { field: 'TpOrt', kind: 'single line of text', max: SINGLE_LINE_MAX },
  { field: 'TpProtokoll', kind: 'multiple lines, rich text', max: MULTI_LINE_MAX },
  { field: 'TpDaten', kind: 'hidden JSON, multiple lines', max: MULTI_LINE_MAX },
];

describe('emulator: SharePoint text limits on list items', () => {
  it('uses 255 characters for single lines and 63,999 for multiple lines', () => {
    expect(SINGLE_LINE_MAX).toBe(255);
    expect(MULTI_LINE_MAX).toBe(63_999);
  });

  it.each(CASES)(
    'creates an item with $field at its limit ($kind: $max), refuses one more and stores nothing',
    async ({ field, max }) => {
      const before = await itemCount();
      const atLimit = await createItem({ [field]: 'ü'.repeat(max) });
      expect(atLimit.status).toBe(201);
      expect((await stored(String(atLimit.body.id), field)).body[field]).toBe('ü'.repeat(max));
      expect(await itemCount()).toBe(before + 1);

      const over = await createItem({ [field]: 'ü'.repeat(max + 1) });
      expectTooLong(over, field, max);
      expect(await itemCount()).toBe(before + 1);
      const next = await createItem({});
      expect(Number(next.body.id)).toBe(Number(atLimit.body.id) + 1);
    },
  );

  it.each(CASES)(
    'updates $field to its limit ($kind: $max), refuses one more and keeps the item unchanged',
    async ({ field, max }) => {
      const made = await createItem({ TpStatus: 'geplant' });
      const id = String(made.body.id);
      const atLimit = await client.call('PATCH', `${ITEMS}/${id}/fields`, {
        body: { [field]: 'a'.repeat(max) },
        headers: { 'If-Match': made.headers.get('etag') ?? '' },
      });
      expect(atLimit.status).toBe(200);
      const etag = atLimit.headers.get('etag') ?? '';

      const over = await client.call('PATCH', `${ITEMS}/${id}/fields`, {
        body: { Title: 'Geändert', TpStatus: 'eingeladen', [field]: 'b'.repeat(max + 1) },
        headers: { 'If-Match': etag },
      });
      expectTooLong(over, field, max);
      const after = await stored(id, field);
      expect(after.headers.get('etag')).toBe(etag);
      expect(after.body).toMatchObject({ Title: 'Grenzwerte', TpStatus: 'geplant', [field]: 'a'.repeat(max) });
    },
  );

  it('refuses an over-long value inside $batch as well, with the same answer', async () => {
    const res = await client.call('POST', '/$batch', {
      body: {
        requests: [
          {
            id: '1',
            method: 'POST',
            url: ITEMS,
            headers: { 'Content-Type': 'application/json' },
            body: { fields: { Title: 'Im Stapel', TpDaten: 'x'.repeat(MULTI_LINE_MAX + 1) } },
          },
        ],
      },
    });
    const inner = (res.body.responses as { status: number; body: Reply['body'] }[])[0];
    expect(inner?.status).toBe(400);
    expect(inner?.body.error?.code).toBe('invalidRequest');
    expect(inner?.body.error?.message).toContain("'TpDaten'");
  });
});
