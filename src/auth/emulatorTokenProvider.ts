import { AppError } from '../domain/appError';
import type { TokenProvider } from './tokenProvider';

interface CachedToken {
  token: string;
  expiresAt: number;
}

export interface EmulatorTokenProviderOptions {
  /** The emulator's origin, e.g. http://127.0.0.1:4000 */
  origin: string;
  fetchFn?: typeof fetch;
  now?: () => number;
}

/**
 * Tokens from the local Microsoft 365 emulator's token endpoint. Kept in memory only, per scope
 * set, until shortly before they expire.
 */
export function createEmulatorTokenProvider(options: EmulatorTokenProviderOptions): TokenProvider {
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  const now = options.now ?? (() => Date.now());
  const cache = new Map<string, CachedToken>();

  async function requestToken(scopeList: readonly string[]): Promise<CachedToken> {
    let response: Response;
    try {
      response = await fetchFn(`${options.origin}/_emulator/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scopes: scopeList }),
      });
    } catch {
      throw new AppError('offline', 'Der Microsoft-365-Emulator ist nicht erreichbar.');
    }
    if (!response.ok) throw new AppError('auth-required', `Der Emulator gab kein Token (${response.status}).`);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new AppError('unexpected', 'Der Emulator gab kein Token.');
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    return { token: body.access_token, expiresAt: now() + (lifetime - 60) * 1000 };
  }

  return {
    async getToken(scopeList) {
      const key = [...scopeList].sort().join(' ');
      const cached = cache.get(key);
      if (cached && cached.expiresAt > now()) return cached.token;
      const fresh = await requestToken(scopeList);
      cache.set(key, fresh);
      return fresh.token;
    },
  };
}
