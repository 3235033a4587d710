import { rmSync } from 'node:fs';
import path from 'node:path';
import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';
import { createGraphClient } from '../../../src/graph/graphClient';
import { createListsGateway } from '../../../src/graph/listsGateway';
import { type RunningEmulator, SEED, startEmulator } from '../../../src/emulator/server';

export const LIST_NAMES = {
  meetings: 'Vernetzungstreffen',
  venues: 'Treffpunkt-Orte',
  settings: 'Treffpunkt-Einstellungen',
};

/**
 * The emulator on a free port with its journal under test-results/emulator/<name>/ (checked by CI
 * against Microsoft's Graph schema), and the real Graph client with fast retries.
 */
export async function startGraph(name: string) {
  const dataDir = path.resolve(__dirname, '../../../test-results/emulator', name);
  rmSync(dataDir, { recursive: true, force: true });
  const emulator = await startEmulator({ dataDir, port: 0, reset: true });
  const client = createGraphClient({
    tokenProvider: createEmulatorTokenProvider({ origin: emulator.url }),
    baseUrl: emulator.graphUrl,
    retry: { delaySeconds: 0, maxDelaySeconds: 1 },
  });
  const lists = createListsGateway(client, `${SEED.siteHostname}:${SEED.sitePath}`);
  return { emulator, client, lists };
}

export interface JournalEntry {
  method: string;
  url: string;
  response: { status: number; body?: unknown };
}

/** Every Graph exchange so far (the emulator's own endpoints are not journaled). */
export async function journal(emulator: RunningEmulator): Promise<JournalEntry[]> {
  const text = await (await fetch(`${emulator.url}/_emulator/journal`)).text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as JournalEntry);
}

/** Counts the round trips `work` makes. */
export async function roundTrips(emulator: RunningEmulator, work: () => Promise<unknown>): Promise<JournalEntry[]> {
  const before = (await journal(emulator)).length;
  await work();
  return (await journal(emulator)).slice(before);
}
