import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../../src/emulator/cli';
import { DEFAULT_PROFILE, TENANT_PRESETS } from '../../../src/emulator/tenant';
import { rewriteSiteKeyPath } from '../../../src/emulator/sharepoint/sitePath';

describe('emulator CLI arguments', () => {
  it('has defaults and reads the port from the environment', () => {
    expect(parseArgs([], {})).toEqual({
      host: '127.0.0.1',
      port: 4000,
      dataDir: '.emulator-data',
      reset: false,
      seedLists: true,
      faults: {},
    });
    expect(parseArgs([], { TREFFPUNKT_EMULATOR_PORT: '4100' }).port).toBe(4100);
  });

  it('lets flags win over the environment', () => {
    const cli = parseArgs(
      [
        '--port',
        '0',
        '--data-dir',
        'x',
        '--reset',
        '--no-seed-lists',
        '--fault-429',
        '0.1',
        '--fault-503',
        '0.2',
        '--latency',
        '200',
        '--drop',
        '0.05',
        '--retry-after',
        '2',
      ],
      {
        TREFFPUNKT_FAULT_429: '0.5',
        TREFFPUNKT_LATENCY_MS: '10',
      },
    );
    expect(cli).toEqual({
      host: '127.0.0.1',
      port: 0,
      dataDir: 'x',
      reset: true,
      seedLists: false,
      faults: { rate429: 0.1, rate503: 0.2, latencyMs: 200, dropRate: 0.05, retryAfterSeconds: 2 },
    });
  });

  it('rejects unknown flags and bad numbers', () => {
    expect(() => parseArgs(['--verbose'], {})).toThrow(/Unbekannte Option/);
    expect(() => parseArgs(['--port'], {})).toThrow(/Zahl/);
    expect(() => parseArgs(['--fault-429', '3'], {})).toThrow(/between 0 and 1/);
  });

  it('takes the tenant profile as a preset, JSON or a file, the flag over TREFFPUNKT_TENANT', () => {
    expect(parseArgs([], {}).tenant).toBeUndefined();
    expect(parseArgs(['--tenant', 'broad'], {}).tenant).toEqual(TENANT_PRESETS.broad);
    expect(parseArgs([], { TREFFPUNKT_TENANT: '{"nestedAppAuth": false}' }).tenant).toEqual({
      ...DEFAULT_PROFILE,
      nestedAppAuth: false,
    });
    expect(parseArgs(['--tenant', 'site-read'], { TREFFPUNKT_TENANT: 'broad' }).tenant).toEqual(
      TENANT_PRESETS['site-read'],
    );
    const file = join(mkdtempSync(join(tmpdir(), 'emu-cli-')), 'tenant.json');
    writeFileSync(file, JSON.stringify({ preset: 'site-write', nestedAppAuth: false }));
    expect(parseArgs(['--tenant', file], {}).tenant).toEqual({ ...TENANT_PRESETS['site-write'], nestedAppAuth: false });
  });

  it('says in German what is wrong with a tenant profile', () => {
    expect(() => parseArgs(['--tenant'], {})).toThrow(/braucht eine Datei, JSON oder eine Voreinstellung/);
    expect(() => parseArgs(['--tenant', 'streng'], {})).toThrow(/--tenant: .*unknown preset 'streng'/);
    expect(() => parseArgs([], { TREFFPUNKT_TENANT: '{"siteRoles": []}' })).toThrow(/TREFFPUNKT_TENANT: .*siteRoles/);
    expect(() => parseArgs([], { TREFFPUNKT_TENANT: '{kaputt' })).toThrow(/not valid JSON/);
  });
});

describe('SharePoint key paths', () => {
  it('folds hostname:/path[:/rest] into one site segment', () => {
    expect(rewriteSiteKeyPath('/sites/contoso.sharepoint.com:/sites/hr')).toBe(
      '/sites/contoso.sharepoint.com%3A%2Fsites%2Fhr',
    );
    expect(rewriteSiteKeyPath('/sites/contoso.sharepoint.com:/sites/hr:/lists/Books/items')).toBe(
      '/sites/contoso.sharepoint.com%3A%2Fsites%2Fhr/lists/Books/items',
    );
    expect(rewriteSiteKeyPath('/sites/contoso.sharepoint.com:/sites/My%20Site:')).toBe(
      '/sites/contoso.sharepoint.com%3A%2Fsites%2FMy%20Site',
    );
    expect(rewriteSiteKeyPath('/sites/contoso.sharepoint.com,a,b/lists')).toBe(
      '/sites/contoso.sharepoint.com,a,b/lists',
    );
  });
});
