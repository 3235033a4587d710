import { readFileSync } from 'node:fs';
import { seededRandom } from '../../../src/emulator/faults';
import { DRIVE, encodePath, getRaw, pdfBytes, put } from './driveSupport';
import { type Client, resultsDir, scratchDir, startClient } from './support';

const at = (path: string) => `${DRIVE}/root:/${encodePath(path)}:/content`;

async function names(client: Client, folder: string): Promise<string[]> {
  const list = await client.call('GET', `${DRIVE}/root:/${encodePath(folder)}:/children?$select=name`);
  return (list.body.value ?? []).map((i) => String(i.name));
}

describe.each([1, 2, 3])('emulator drives under faults (seed %i)', (seed) => {
  let client: Client;
  beforeAll(async () => {
    client = await startClient({
      dataDir: resultsDir(`drive-faults-${seed}`),
      reset: true,
      random: seededRandom(seed),
    });
  });
  afterAll(() => client.emulator.close());

  it('throttles uploads like any Graph request (429 with Retry-After); a repeat until 2xx leaves one file', async () => {
    client.emulator.setFaults({ rate429: 0.5, rate503: 0.2 });
    const statuses: number[] = [];
    let res = await put(client, at('Drosselung/Tagesordnung.pdf'), pdfBytes('A'));
    for (let tries = 0; res.status >= 400 && tries < 30; tries++) {
      statuses.push(res.status);
      expect(res.headers.get('retry-after')).toBe('1');
      res = await put(client, at('Drosselung/Tagesordnung.pdf'), pdfBytes('A'));
    }
    client.emulator.setFaults({});
    expect(res.status === 201 || res.status === 200).toBe(true);
    expect(statuses.every((s) => s === 429 || s === 503)).toBe(true);
    expect(await names(client, 'Drosselung')).toEqual(['Tagesordnung.pdf']);
  });

  it('a lost answer (504) after the upload acted: the repeat replaces, one file with the same id', async () => {
    client.emulator.setFaults({ lostAnswers: [{ method: 'PUT', path: 'Protokoll.pdf:/content', as: '504' }] });
    const lost = await put(client, at('Verloren/Protokoll.pdf'), pdfBytes('v1'));
    expect(lost.status).toBe(504);
    const first = await client.call('GET', `${DRIVE}/root:/Verloren/Protokoll.pdf`);
    const again = await put(client, at('Verloren/Protokoll.pdf'), pdfBytes('v1'));
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    expect(await names(client, 'Verloren')).toEqual(['Protokoll.pdf']);
  });
});

describe('emulator drives: browser transport, journal, restart', () => {
  let client: Client;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = resultsDir('drive-transport');
    client = await startClient({ dataDir, reset: true });
  });
  afterAll(() => client.emulator.close());

  it('lets a page on another origin PUT a PDF (preflight) and read the 302 and the file', async () => {
    const preflight = await fetch(`${client.emulator.graphUrl}${at('CORS/a.pdf')}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://localhost:3000',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Content-Type');
    const up = await put(client, at('CORS/a.pdf'), pdfBytes('cors'));
    const redirect = await getRaw(client, `${DRIVE}/items/${String(up.body.id)}/content`);
    expect(redirect.headers.get('access-control-allow-origin')).toBe('*');
    expect(redirect.headers.get('access-control-expose-headers')).toContain('Location');
    const file = await fetch(redirect.headers.get('location') ?? '', { headers: { Origin: 'https://localhost:3000' } });
    expect(file.headers.get('access-control-allow-origin')).toBe('*');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''a.pdf");
  });

  it('journals an upload as its size, never its bytes, in valid JSON lines', async () => {
    const big = new Uint8Array(200_000).fill(65);
    expect((await put(client, at('Journal/gross.pdf'), big)).status).toBe(201);
    const lines = readFileSync(client.emulator.journalPath, 'utf8').trim().split('\n');
    const entries = lines.map(
      (line) => JSON.parse(line) as { method: string; url: string; request: Record<string, unknown> },
    );
    const upload = entries.find((e) => e.method === 'PUT' && e.url.includes('gross.pdf'));
    expect(upload?.request.bodyBytes).toBe(200_000);
    expect(upload?.request.body).toBeUndefined();
    expect(lines.every((line) => line.length < 20_000)).toBe(true);
  });

  it('keeps the files across a restart of the emulator', async () => {
    const bytes = pdfBytes('bleibt');
    const up = await put(client, at('Neustart/bleibt.pdf'), bytes);
    await client.emulator.close();
    client = await startClient({ dataDir, reset: false });
    const redirect = await getRaw(client, `${DRIVE}/items/${String(up.body.id)}/content`);
    const file = await fetch(redirect.headers.get('location') ?? '');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });
});

describe('emulator drives: download URLs', () => {
  let client: Client;
  let clock = new Date('2026-03-03T10:00:00Z');
  beforeAll(async () => {
    client = await startClient({ dataDir: scratchDir('drive-downloads'), reset: true, now: () => clock });
  });
  afterAll(() => client.emulator.close());

  it('expire after a few minutes (401) and refuse a forged tempauth (401)', async () => {
    const up = await put(client, at('Ablauf/a.pdf'), pdfBytes('a'));
    const location =
      (await getRaw(client, `${DRIVE}/items/${String(up.body.id)}/content`)).headers.get('location') ?? '';
    expect((await fetch(location)).status).toBe(200);
    expect((await fetch(location.replace(/tempauth=[^.]+/, 'tempauth=eyJkIjoiYiJ9'))).status).toBe(401);
    clock = new Date(clock.getTime() + 6 * 60_000);
    expect((await fetch(location)).status).toBe(401);
  });
});
