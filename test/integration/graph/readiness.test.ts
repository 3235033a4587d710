import type { Capability } from '../../../src/domain/grants';
import { DEFAULT_PROFILE, type RunningEmulator, SEED, type TenantProfile } from '../../../src/emulator/server';
import type { ReadinessRow } from '../../../src/domain/readiness';
import { graphToken, startGraph } from './support';

const SITE_KEY = `${SEED.siteHostname}:${SEED.sitePath}`;
const options = { listExpansion: true, distributionList: SEED.distributionListMail };
const without = (scope: string): Partial<TenantProfile> => ({
  graphScopes: DEFAULT_PROFILE.graphScopes.filter((s) => s !== scope),
});

const row = (rows: ReadinessRow[], capability: Capability) => rows.find((r) => r.capability === capability);

describe('Verbindung prüfen against the emulator', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('with the README’s least-privilege grants: every row ✓, the role held on each list', async () => {
    const graph = await startGraph('integration-readiness-ok');
    emulator = graph.emulator;
    await graph.gateway.planning.open();
    const rows = await graph.gateway.readiness.check(options);
    expect(rows.map((r) => r.capability)).toEqual([
      'profile',
      'calendar',
      'sharedCalendar',
      'tasks',
      'mail',
      'sentItems',
      'site',
      'meetingsList',
      'venuesList',
      'settingsList',
      'needsList',
      'documentLibrary',
      'defaultView',
      'listExpansion',
      'nestedAppAuth',
    ]);
    expect(rows.filter((r) => r.status !== 'ok').map((r) => [r.capability, r.status, r.note])).toEqual([
      ['sharedCalendar', 'skipped', 'notConfigured'],
    ]);
    expect(row(rows, 'meetingsList')).toMatchObject({ role: 'manage' });
    expect(row(rows, 'site')).toMatchObject({ status: 'ok', role: 'manage' });
    const lists = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as { outbox: unknown[] };
    expect(lists.outbox).toHaveLength(0); // nothing was sent to find out
  });

  it.each<[string, Partial<TenantProfile>, Capability, Partial<ReadinessRow>]>([
    ['User.Read', without('User.Read'), 'profile', { status: 'missing', missing: 'User.Read' }],
    [
      'Calendars.ReadWrite',
      without('Calendars.ReadWrite'),
      'calendar',
      { status: 'missing', missing: 'Calendars.ReadWrite' },
    ],
    ['Tasks.ReadWrite', without('Tasks.ReadWrite'), 'tasks', { status: 'missing', missing: 'Tasks.ReadWrite' }],
    ['Mail.Send', without('Mail.Send'), 'mail', { status: 'missing', missing: 'Mail.Send' }],
    ['Mail.ReadBasic', without('Mail.ReadBasic'), 'sentItems', { status: 'missing', missing: 'Mail.ReadBasic' }],
    ['Sites.Selected', without('Sites.Selected'), 'site', { status: 'missing', missing: 'Sites.Selected' }],
    ['the site role', { siteRoles: {} }, 'meetingsList', { status: 'missing' }],
    [
      'role write (read only)',
      { siteRoles: { [SITE_KEY]: 'read' } },
      'meetingsList',
      { status: 'missing', missing: 'write', role: 'read' },
    ],
    [
      'role manage (write only)',
      { siteRoles: { [SITE_KEY]: 'write' } },
      'meetingsList',
      { status: 'ok', role: 'write' },
    ],
    ['SharePoint’s Sites.Selected', { sharePointScopes: [] }, 'defaultView', { status: 'missing' }],
    ['GroupMember.Read.All', without('GroupMember.Read.All'), 'listExpansion', { status: 'missing' }],
    [
      'nested app authentication',
      { nestedAppAuth: false },
      'nestedAppAuth',
      { status: 'missing', note: 'popupSignIn' },
    ],
  ])('without %s: the row says what IT must grant', async (_name, tenant, capability, expected) => {
    const graph = await startGraph(`integration-readiness-${capability}`, { tenant });
    emulator = graph.emulator;
    const rows = await graph.gateway.readiness.check(options);
    expect(row(rows, capability)).toMatchObject(expected);
    const others = rows.filter((r) => r.capability !== capability && r.status === 'failed');
    expect(others).toEqual([]);
  });

  it('proves writing to the document library without changing it, once Treffpunkt’s folder is there', async () => {
    const graph = await startGraph('integration-readiness-library');
    emulator = graph.emulator;
    const before = row(await graph.gateway.readiness.check(options), 'documentLibrary');
    expect(before).toMatchObject({ status: 'ok', role: 'read', note: 'libraryWriteUnproven' });

    const pdf = { name: 'Tagesordnung.pdf', contentType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) };
    const filed = await graph.gateway.documents.upload({ date: '2026-12-10' }, 'tagesordnung', pdf);
    const rows = await graph.openGateway().readiness.check(options);
    expect(row(rows, 'documentLibrary')).toEqual({ capability: 'documentLibrary', status: 'ok', role: 'write' });
    const token = await graphToken(emulator, ['Sites.Selected']);
    const root = await fetch(`${emulator.graphUrl}/sites/${SITE_KEY}:/drive/root/children?$select=name`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const names = ((await root.json()) as { value: { name: string }[] }).value.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('Vernetzungstreffen'))).toEqual(['Vernetzungstreffen']);

    await emulator.setTenant({ siteRoles: { [SITE_KEY]: 'read' } });
    const refused = row(await graph.openGateway().readiness.check(options), 'documentLibrary');
    expect(refused).toMatchObject({ status: 'missing', missing: 'write' });
    // Nothing was renamed or replaced to find out.
    const again = await graph.gateway.documents.upload({ date: '2026-12-10' }, 'tagesordnung', pdf).catch((e) => e);
    expect(again).toMatchObject({ code: 'forbidden' });
    await emulator.setTenant({ siteRoles: { [SITE_KEY]: 'manage' } });
    const kept = await graph.openGateway().documents.upload({ date: '2026-12-10' }, 'tagesordnung', pdf);
    expect(kept).toMatchObject({ itemId: filed.itemId, webUrl: filed.webUrl, name: filed.name });
  });

  it('names the list that does not exist yet, and skips list expansion when it is off', async () => {
    const graph = await startGraph('integration-readiness-absent', { seedLists: false });
    emulator = graph.emulator;
    const rows = await graph.gateway.readiness.check({ ...options, listExpansion: false });
    expect(row(rows, 'meetingsList')).toMatchObject({ status: 'skipped', note: 'listAbsent' });
    expect(row(rows, 'listExpansion')).toMatchObject({ status: 'skipped', note: 'switchedOff' });
  });
});
