import { SEED } from '../../../src/emulator/seed';
import { DEFAULT_PROFILE, TENANT_PRESETS } from '../../../src/emulator/tenant';
import { type Client, scratchDir, startClient } from './support';
import { control, tokenAnswer } from './tenantSupport';

let client: Client;
const SHAREPOINT = `https://${SEED.siteHostname}`;

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('tenant'), reset: true });
});
afterAll(() => client.emulator.close());
afterEach(() => control(client, 'POST', '/_emulator/tenant/reset'));

const without = (scope: string) => DEFAULT_PROFILE.graphScopes.filter((s) => s !== scope);

/** A call each Graph permission of the README's grants is needed for (/me: User.Read or User.ReadBasic.All). */
const NEEDED_FOR: [string, string, string][] = [
  ['User.Read User.ReadBasic.All', 'GET', '/me'],
  ['Calendars.ReadWrite', 'GET', '/me/events'],
  ['Tasks.ReadWrite', 'GET', '/me/todo/lists'],
  ['Mail.Send', 'POST', '/me/sendMail'],
  ['Mail.ReadBasic', 'GET', '/me/mailFolders/sentitems/messages'],
  ['Sites.Selected', 'GET', `/sites/${SEED.siteId}`],
  ['GroupMember.Read.All', 'GET', '/groups'],
  ['User.ReadBasic.All', 'GET', `/users/${SEED.sharedMailboxMail}`],
];

describe('emulator tenant: the token endpoint as Entra ID answers', () => {
  it('issues the README’s grants, says which sign-in the Outlook offers and what the token carries', async () => {
    const answer = await tokenAnswer(client, { scopes: ['https://graph.microsoft.com/User.Read', 'Mail.Send'] });
    expect(answer).toMatchObject({ status: 200, body: { scope: 'User.Read Mail.Send', sign_in: 'nested' } });
    const all = await tokenAnswer(client, { scopes: ['https://graph.microsoft.com/.default', 'openid'] });
    expect(all.body.scope).toBe(DEFAULT_PROFILE.graphScopes.join(' '));
  });

  it.each(DEFAULT_PROFILE.graphScopes)('answers consent_required when %s has no admin consent', async (scope) => {
    client.emulator.setTenant({ graphScopes: without(scope) });
    const answer = await tokenAnswer(client, { scopes: ['User.Read', scope].filter((s, i, a) => a.indexOf(s) === i) });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required', missing: [scope] });
    expect(answer.body.error_description).toMatch(/^AADSTS65001: /);
  });

  it.each(NEEDED_FOR)('refuses a token without %s on %s %s with 403', async (scopes, method, path) => {
    const token = await client.token(DEFAULT_PROFILE.graphScopes.filter((s) => !scopes.split(' ').includes(s)));
    const res = await client.call(method, path, { token, body: method === 'POST' ? {} : undefined });
    expect(res.status).toBe(403);
    const withIt = await client.call(method, path, { token: await client.token(DEFAULT_PROFILE.graphScopes) });
    expect(withIt.status).not.toBe(403);
  });

  it('names only the permissions that lack consent, and refuses what the README does not ask for', async () => {
    const answer = await tokenAnswer(client, {
      scopes: ['User.Read', 'Sites.ReadWrite.All', 'Calendars.ReadWrite.Shared'],
    });
    expect(answer.body.missing).toEqual(['Sites.ReadWrite.All', 'Calendars.ReadWrite.Shared']);
  });

  it('refuses two resources in one request, an unknown resource and .default beside other scopes', async () => {
    const two = await tokenAnswer(client, { scopes: ['User.Read', `${SHAREPOINT}/Sites.Selected`] });
    expect(two.body).toMatchObject({ error: 'invalid_scope', error_codes: [28000] });
    const unknown = await tokenAnswer(client, { scopes: ['https://contoso.sharepoint.com/Sites.Selected'] });
    expect(unknown.body).toMatchObject({ error: 'invalid_resource', error_codes: [500011] });
    const mixed = await tokenAnswer(client, { scopes: ['.default', 'User.Read'] });
    expect(mixed.body).toMatchObject({ error: 'invalid_scope', error_codes: [70011] });
  });

  it('issues SharePoint tokens for the SharePoint host, which Graph refuses as a wrong audience', async () => {
    const answer = await tokenAnswer(client, { scopes: [`${SHAREPOINT}/Sites.Selected`] });
    expect(answer).toMatchObject({ status: 200, body: { scope: `${SHAREPOINT}/Sites.Selected` } });
    const res = await client.call('GET', `/sites/${SEED.siteId}`, { token: answer.body.access_token });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: 'Access token validation failure. Invalid audience.',
    });
    const manage = await tokenAnswer(client, { scopes: [`${SHAREPOINT}/AllSites.Manage`] });
    expect(manage.body).toMatchObject({ suberror: 'consent_required', missing: ['AllSites.Manage'] });
    const all = await tokenAnswer(client, { scopes: [`${SHAREPOINT}/.default`] });
    expect(all.body.scope).toBe(`${SHAREPOINT}/Sites.Selected`);
  });

  it('offers nested app authentication only where Outlook supports it; the popup always', async () => {
    expect((await tokenAnswer(client, { scopes: ['User.Read'], flow: 'nested' })).body.sign_in).toBe('nested');
    client.emulator.setTenant({ nestedAppAuth: false });
    const nested = await tokenAnswer(client, { scopes: ['User.Read'], flow: 'nested' });
    expect(nested).toMatchObject({ status: 400, body: { error: 'nested_app_auth_unavailable' } });
    const popup = await tokenAnswer(client, { scopes: ['User.Read'], flow: 'popup' });
    expect(popup).toMatchObject({ status: 200, body: { sign_in: 'popup' } });
    expect((await tokenAnswer(client, { scopes: ['User.Read'], flow: 'redirect' })).status).toBe(400);
  });
});

