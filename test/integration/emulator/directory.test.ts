import { SEED } from '../../../src/emulator/seed';
import { type Client, resultsDir, startClient } from './support';

let client: Client;

beforeAll(async () => {
  client = await startClient({ dataDir: resultsDir('directory'), reset: true });
});
afterAll(() => client.emulator.close());

describe('emulator: auth and directory', () => {
  it('answers 401 InvalidAuthenticationToken without a bearer token', async () => {
    const res = await client.call('GET', '/me', { token: null });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
    expect(res.headers.get('request-id')).toBeTruthy();
  });

  it('answers 401 for a forged token', async () => {
    const res = await client.call('GET', '/me', { token: 'emu.eyJzdWIiOiJ4In0.forged' });
    expect(res.status).toBe(401);
  });

  it('returns the organiser for /me with Graph headers', async () => {
    const res = await client.call('GET', '/me', { headers: { 'client-request-id': 'abc-123' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
      id: SEED.organiserId,
      displayName: SEED.organiserName,
      mail: SEED.organiserMail,
      officeLocation: 'Kreishaus Northeim',
    });
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    expect(res.headers.get('content-type')).toContain('application/json; odata.metadata=minimal');
  });

  it('projects $select', async () => {
    const res = await client.call('GET', '/me?$select=displayName,mail');
    expect(res.body).toEqual({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(displayName,mail)/$entity',
      displayName: SEED.organiserName,
      mail: SEED.organiserMail,
    });
  });

  it('finds users by id or UPN and needs User.ReadBasic.All for others', async () => {
    const byUpn = await client.call('GET', `/users/${encodeURIComponent(SEED.roomMail)}?$select=id,mail`);
    expect(byUpn.body.mail).toBe(SEED.roomMail);
    const weak = await client.token(['User.Read']);
    const denied = await client.call('GET', `/users/${encodeURIComponent(SEED.roomMail)}`, { token: weak });
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe('Authorization_RequestDenied');
    const self = await client.call('GET', `/users/${SEED.organiserId}`, { token: weak });
    expect(self.status).toBe(200);
    const missing = await client.call('GET', '/users/nobody@landkreis-northeim.de');
    expect(missing.body.error?.code).toBe('Request_ResourceNotFound');
  });

  it('finds the distribution list by mail and pages its transitive members', async () => {
    const filter = encodeURIComponent(`mail eq '${SEED.distributionListMail}'`);
    const groups = await client.call('GET', `/groups?$filter=${filter}&$select=id,displayName,mail`);
    expect(groups.body.value).toEqual([
      { id: SEED.distributionListId, displayName: 'Vernetzung Ehrenamtskoordination', mail: SEED.distributionListMail },
    ]);
    const seen: Record<string, unknown>[] = [];
    let next: string | undefined =
      `/groups/${SEED.distributionListId}/transitiveMembers?$top=5&$select=id,displayName,mail`;
    while (next) {
      const page = await client.call('GET', next);
      expect(page.status).toBe(200);
      seen.push(...(page.body.value ?? []));
      next = page.body['@odata.nextLink'] as string | undefined;
    }
    const types = new Set(seen.map((m) => m['@odata.type']));
    expect(types).toEqual(new Set(['#microsoft.graph.user', '#microsoft.graph.orgContact', '#microsoft.graph.group']));
    expect(seen.some((m) => String(m.mail).endsWith('@web.de'))).toBe(true);
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    const direct = await client.call('GET', `/groups/${SEED.distributionListId}/members?$top=999`);
    expect(direct.body.value!.length).toBeLessThan(seen.length);
  });

  it('needs a group scope for groups', async () => {
    const res = await client.call('GET', `/groups/${SEED.distributionListId}/members`, {
      token: await client.token(['User.Read']),
    });
    expect(res.status).toBe(403);
  });

  it('runs a batch with dependsOn and fails dependents of a failed request with 424', async () => {
    const res = await client.call('POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me?$select=id' },
          { id: '2', method: 'GET', url: '/users/nobody@landkreis-northeim.de', dependsOn: ['1'] },
          { id: '3', method: 'GET', url: '/me', dependsOn: ['2'] },
          { id: '4', method: 'GET', url: `/groups/${SEED.distributionListId}/members?$top=2`, dependsOn: ['1'] },
        ],
      },
    });
    expect(res.status).toBe(200);
    const responses = res.body.responses as {
      id: string;
      status: number;
      body: Record<string, unknown>;
      headers: Record<string, string>;
    }[];
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 200],
      ['2', 404],
      ['3', 424],
      ['4', 200],
    ]);
    expect(responses[0]?.body.id).toBe(SEED.organiserId);
    expect(responses[0]?.headers['Content-Type']).toContain('application/json');
  });

  it('answers CORS preflights', async () => {
    const res = await fetch(`${client.emulator.graphUrl}/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://localhost:3000', 'Access-Control-Request-Method': 'PATCH' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('If-Match');
  });

  it('says 501 for real Graph paths it does not emulate and 400 for unknown segments', async () => {
    const notYet = await client.call('GET', '/me/messages');
    expect(notYet.status).toBe(501);
    expect(notYet.body.error?.message).toContain('/me/messages');
    const unknown = await client.call('GET', '/me/bananas');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.message).toBe("Resource not found for the segment 'bananas'.");
    const expand = await client.call('GET', '/me?$expand=manager');
    expect(expand.status).toBe(501);
    expect(expand.body.error?.message).toContain('$expand');
  });
});
