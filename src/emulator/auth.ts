import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from './context';
import { errors } from './errors';

const PREFIX = 'emu.';
const LIFETIME_SECONDS = 3600;
const GRAPH_RESOURCE = 'https://graph.microsoft.com/';
const IGNORED = new Set(['openid', 'profile', 'offline_access', 'email']);

/** Scopes granted for `.default`: what the county's app registration would hold. */
export const DEFAULT_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Calendars.ReadWrite',
  /** for the optional shared mailbox (`/users/{shared}/events`) */
  'Calendars.ReadWrite.Shared',
  'Tasks.ReadWrite',
  'Mail.Send',
  'Sites.ReadWrite.All',
  'GroupMember.Read.All',
];

interface Claims {
  sub: string;
  scp: string;
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

  issue(requested: readonly string[], userId: string, now: Date): IssuedToken {
    const scopes = normaliseScopes(requested);
    const iat = Math.floor(now.getTime() / 1000);
    const claims: Claims = { sub: userId, scp: scopes.join(' '), iat, exp: iat + LIFETIME_SECONDS };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return {
      access_token: `${PREFIX}${payload}.${this.sign(payload)}`,
      token_type: 'Bearer',
      expires_in: LIFETIME_SECONDS,
      scope: claims.scp,
    };
  }

  /** The caller behind an Authorization header, or a 401 Graph error. */
  verify(authorization: string | undefined, now: Date): Caller {
    const match = /^Bearer\s+(\S*)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) throw errors.unauthenticated('Access token is empty.');
    const claims = this.readClaims(match[1]);
    if (claims.exp * 1000 <= now.getTime())
      throw errors.unauthenticated('Lifetime validation failed, the token is expired.');
    return {
      userId: claims.sub,
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
    return { sub: claims.sub, scp: claims.scp, iat: claims.iat ?? 0, exp: claims.exp };
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

/** `https://graph.microsoft.com/User.Read` → `User.Read`; `.default` → the app's scopes; OIDC scopes dropped. */
export function normaliseScopes(requested: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of requested) {
    const scope = raw.startsWith(GRAPH_RESOURCE) ? raw.slice(GRAPH_RESOURCE.length) : raw;
    if (IGNORED.has(scope.toLowerCase())) continue;
    if (scope === '.default') DEFAULT_SCOPES.forEach((s) => out.add(s));
    else out.add(scope);
  }
  return [...out];
}