describe('emulator tenant: control endpoints', () => {
  it('shows the profile, merges changes, takes presets and resets', async () => {
    expect(await control(client, 'GET', '/_emulator/tenant')).toEqual({ status: 200, body: DEFAULT_PROFILE });
    const changed = await control(client, 'POST', '/_emulator/tenant', { nestedAppAuth: false });
    expect(changed.body).toEqual({ ...DEFAULT_PROFILE, nestedAppAuth: false });
    const broad = await control(client, 'POST', '/_emulator/tenant', { preset: 'broad', listRoles: {} });
    expect(broad.body).toEqual(TENANT_PRESETS.broad);
    expect((await control(client, 'POST', '/_emulator/tenant/reset')).body).toEqual(DEFAULT_PROFILE);
  });

  it.each([
    [[], 'expected a JSON object'],
    [{ grants: [] }, "unknown key 'grants'"],
    [{ graphScopes: ['https://graph.microsoft.com/User.Read'] }, 'not a permission name'],
    [{ siteRoles: { 'landkreisnortheim.sharepoint.com:/sites/Integration': 'owner' } }, 'expected one of read'],
    [{ siteRoles: { Integration: 'read' } }, 'expected the form'],
    [{ listRoles: { Vernetzungstreffen: 'read' } }, 'expected the form'],
    [{ nestedAppAuth: 'ja' }, 'true or false'],
    [{ preset: 'strict' }, "unknown preset 'strict'"],
  ])('refuses %j with 400 and says why', async (body, message) => {
    const res = await control(client, 'POST', '/_emulator/tenant', body);
    expect(res.status).toBe(400);
    expect((res.body.error as { message: string }).message).toContain(message);
    expect((await control(client, 'GET', '/_emulator/tenant')).body).toEqual(DEFAULT_PROFILE);
  });

  it('starts with a given profile, resets to it and shows it on the overview page', async () => {
    const other = await startClient({
      dataDir: scratchDir('tenant-start'),
      reset: true,
      tenant: { preset: 'site-write' },
    });
    try {
      await control(other, 'POST', '/_emulator/tenant', { nestedAppAuth: false });
      expect((await control(other, 'POST', '/_emulator/tenant/reset')).body).toEqual(TENANT_PRESETS['site-write']);
      const page = await (await fetch(`${other.emulator.url}/_emulator/`)).text();
      expect(page).toContain('Mandantenprofil');
      expect(page).toContain('entspricht der Voreinstellung „site-write“');
      expect(page).toContain('landkreisnortheim.sharepoint.com:/sites/Integration: write');
    } finally {
      await other.emulator.close();
    }
  });
});
