import { AuthenticationHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider, TokenRequestOptions } from '../auth/tokenProvider';

function urlOf(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

function setHeader(context: Context, name: string, value: string): void {
  const headers = new Headers(context.options?.headers);
  headers.set(name, value);
  context.options = { ...context.options, headers };
}

/** The claims of a Conditional Access challenge (`WWW-Authenticate: Bearer … claims="base64"`), decoded. */
export function claimsChallenge(response: Response | undefined): string | undefined {
  const header = response?.status === 401 ? response.headers.get('WWW-Authenticate') : null;
  const match = header ? /claims="([^"]+)"/.exec(header) : null;
  if (!match?.[1]) return undefined;
  try {
    return atob(match[1]);
  } catch {
    return undefined;
  }
}

/**
 * Whether the request can go out a second time. The Graph client puts the body in `options.body`
 * as a string (JSON), Blob, Buffer or FormData, all of which fetch can send again; a stream body
 * or a `Request` object carrying its own body is read once only.
 */
export function isReplayable(context: Context): boolean {
  if (typeof context.request !== 'string' && context.request.body !== null) return false;
  const body: unknown = context.options?.body;
  return !(typeof ReadableStream !== 'undefined' && body instanceof ReadableStream);
}

/** What to ask for before sending the request again, or undefined when its answer stands. */
function renewalFor(response: Response | undefined, done: Set<string>): TokenRequestOptions | undefined {
  if (response?.status !== 401) return undefined;
  const claims = claimsChallenge(response);
  if (claims) return done.has('claims') ? undefined : { claims };
  return done.has('refresh') ? undefined : { forceRefresh: true };
}

/**
 * Attaches the bearer token to requests for the configured Graph origin only, with the scopes the
 * request names (AuthenticationHandlerOptions). The SDK's own handler trusts only https hosts, which
 * rules out the local emulator. A 401 is answered once with a new token before it stands: with the
 * claims of a Conditional Access challenge (interactive), or, for a plain 401, with a token acquired
 * afresh (`forceRefresh`). Each kind at most once per request, and only when the body can be resent.
 */
export class OriginAuthHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokenProvider: TokenProvider,
    private readonly graphOrigin: string,
    private readonly defaultScopes: readonly string[],
  ) {}

  async execute(context: Context): Promise<void> {
    if (new URL(urlOf(context)).origin !== this.graphOrigin) {
      await this.next?.execute(context);
      return;
    }
    const scopes = this.scopesOf(context);
    setHeader(context, 'Authorization', `Bearer ${await this.tokenProvider.getToken(scopes)}`);
    await this.next?.execute(context);
    const done = new Set<string>();
    for (let renewal = renewalFor(context.response, done); renewal; renewal = renewalFor(context.response, done)) {
      if (!isReplayable(context)) return;
      done.add(renewal.claims ? 'claims' : 'refresh');
      setHeader(context, 'Authorization', `Bearer ${await this.tokenProvider.getToken(scopes, renewal)}`);
      await this.next?.execute(context);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private scopesOf(context: Context): string[] {
    const options = context.middlewareControl?.getMiddlewareOptions(AuthenticationHandlerOptions) as
      AuthenticationHandlerOptions | undefined;
    return options?.authenticationProviderOptions?.scopes ?? [...this.defaultScopes];
  }
}
