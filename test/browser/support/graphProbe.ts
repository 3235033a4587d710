import type { RunningEmulator } from '../../../src/emulator/server';

/** Reads the emulator through its Graph API as the organiser would (for assertions about what was stored). */
export async function graphGet<T>(emulator: RunningEmulator, path: string, scopes = ['Sites.Selected']): Promise<T> {
  const tokenResponse = await fetch(`${emulator.url}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scopes }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${emulator.graphUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface ListItemFields {
  id: string;
  /** The item's version as Graph reports it (what an If-Match has to name). */
  eTag?: string;
  webUrl?: string;
  fields: Record<string, unknown>;
}

/**
 * The list's items with every column, hidden ones included: SharePoint leaves hidden columns (the
 * meeting's JSON) out of `fields` unless they are named, so the columns are read first.
 */
export async function listItems(emulator: RunningEmulator, list: string): Promise<ListItemFields[]> {
  const path = `/sites/landkreisnortheim.sharepoint.com:/sites/Integration:/lists/${encodeURIComponent(list)}`;
  const columns = await graphGet<{ value: { name: string }[] }>(emulator, `${path}/columns?$select=name,hidden`);
  const names = columns.value.map((c) => c.name).join(',');
  const items: ListItemFields[] = [];
  let next: string | undefined = `${path}/items?$expand=fields($select=${names})&$top=100`;
  while (next) {
    const page: { value: ListItemFields[]; '@odata.nextLink'?: string } = await graphGet(emulator, next);
    items.push(...page.value);
    const link = page['@odata.nextLink'];
    next = link ? link.slice(link.indexOf('/v1.0') + '/v1.0'.length) : undefined;
  }
  return items;
}

/** An emulator-only control endpoint (replies, mailboxes): GET, or POST with a JSON body. */
export async function emulatorControl(harness: { emulator: RunningEmulator }, path: string, body?: unknown) {
  const response = await fetch(`${harness.emulator.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** One Graph exchange of the emulator's journal, as far as the tests look at it. */
export interface JournalExchange {
  method: string;
  url: string;
  /** The request's headers as the emulator received them (credentials removed), names in lower case. */
  request: { headers: Record<string, string> };
  response: { status: number; body?: { responses?: { status: number }[] } };
}

/** The emulator's journal: every /v1.0 exchange so far, in order. */
export async function emulatorJournal(harness: { emulator: RunningEmulator }): Promise<JournalExchange[]> {
  const text = await (await fetch(`${harness.emulator.url}/_emulator/journal`)).text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as JournalExchange);
}
