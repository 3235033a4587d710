import { rmSync } from 'node:fs';
import path from 'node:path';
import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';
import type { TokenProvider } from '../../../src/auth/tokenProvider';
import { sendBatch } from '../../../src/graph/batch';
import { createMeGateway } from '../../../src/graph/meGateway';
import { createGraphClient } from '../../../src/graph/graphClient';
import { type RunningEmulator, SEED, startEmulator } from '../../../src/emulator/server';

const fastRetry = { delaySeconds: 0, maxDelaySeconds: 1, timeoutMs: 5000 };

/** A random source that yields the given draws first, then "no fault". */
function draws(...values: number[]): () => number {
  return () => values.shift() ?? 0.999;
}

async function emulatorFor(name: string, random?: () => number): Promise<RunningEmulator> {
  const dataDir = path.resolve(__dirname, '../../../test-results/emulator', name);
  rmSync(dataDir, { recursive: true, force: true });
  return startEmulator({ dataDir, port: 0, reset: true, random });
}

function clientFor(emulator: RunningEmulator, tokenProvider?: TokenProvider) {
  return createGraphClient({
    tokenProvider: tokenProvider ?? createEmulatorTokenProvider({ origin: emulator.url }),
    baseUrl: emulator.graphUrl,
    retry: fastRetry,
  });
}

async function journal(emulator: RunningEmulator): Promise<{ url: string; response: { status: number } }[]> {
  const text = await (await fetch(`${emulator.url}/_emulator/journal`)).text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { url: string; response: { status: number } });
}

describe('Graph gateway against the emulator (real Graph client)', () => {
  let emulator: RunningEmulator;
  afterEach(() => emulator?.close());

  it('reads the organiser from /me with the bearer token attached', async () => {
    emulator = await emulatorFor('integration-gateway-me');
    const organiser = await createMeGateway(clientFor(emulator)).getOrganiser();
    expect(organiser).toMatchObject({ displayName: SEED.organiserName, mail: SEED.organiserMail });
  });

  it('turns a 401 into auth-required', async () => {
    emulator = await emulatorFor('integration-gateway-401');
    const forged: TokenProvider = { getToken: async () => 'not-a-token' };
    await expect(createMeGateway(clientFor(emulator, forged)).getOrganiser()).rejects.toMatchObject({
      code: 'auth-required',
      details: { status: 401, serviceCode: 'InvalidAuthenticationToken' },
    });
  });

  it('retries a 429 after its Retry-After and succeeds', async () => {
    emulator = await emulatorFor('integration-gateway-429', draws(0));
    emulator.setFaults({ rate429: 0.5, retryAfterSeconds: 0 });
    const organiser = await createMeGateway(clientFor(emulator)).getOrganiser();
    expect(organiser.displayName).toBe(SEED.organiserName);
    expect((await journal(emulator)).map((e) => e.response.status)).toEqual([429, 200]);
  });

  it('gives up on persistent throttling with a throttled error', async () => {
    emulator = await emulatorFor('integration-gateway-429-persistent');
    emulator.setFaults({ rate429: 1, retryAfterSeconds: 0 });
    const client = createGraphClient({
      tokenProvider: createEmulatorTokenProvider({ origin: emulator.url }),
      baseUrl: emulator.graphUrl,
      retry: { ...fastRetry, maxRetries: 2 },
    });
    await expect(createMeGateway(client).getOrganiser()).rejects.toMatchObject({ code: 'throttled' });
    expect(await journal(emulator)).toHaveLength(3);
  });

  it('sends a GET again after a dropped connection', async () => {
    emulator = await emulatorFor('integration-gateway-drop', draws(0));
    emulator.setFaults({ dropRate: 0.5 });
    const client = createGraphClient({
      tokenProvider: createEmulatorTokenProvider({ origin: emulator.url }),
      baseUrl: emulator.graphUrl,
      retry: { ...fastRetry, networkRetries: 2 },
    });
    await expect(createMeGateway(client).getOrganiser()).resolves.toMatchObject({ mail: SEED.organiserMail });
  });

  it('re-sends only the throttled requests of a $batch', async () => {
    emulator = await emulatorFor('integration-gateway-batch', draws(0.999, 0));
    emulator.setFaults({ rate429: 0.5, retryAfterSeconds: 0 });
    const results = await sendBatch(
      clientFor(emulator),
      [
        { id: 'site', method: 'GET', url: `/sites/${SEED.siteHostname}:${SEED.sitePath}?$select=id,displayName` },
        { id: 'lists', method: 'GET', url: `/sites/${SEED.siteHostname}:${SEED.sitePath}:/lists?$select=id` },
      ],
      { feature: 'lists' },
    );
    expect(results.get('site')?.status).toBe(200);
    expect(results.get('lists')?.status).toBe(200);
    expect((await journal(emulator)).filter((e) => e.url.includes('$batch'))).toHaveLength(2);
  });
});
