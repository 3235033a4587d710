import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Audience, Caller } from './context';
import { errors } from './errors';

const PREFIX = 'emu.';
const LIFETIME_SECONDS = 3600;
/** Microsoft Graph's resource (the `aud` of a Graph token). */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
const IGNORED = new Set(['openid', 'profile', 'offline_access', 'email']);

interface Claims {
  sub: string;
  scp: string;
  /** the resource: https://graph.microsoft.com or https://{sharepoint host}; absent in older tokens (Graph) */
  aud?: string;
  iat: number;
  exp: number;
}

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/** Issues and checks the emulator's bearer tokens: `emu.<claims>.<HMAC>`, keyed by a secret in the data folder. */
export class TokenService {
  private readonly secret: Buffer;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'token-secret');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    this.secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }

  /** A token for `resource` (Graph unless given) carrying exactly `requested` (resource prefixes and OIDC scopes dropped). */
  issue(requested: readonly string[], userId: string, now: Date, resource = GRAPH_RESOURCE): IssuedToken {
    const scopes = scopeNames(requested);
    const iat = Math.floor(now.getTime() / 1000);
    const claims: Claims = { sub: userId, scp: scopes.join(' '), aud: resource, iat, exp: iat + LIFETIME_SECONDS };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return {
      access_token: `${PREFIX}${payload}.${this.sign(payload)}`,
      token_type: 'Bearer',
      expires_in: LIFETIME_SECONDS,
      scope: claims.scp,
    };
  }

  /**
   * The caller behind an Authorization header, or a 401 Graph error. With `expected`, a token issued
   * for the other resource is refused as Graph refuses a wrong `aud`.
   */
  verify(authorization: string | undefined, now: Date, expected?: Audience): Caller {
    const match = /^Bearer\s+(\S*)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) throw errors.unauthenticated('Access token is empty.');
    const claims = this.readClaims(match[1]);
    if (claims.exp * 1000 <= now.getTime())
      throw errors.unauthenticated('Lifetime validation failed, the token is expired.');
    const audience = audienceOf(claims.aud);
    if (expected && audience !== expected)
      throw errors.unauthenticated('Access token validation failure. Invalid audience.');
    return {
      userId: claims.sub,
      audience,
      scopes: new Set(
        claims.scp
          .split(' ')
          .filter(Boolean)
          .map((s) => s.toLowerCase()),
      ),
    };
  }

  private readClaims(token: string): Claims {
    const parts = token.startsWith(PREFIX) ? token.slice(PREFIX.length).split('.') : [];
    const [payload, signature] = parts;
    if (parts.length !== 2 || !payload || !signature || !this.signatureMatches(payload, signature)) {
      throw errors.unauthenticated(
        'IDX14100: JWT is not well formed, there are no dots (.). Access token validation failure.',
      );
    }
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Claims>;
    if (typeof claims.sub !== 'string' || typeof claims.scp !== 'string' || typeof claims.exp !== 'number') {
      throw errors.unauthenticated('Access token validation failure. Invalid claims.');
    }
    const aud = typeof claims.aud === 'string' ? claims.aud : undefined;
    return { sub: claims.sub, scp: claims.scp, aud, iat: claims.iat ?? 0, exp: claims.exp };
  }

  /** An HMAC of `text` under the emulator's secret (the tempauth of pre-authenticated download URLs). */
  mac(text: string): string {
    return this.sign(text);
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  private signatureMatches(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

function audienceOf(aud: string | undefined): Audience {
  return aud === undefined || aud.replace(/\/+$/, '') === GRAPH_RESOURCE ? 'graph' : 'sharepoint';
}

/** `https://graph.microsoft.com/User.Read` → `User.Read` (any resource prefix); OIDC scopes dropped. */
export function scopeNames(requested: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of requested) {
    const scope = raw.includes('://') ? raw.slice(raw.lastIndexOf('/') + 1) : raw;
    if (!IGNORED.has(scope.toLowerCase()) && scope !== '') out.add(scope);
  }
  return [...out];
}
