import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scopeNames, TokenService } from '../../../src/emulator/auth';
import { GraphError } from '../../../src/emulator/errors';

const now = new Date('2025-03-12T09:00:00Z');

function service(): TokenService {
  return new TokenService(mkdtempSync(join(tmpdir(), 'emu-auth-')));
}

function code401(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof GraphError && err.status === 401) return err.message;
  }
  throw new Error('expected a 401');
}

describe('emulator tokens', () => {
  it('issues a bearer token that verifies to the user and scopes', () => {
    const tokens = service();
    const issued = tokens.issue(['https://graph.microsoft.com/User.Read', 'openid', 'Sites.Selected'], 'u-1', now);
    expect(issued).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'User.Read Sites.Selected' });
    const caller = tokens.verify(`Bearer ${issued.access_token}`, now);
    expect(caller.userId).toBe('u-1');
    expect([...caller.scopes]).toEqual(['user.read', 'sites.selected']);
    expect(caller.audience).toBe('graph');
  });

  it('refuses a token for SharePoint where a Graph token is expected, as Graph refuses a wrong aud', () => {
    const tokens = service();
    const issued = tokens.issue(['Sites.Selected'], 'u-1', now, 'https://contoso.sharepoint.com');
    expect(tokens.verify(`Bearer ${issued.access_token}`, now).audience).toBe('sharepoint');
    expect(tokens.verify(`Bearer ${issued.access_token}`, now, 'sharepoint').audience).toBe('sharepoint');
    expect(code401(() => tokens.verify(`Bearer ${issued.access_token}`, now, 'graph'))).toBe(
      'Access token validation failure. Invalid audience.',
    );
  });

  it('rejects a missing, malformed, forged or expired token with 401', () => {
    const tokens = service();
    const token = tokens.issue(['User.Read'], 'u-1', now).access_token;
    expect(code401(() => tokens.verify(undefined, now))).toBe('Access token is empty.');
    expect(code401(() => tokens.verify('Bearer ', now))).toBe('Access token is empty.');
    expect(code401(() => tokens.verify('Bearer abc', now))).toContain('not well formed');
    expect(code401(() => service().verify(`Bearer ${token}`, now))).toContain('not well formed');
    expect(code401(() => tokens.verify(`Bearer ${token}`, new Date(now.getTime() + 3601_000)))).toContain('expired');
  });

  it('drops resource prefixes and OpenID Connect scopes from the names', () => {
    expect(scopeNames(['https://contoso.sharepoint.com/Sites.Selected', 'offline_access', 'User.Read'])).toEqual([
      'Sites.Selected',
      'User.Read',
    ]);
  });
});
