import { readAllInBatches } from '../../../src/graph/batch';
import { collectPages, nextLinkPath } from '../../../src/graph/paging';
import { fakeClient } from './fakeClient';

const BASE = 'https://graph.microsoft.com/v1.0';

describe('collectPages', () => {
  it('follows every next link, and stops early once enough are read (handing back the link)', async () => {
    const pages: Record<string, { value: number[]; '@odata.nextLink'?: string }> = {
      '/x?$top=5': { value: [1, 2], '@odata.nextLink': `${BASE}/x?$skiptoken=a` },
      '/x?$skiptoken=a': { value: [3, 4], '@odata.nextLink': `${BASE}/x?$skiptoken=b` },
      '/x?$skiptoken=b': { value: [5] },
    };
    const read = (path: string) => Promise.resolve(pages[path]!);
    expect(await collectPages(read, '/x?$top=5')).toEqual({ items: [1, 2, 3, 4, 5] });
    expect(await collectPages(read, '/x?$top=5', 3)).toEqual({
      items: [1, 2, 3, 4],
      nextLink: `${BASE}/x?$skiptoken=b`,
    });
  });

  it('keeps path and query of a next link, without host and version', () => {
    expect(nextLinkPath(`${BASE}/sites/a%2Cb/lists/L/items?$top=50&$skiptoken=UGFnZWQ9VFJVRQ`)).toBe(
      '/sites/a%2Cb/lists/L/items?$top=50&$skiptoken=UGFnZWQ9VFJVRQ',
    );
  });
});

describe('readAllInBatches', () => {
  it('follows next links inside $batch answers in further batches, all lists together', async () => {
    const { client, calls } = fakeClient((call) => {
      const requests = (call.body as { requests: { id: string; url: string }[] }).requests;
      return {
        responses: requests.map((r) => {
          const page = Number(/page=(\d)/.exec(r.url)?.[1] ?? 1);
          const last = r.id === 'a' ? 3 : 1;
          const next = page < last ? { '@odata.nextLink': `${BASE}/a?page=${page + 1}` } : {};
          return { id: r.id, status: 200, body: { value: [`${r.id}${page}`], ...next } };
        }),
      };
    });
    const results = await readAllInBatches(
      client,
      [
        { id: 'a', method: 'GET', url: '/a' },
        { id: 'b', method: 'GET', url: '/b' },
      ],
      { feature: 'lists' },
    );
    expect(results.get('a')?.body).toEqual({ value: ['a1', 'a2', 'a3'] });
    expect(results.get('b')?.body).toEqual({ value: ['b1'] });
    expect(calls).toHaveLength(3);
    expect((calls[1]?.body as { requests: { url: string }[] }).requests).toEqual([
      { id: 'a', method: 'GET', url: '/a?page=2' },
    ]);
  });

  it('sends throttled inner reads again, never inner writes', async () => {
    let round = 0;
    const { client, calls } = fakeClient(() => {
      round += 1;
      return {
        responses:
          round === 1
            ? [
                { id: 'r', status: 429, headers: { 'Retry-After': '0' } },
                { id: 'w', status: 504, headers: { 'Retry-After': '0' } },
              ]
            : [{ id: 'r', status: 200, body: { value: [] } }],
      };
    });
    const results = await readAllInBatches(
      client,
      [
        { id: 'r', method: 'GET', url: '/r' },
        { id: 'w', method: 'POST', url: '/w', body: {} },
      ],
      { feature: 'lists' },
    );
    expect(calls).toHaveLength(2);
    expect((calls[1]?.body as { requests: { id: string }[] }).requests.map((r) => r.id)).toEqual(['r']);
    expect(results.get('w')?.status).toBe(504);
  });
});
