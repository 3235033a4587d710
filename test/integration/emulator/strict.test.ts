import { SEED } from '../../../src/emulator/seed';
import { type Client, scratchDir, startClient } from './support';

// Requests real Graph rejects, sent on purpose: their journal lives in the temp folder, not under
// test-results/, because the conformance check would (rightly) flag these requests.
let client: Client;

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('strict'), reset: true });
});
afterAll(() => client.emulator.close());

describe('emulator: strict like Graph', () => {
  it('rejects batches over 20 requests, duplicate ids and absolute URLs as a whole with 400', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect((await client.call('POST', '/$batch', { body: { requests: many } })).status).toBe(400);
    const dup = [
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'A', method: 'GET', url: '/me' },
    ];
    expect((await client.call('POST', '/$batch', { body: { requests: dup } })).status).toBe(400);
    const abs = [{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' }];
    expect((await client.call('POST', '/$batch', { body: { requests: abs } })).status).toBe(400);
  });

  it('rejects unknown body properties on a list', async () => {
    const res = await client.call('POST', `/sites/${SEED.siteId}/lists`, {
      body: { displayName: 'X', colour: 'blau' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toContain("'colour'");
  });

  it('rejects unknown $select properties and unknown query options', async () => {
    expect((await client.call('GET', '/me?$select=lieblingsfarbe')).status).toBe(400);
    expect((await client.call('GET', '/me?$frobnicate=1')).status).toBe(400);
    const filter = await client.call('GET', `/groups?$filter=${encodeURIComponent("startswith(displayName,'V')")}`);
    expect(filter.status).toBe(501);
  });

  it('rejects malformed JSON and a wrong method', async () => {
    const res = await fetch(`${client.emulator.graphUrl}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await client.token()}`, 'Content-Type': 'application/json' },
      body: '{"requests": [',
    });
    expect(res.status).toBe(400);
    expect((await client.call('DELETE', '/me')).status).toBe(405);
  });
});
