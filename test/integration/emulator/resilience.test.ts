import { existsSync, readFileSync } from 'node:fs';
import { seededRandom } from '../../../src/emulator/faults';
import { SEED } from '../../../src/emulator/seed';
import { type Client, resultsDir, startClient } from './support';

describe('emulator: state, faults and journal', () => {
  let client: Client | undefined;
  afterEach(async () => {
    await client?.emulator.close();
    client = undefined;
  });

  it('keeps state across a restart and reseeds on reset', async () => {
    const dataDir = resultsDir('restart');
    client = await startClient({ dataDir, reset: true });
    const made = await client.call('POST', `/sites/${SEED.siteId}/lists`, {
      body: { displayName: 'Orte', columns: [{ name: 'TpArt', text: {} }] },
    });
    expect(made.status).toBe(201);
    await client.emulator.close();

    client = await startClient({ dataDir });
    const kept = await client.call('GET', `/sites/${SEED.siteId}/lists/Orte`);
    expect(kept.body.id).toBe(made.body.id);
    const reset = await fetch(`${client.emulator.url}/_emulator/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await client.call('GET', `/sites/${SEED.siteId}/lists/Orte`)).status).toBe(404);
    await client.emulator.close();

    client = await startClient({ dataDir, reset: true });
    expect((await client.call('GET', `/sites/${SEED.siteId}/lists/Orte`)).status).toBe(404);
  });

  it('answers 429 and 503 with Retry-After when faults are set, and hits batch steps one by one', async () => {
    client = await startClient({ dataDir: resultsDir('faults'), reset: true, random: seededRandom(1) });
    client.emulator.setFaults({ rate429: 1, retryAfterSeconds: 3 });
    const throttled = await client.call('GET', '/me');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('3');
    expect(throttled.body.error?.code).toBe('TooManyRequests');

    const set = await fetch(`${client.emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ rate503: 1 }),
    });
    expect(await set.json()).toMatchObject({ rate503: 1, rate429: 0, retryAfterSeconds: 1 });
    const unavailable = await client.call('GET', '/me');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('1');

    client.emulator.setFaults({ rate429: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await client.call('POST', '/$batch', {
        body: {
          requests: [
            { id: '1', method: 'GET', url: '/me' },
            { id: '2', method: 'GET', url: '/me' },
          ],
        },
      });
      if (res.status !== 200) continue;
      for (const r of res.body.responses as { status: number; headers: Record<string, string> }[]) {
        statuses.push(r.status);
        if (r.status === 429) expect(r.headers['Retry-After']).toBe('1');
      }
    }
    expect(statuses).toEqual(expect.arrayContaining([200, 429]));
  });

  it('drops connections without an answer', async () => {
    client = await startClient({ dataDir: resultsDir('drops'), reset: true, faults: { dropRate: 1 } });
    await expect(client.call('GET', '/me')).rejects.toThrow();
    client.emulator.setFaults({});
    expect((await client.call('GET', '/me')).status).toBe(200);
  });

  it('waits the configured latency before answering: nothing is answered or journaled until the wait is over', async () => {
    const waits: number[] = [];
    let release = (): void => undefined;
    let waiting = (): void => undefined;
    const began = new Promise<'waiting'>((resolve) => (waiting = () => resolve('waiting')));
    client = await startClient({
      dataDir: resultsDir('latency'),
      reset: true,
      faults: { latencyMs: 120 },
      sleep: (ms) => {
        waits.push(ms);
        waiting();
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    const journalPath = client.emulator.journalPath;
    const journaled = () => (existsSync(journalPath) ? readFileSync(journalPath, 'utf8').trim().split('\n').length : 0);
    const answer = client.call('GET', '/me');
    expect(await Promise.race([began, answer.then(() => 'answered without waiting')])).toBe('waiting');
    expect(waits).toEqual([120]);
    expect(journaled()).toBe(0);
    release();
    expect((await answer).status).toBe(200);
    expect(journaled()).toBe(1);
  });

  it('journals every Graph exchange without credentials, and not the control endpoints', async () => {
    client = await startClient({ dataDir: resultsDir('journal'), reset: true });
    const token = await client.token();
    await client.call('GET', '/me?$select=displayName', { token });
    await client.call('GET', '/me', { token: null });
    const text = readFileSync(client.emulator.journalPath, 'utf8');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[1]);
    expect(text.toLowerCase()).not.toContain('authorization');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ method: 'GET', url: '/v1.0/me?$select=displayName', response: { status: 200 } });
    expect(lines[1]).toMatchObject({
      response: { status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } },
    });
    const viaHttp = await (await fetch(`${client.emulator.url}/_emulator/journal`)).text();
    expect(viaHttp).toBe(text);
  });

  it('shows an escaped overview page', async () => {
    client = await startClient({ dataDir: resultsDir('overview'), reset: true });
    await client.call('POST', `/sites/${SEED.siteId}/lists`, { body: { displayName: '<script>alert(1)</script>' } });
    const html = await (await fetch(`${client.emulator.url}/_emulator/`)).text();
    expect(html).toContain('Vernetzung Ehrenamtskoordination');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>alert');
  });
});
