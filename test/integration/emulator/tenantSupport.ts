import type { Client } from './support';

export interface TokenAnswer {
  status: number;
  body: {
    access_token?: string;
    scope?: string;
    sign_in?: string;
    error?: string;
    suberror?: string;
    error_description?: string;
    error_codes?: number[];
    missing?: string[];
  };
}

/** POST /_emulator/token with any body; the answer as it comes. */
export async function tokenAnswer(client: Client, body: unknown): Promise<TokenAnswer> {
  const res = await fetch(`${client.emulator.url}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as TokenAnswer['body'] };
}

/** A control call under /_emulator with a JSON answer. */
export async function control(
  client: Client,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${client.emulator.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
