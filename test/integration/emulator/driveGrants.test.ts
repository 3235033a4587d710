import { DEFAULT_PROFILE, type TenantProfile } from '../../../src/emulator/tenant';
import { DRIVE, encodePath, LIBRARY_KEY, MEETINGS_KEY, pdfBytes, put } from './driveSupport';
import { type Client, type Reply, scratchDir, startClient } from './support';
import { control } from './tenantSupport';

let client: Client;
const folder = { name: 'Rechte', folder: {}, '@microsoft.graph.conflictBehavior': 'replace' };
const file = `${DRIVE}/root:/${encodePath('Rechte/Probe.pdf')}:/content`;

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('drive-grants'), reset: true });
});
afterAll(() => client.emulator.close());
afterEach(async () => {
  await control(client, 'POST', '/_emulator/tenant/reset');
  await control(client, 'POST', '/_emulator/reset');
});

/** The tenant changed, then a token for `scopes`: GET, POST folder and PUT file with it. */
async function as(tenant: Partial<TenantProfile> & { preset?: string }, scopes = ['Sites.Selected']) {
  client.emulator.setTenant(tenant);
  const token = await client.token(scopes);
  return {
    get: (path = DRIVE) => client.call('GET', path, { token }),
    mkdir: () => client.call('POST', `${DRIVE}/root/children`, { token, body: folder }),
    upload: () => put(client, file, pdfBytes('Rechte'), { token }),
  };
}

const outcome = (res: Reply) => [res.status, res.body.error?.code];
const listsScope = [...DEFAULT_PROFILE.graphScopes, 'Lists.SelectedOperations.Selected'];

describe('emulator drives: who may read and write the library (Sites.Selected)', () => {
  it('the site role write or above covers the library: folders and uploads', async () => {
    const call = await as({ preset: 'site-write' });
    expect((await call.get()).status).toBe(200);
    expect((await call.mkdir()).status).toBe(201);
    expect((await call.upload()).status).toBe(201);
  });

  it('the site role read reads the library but cannot create a folder or upload (403 accessDenied)', async () => {
    const call = await as({ preset: 'site-read' });
    expect((await call.get()).status).toBe(200);
    expect(outcome(await call.mkdir())).toEqual([403, 'accessDenied']);
    expect(outcome(await call.upload())).toEqual([403, 'accessDenied']);
  });

  it('no role on the site: the library is out of reach too', async () => {
    const call = await as({ preset: 'no-site-role' });
    expect(outcome(await call.get())).toEqual([403, 'accessDenied']);
    expect(outcome(await call.upload())).toEqual([403, 'accessDenied']);
  });
});

describe('emulator drives: grants on single lists (Lists.SelectedOperations.Selected)', () => {
  it('a grant on the meetings list does not reach the library, another list', async () => {
    const call = await as({ graphScopes: listsScope, listRoles: { [MEETINGS_KEY]: 'manage' } }, [
      'Lists.SelectedOperations.Selected',
    ]);
    expect(outcome(await call.get())).toEqual([403, 'accessDenied']);
    expect(outcome(await call.mkdir())).toEqual([403, 'accessDenied']);
    expect(outcome(await call.upload())).toEqual([403, 'accessDenied']);
  });

  it('a grant on the library itself (by title or URL name) reaches it with its role', async () => {
    const write = await as({ graphScopes: listsScope, listRoles: { [LIBRARY_KEY]: 'write' } }, [
      'Lists.SelectedOperations.Selected',
    ]);
    expect((await write.mkdir()).status).toBe(201);
    expect((await write.upload()).status).toBe(201);
    const byUrlName = LIBRARY_KEY.replace(/Dokumente$/, 'Shared Documents');
    const read = await as({ graphScopes: listsScope, listRoles: { [byUrlName]: 'read' } }, [
      'Lists.SelectedOperations.Selected',
    ]);
    expect((await read.get()).status).toBe(200);
    expect(outcome(await read.upload())).toEqual([403, 'accessDenied']);
  });
});

describe('emulator drives: tenant-wide permissions', () => {
  it('Files.Read.All reads every library, Files.ReadWrite.All writes; Files.ReadWrite (own files) does not reach a site', async () => {
    const graphScopes = ['Files.Read.All', 'Files.ReadWrite.All', 'Files.ReadWrite'];
    const read = await as({ graphScopes, siteRoles: {} }, ['Files.Read.All']);
    expect((await read.get()).status).toBe(200);
    expect(outcome(await read.upload())).toEqual([403, 'accessDenied']);
    const write = await as({ graphScopes, siteRoles: {} }, ['Files.ReadWrite.All']);
    expect((await write.upload()).status).toBe(201);
    const own = await as({ graphScopes, siteRoles: {} }, ['Files.ReadWrite']);
    expect((await own.get()).status).toBe(403);
  });
});
