import { SEED } from '../../../src/emulator/seed';
import { calendarClient, invitation } from './calendarSupport';
import { type Client, scratchDir, startClient } from './support';
import { control } from './tenantSupport';

let client: Client;
const MEMBERS = `/groups/${SEED.distributionListId}/transitiveMembers?$select=id,displayName,mail`;

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('directory-grants'), reset: true });
});
afterAll(() => client.emulator.close());
afterEach(() => control(client, 'POST', '/_emulator/tenant/reset'));

type Member = Record<string, unknown>;

async function members(scopes: string[]): Promise<Map<string, Member[]>> {
  const res = await client.call('GET', MEMBERS, { token: await client.token(scopes) });
  expect(res.status).toBe(200);
  const byType = new Map<string, Member[]>();
  for (const m of res.body.value ?? []) {
    const type = String(m['@odata.type']);
    byType.set(type, [...(byType.get(type) ?? []), m]);
  }
  return byType;
}

const limited = (m: Member) => Object.keys(m).length === 4 && m.displayName === null && m.mail === null;

describe('emulator tenant: distribution list members under the granted permissions', () => {
  it('with GroupMember.Read.All alone gives users and mail contacts as type and id only', async () => {
    const byType = await members(['GroupMember.Read.All']);
    const users = byType.get('#microsoft.graph.user') ?? [];
    const contacts = byType.get('#microsoft.graph.orgContact') ?? [];
    expect(users.length).toBeGreaterThan(0);
    expect(contacts.length).toBeGreaterThan(0);
    for (const m of [...users, ...contacts]) {
      expect(limited(m)).toBe(true);
      expect(typeof m.id).toBe('string');
    }
    const groups = byType.get('#microsoft.graph.group') ?? [];
    expect(groups[0]).toMatchObject({ displayName: 'Flüchtlingssozialarbeit', mail: SEED.fsaGroupMail });
  });

  it('with User.ReadBasic.All gives users in full, mail contacts only with OrgContact.Read.All', async () => {
    const users = await members(['GroupMember.Read.All', 'User.ReadBasic.All']);
    expect(users.get('#microsoft.graph.user')?.every((m) => typeof m.mail === 'string')).toBe(true);
    expect(users.get('#microsoft.graph.orgContact')?.every(limited)).toBe(true);
    const all = await members(['GroupMember.Read.All', 'User.ReadBasic.All', 'OrgContact.Read.All']);
    expect(all.get('#microsoft.graph.orgContact')?.every((m) => String(m.mail).includes('@'))).toBe(true);
  });

  it('limits direct members the same way, and the default properties come back null', async () => {
    const token = await client.token(['GroupMember.Read.All']);
    const res = await client.call('GET', `/groups/${SEED.distributionListId}/members`, { token });
    const contact = res.body.value?.find((m) => m['@odata.type'] === '#microsoft.graph.orgContact');
    expect(contact).toMatchObject({ displayName: null, mail: null, companyName: null });
    expect(typeof contact?.id).toBe('string');
  });
});

describe('emulator tenant: a dynamic distribution group', () => {
  it('is not found through /groups', async () => {
    const filter = encodeURIComponent(`mail eq '${SEED.dynamicListMail}'`);
    const res = await client.call('GET', `/groups?$filter=${filter}`);
    expect(res.status).toBe(200);
    expect(res.body.value).toEqual([]);
  });

  it('still reaches its members when invited', async () => {
    const cal = await calendarClient(client);
    const body = {
      ...invitation('tp-dynamic'),
      attendees: [{ emailAddress: { address: SEED.dynamicListMail, name: 'Alle Initiativen' }, type: 'required' }],
    };
    const made = await cal.call('POST', '/me/events', { body });
    expect(made.status).toBe(201);
    const box = await cal.control(
      'GET',
      `/_emulator/mailbox/${encodeURIComponent('hannelore.vogt@web.de')}/invitations`,
    );
    const received = JSON.parse(box.text) as { value: { eventId: string; via: string | null }[] };
    expect(received.value.find((m) => m.eventId === made.body.id)).toMatchObject({ via: SEED.dynamicListMail });
  });
});
