import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../../../src/emulator/server';

/** Journals under test-results/emulator/<name>/ are checked by CI's Graph conformance step. */
export function resultsDir(name: string): string {
  const dir = resolve(__dirname, '../../../test-results/emulator', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** For tests that send requests real Graph would reject on purpose: kept out of the conformance check. */
export function scratchDir(name: string): string {
  const dir = join(tmpdir(), 'treffpunkt-emulator-tests', `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { value?: Record<string, unknown>[]; error?: { code: string; message: string } };
}

export interface Client {
  emulator: RunningEmulator;
  token(scopes?: string[], user?: string): Promise<string>;
  call(
    method: string,
    path: string,
    init?: { body?: unknown; headers?: Record<string, string>; token?: string | null },
  ): Promise<Reply>;
}

/** Granted in the default tenant profile (the README's least-privilege grants with list expansion). */
export const ALL_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'GroupMember.Read.All',
  'OrgContact.Read.All',
  'Sites.Selected',
];

export async function startClient(options: EmulatorOptions): Promise<Client> {
  const emulator = await startEmulator(options);
  let cached: string | undefined;
  const token = async (scopes = ALL_SCOPES, user?: string): Promise<string> => {
    const res = await fetch(`${emulator.url}/_emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scopes, user }),
    });
    const answer = (await res.json()) as { access_token?: string };
    if (!answer.access_token) throw new Error(`no token for ${scopes.join(' ')}: ${JSON.stringify(answer)}`);
    return answer.access_token;
  };
  const call: Client['call'] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token !== null) headers.Authorization = `Bearer ${init.token ?? (cached ??= await token())}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const url = path.startsWith('http') ? path : `${emulator.graphUrl}${path}`;
    const res = await fetch(url, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Reply['body']) : {} };
  };
  return { emulator, token, call };
}
