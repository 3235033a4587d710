import type { IncomingMessage } from 'node:http';
import { corsHeaders } from './http';

/**
 * Who may call the emulator's control endpoints (/_emulator/*: tokens, the tenant's grants, faults,
 * reset, the whole state). They answer pages on this machine only: a browser request whose Origin is
 * not localhost, 127.0.0.1 or [::1] (any port, http or https) is refused, and no other origin is
 * granted CORS. Requests without an Origin (Node tests, curl, the overview page's own GETs) pass.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
}

/** The request's Origin header, when it has one. */
export function originOf(req: IncomingMessage): string | undefined {
  const origin = req.headers.origin;
  return typeof origin === 'string' ? origin : undefined;
}

/**
 * CORS headers for a control endpoint: the loopback origin named (not `*`), `Vary: Origin`; none of
 * the Access-Control-Allow-* headers without an Origin. Undefined when the origin is refused.
 */
export function controlCors(req: IncomingMessage): Record<string, string> | undefined {
  const origin = originOf(req);
  if (origin === undefined) return { Vary: 'Origin' };
  if (!isLoopbackOrigin(origin)) return undefined;
  return { ...corsHeaders(req), 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}
