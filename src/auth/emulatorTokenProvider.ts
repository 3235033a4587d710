import { AppError } from '../domain/appError';
import { consentRequired } from './authErrors';
import { scopeKey, type SignInMethod, type TokenProvider } from './tokenProvider';

interface CachedToken {
  token: string;
  expiresAt: number;
}

type Flow = 'nested' | 'popup';

export interface EmulatorTokenProviderOptions {
  /** The emulator's origin, e.g. http://127.0.0.1:4000 */
  origin: string;
  fetchFn?: typeof fetch;
  now?: () => number;
}

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
  sign_in?: unknown;
  error?: unknown;
  suberror?: unknown;
  missing?: unknown;
}

function missingOf(answer: TokenAnswer, requested: readonly string[]): string[] {
  const listed = Array.isArray(answer.missing) ? answer.missing.filter((s) => typeof s === 'string') : [];
  return listed.length > 0 ? listed : [...requested];
}

/** A refused request in the app's error model; undefined for `nested_app_auth_unavailable`. */
function refusal(status: number, answer: TokenAnswer, scopes: readonly string[]): AppError | undefined {
  if (answer.error === 'nested_app_auth_unavailable') return undefined;
  if (answer.suberror === 'consent_required') return consentRequired(missingOf(answer, scopes));
  const serviceCode = typeof answer.error === 'string' ? answer.error : undefined;
  return new AppError('auth-required', `Der Emulator gab kein Token (${status}).`, { status, serviceCode });
}

async function readAnswer(response: Response): Promise<TokenAnswer> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as TokenAnswer) : {};
  } catch {
    return {};
  }
}

/**
 * Tokens from the local Microsoft 365 emulator's token endpoint, in memory only, per scope set
 * (the resource included, so Graph and SharePoint tokens never mix), until shortly before they
 * expire. It signs in as the real path does: nested app authentication first; when the emulator's
 * tenant profile has no NAA (400 `nested_app_auth_unavailable`) through the popup flow, and from
 * then on whichever flow the answers' `sign_in` names. Missing admin consent becomes
 * `consent-required` naming the missing permissions; `forceRefresh` skips the cache.
 */
export function createEmulatorTokenProvider(options: EmulatorTokenProviderOptions): TokenProvider {
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  const now = options.now ?? (() => Date.now());
  const cache = new Map<string, CachedToken>();
  let flow: Flow = 'nested';
  let known = false;

  async function post(scopes: readonly string[], asFlow: Flow): Promise<Response> {
    try {
      // Form-encoded, as Entra ID's token endpoint takes it: a simple request, without a CORS preflight.
      return await fetchFn(`${options.origin}/_emulator/token`, {
        method: 'POST',
        body: new URLSearchParams({ scope: scopes.join(' '), flow: asFlow }),
      });
    } catch {
      throw new AppError('offline', 'Der Microsoft-365-Emulator ist nicht erreichbar.');
    }
  }

  function accept(answer: TokenAnswer, asFlow: Flow): CachedToken {
    if (typeof answer.access_token !== 'string') throw new AppError('unexpected', 'Der Emulator gab kein Token.');
    flow = answer.sign_in === 'nested' || answer.sign_in === 'popup' ? answer.sign_in : asFlow;
    known = true;
    const lifetime = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
    return { token: answer.access_token, expiresAt: now() + (lifetime - 60) * 1000 };
  }

  async function requestToken(scopes: readonly string[]): Promise<CachedToken> {
    for (const asFlow of flow === 'nested' ? (['nested', 'popup'] as const) : (['popup'] as const)) {
      const response = await post(scopes, asFlow);
      const answer = await readAnswer(response);
      if (response.ok) return accept(answer, asFlow);
      const error = refusal(response.status, answer, scopes);
      if (error) throw error;
    }
    throw new AppError('auth-required', 'Der Emulator bietet weder NAA noch die Anmeldung per Popup.');
  }

  async function getToken(scopes: readonly string[], request: { forceRefresh?: boolean } = {}) {
    const key = scopeKey(scopes);
    const cached = cache.get(key);
    if (cached && cached.expiresAt > now() && !request.forceRefresh) return cached.token;
    const fresh = await requestToken(scopes);
    cache.set(key, fresh);
    return fresh.token;
  }

  return {
    getToken,
    async signInMethod(): Promise<SignInMethod> {
      if (!known) await getToken(['User.Read']);
      return flow === 'nested' ? 'emulator-nested' : 'emulator-popup';
    },
  };
}
