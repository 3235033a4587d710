import { AuthenticationHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/tokenProvider';

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
 * Attaches the bearer token to requests for the configured Graph origin only, with the scopes the
 * request names (AuthenticationHandlerOptions). The SDK's own handler trusts only https hosts, which
 * rules out the local emulator. A 401 carrying a claims challenge is answered once with a new token.
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
    const options = context.middlewareControl?.getMiddlewareOptions(AuthenticationHandlerOptions) as
      AuthenticationHandlerOptions | undefined;
    const scopes = options?.authenticationProviderOptions?.scopes ?? [...this.defaultScopes];
    setHeader(context, 'Authorization', `Bearer ${await this.tokenProvider.getToken(scopes)}`);
    await this.next?.execute(context);
    const claims = claimsChallenge(context.response);
    if (!claims) return;
    setHeader(context, 'Authorization', `Bearer ${await this.tokenProvider.getToken(scopes, { claims })}`);
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
