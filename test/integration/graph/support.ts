import { rmSync } from 'node:fs';
import path from 'node:path';
import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';
import { createGateway } from '../../../src/graph/gateway';
import { createGraphClient } from '../../../src/graph/graphClient';
import { createListMemory, type DeviceStore } from '../../../src/graph/listMemory';
import { createListsGateway } from '../../../src/graph/listsGateway';
import { createPlanningGateway } from '../../../src/graph/planningGateway';
import { type EmulatorOptions, type RunningEmulator, SEED, startEmulator } from '../../../src/emulator/server';

export const LIST_NAMES = {
  meetings: 'Vernetzungstreffen',
  venues: 'Treffpunkt-Orte',
  settings: 'Treffpunkt-Einstellungen',
  needs: 'Treffpunkt-Bedarfe',
};

export const SITE = `${SEED.siteHostname}:${SEED.sitePath}`;

/** A device store in memory (the pane's KeyValueStore), shared between "sessions" of one test. */
export function memoryStore(): DeviceStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    read: <T>(key: string) => values.get(key) as T | undefined,
    write: async (key, value) => void values.set(key, structuredClone(value)),
  };
}

export type GraphSetupOptions = Pick<
  EmulatorOptions,
  'seedLists' | 'tenant' | 'faults' | 'random' | 'uploadLimitBytes'
> & {
  store?: DeviceStore;
};

/**
 * The emulator on a free port with its journal under test-results/emulator/<name>/ (checked by CI
 * against Microsoft's Graph schema), and the real Graph client with fast retries; the whole gateway
 * as the pane wires it (token provider for SharePoint's REST API, a device store for list ids).
 */
export async function startGraph(name: string, options: GraphSetupOptions = {}) {
  const dataDir = path.resolve(__dirname, '../../../test-results/emulator', name);
  rmSync(dataDir, { recursive: true, force: true });
  const { store: given, ...emulatorOptions } = options;
  const emulator = await startEmulator({ dataDir, port: 0, reset: true, ...emulatorOptions });
  const tokenProvider = createEmulatorTokenProvider({ origin: emulator.url });
  const client = createGraphClient({
    tokenProvider,
    baseUrl: emulator.graphUrl,
    retry: { delaySeconds: 0, maxDelaySeconds: 1, timeoutMs: 5000 },
  });
  const store = given ?? memoryStore();
  const lists = createListsGateway(client, SITE, createListMemory(SITE, store));
  const config = {
    site: SITE,
    listName: LIST_NAMES.meetings,
    venueListName: LIST_NAMES.venues,
    settingsListName: LIST_NAMES.settings,
    needsListName: LIST_NAMES.needs,
    sharedMailbox: '',
    distributionList: SEED.distributionListMail,
    sharePointOrigin: emulator.url,
  };
  /** A fresh gateway (another opening of the pane) on the same device store. */
  const openGateway = () => createGateway(client, config, { tokenProvider, store });
  return { emulator, client, lists, store, tokenProvider, config, gateway: openGateway(), openGateway };
}

/** The planning gateway alone, without SharePoint's REST API (no default-view step). */
export function planningOf(lists: ReturnType<typeof createListsGateway>) {
  return createPlanningGateway(lists, LIST_NAMES, SEED.distributionListMail);
}

export interface JournalEntry {
  method: string;
  url: string;
  request?: { headers?: Record<string, string>; body?: unknown };
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

/** `METHOD /path` of each exchange, without the query. */
export const shortly = (entries: JournalEntry[]) => entries.map((e) => `${e.method} ${e.url.split('?')[0]}`);

/** POST /_emulator/faults (maxPageSize, lostAnswers, rates …). */
export async function setFaults(emulator: RunningEmulator, faults: Record<string, unknown>): Promise<void> {
  const answer = await fetch(`${emulator.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!answer.ok) throw new Error(`faults refused: ${answer.status} ${await answer.text()}`);
}

/** The emulator's state (lists with columns and default view fields, outbox, tasks …). */
export async function emulatorState(emulator: RunningEmulator): Promise<EmulatorStateView> {
  return (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as EmulatorStateView;
}

export interface StateList {
  id: string;
  displayName: string;
  columns: { name: string; displayName: string; type: string; facet: Record<string, unknown>; hidden: boolean }[];
  items: { fields: Record<string, unknown> }[];
  defaultViewFields: string[];
}

export interface EmulatorStateView {
  sites: { path: string; lists: StateList[] }[];
  outbox: { subject: string; toRecipients: { address: string }[]; bccRecipients: { address: string }[] }[];
  todoLists: Record<string, { wellknownListName: string; tasks: { title: string }[] }[]>;
}

/** The lists on the seeded site, as the emulator holds them. */
export async function siteLists(emulator: RunningEmulator): Promise<StateList[]> {
  const state = await emulatorState(emulator);
  return state.sites.find((s) => s.path === SEED.sitePath)?.lists ?? [];
}

/** A Graph token for a test's own set-up calls (e.g. a list as an older version made it). */
export async function graphToken(emulator: RunningEmulator, scopes: string[]): Promise<string> {
  return createEmulatorTokenProvider({ origin: emulator.url }).getToken(scopes);
}
