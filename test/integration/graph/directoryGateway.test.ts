import { buildInvitation, withMembers } from '../../../src/domain/invitation';
import { defaultTeamSettings } from '../../../src/domain/settings';
import { createDirectoryGateway } from '../../../src/graph/directoryGateway';
import { createEventsGateway } from '../../../src/graph/eventsGateway';
import { createInvitationGateway } from '../../../src/graph/invitationGateway';
import { type RunningEmulator, SEED } from '../../../src/emulator/server';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { journal, startGraph } from './support';

describe('list expansion (GroupMember.Read.All granted)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('reads the members of the distribution list, outside contacts included, and invites them one by one', async () => {
    const graph = await startGraph('integration-directory-members');
    emulator = graph.emulator;
    const result = await createDirectoryGateway(graph.client).members(SEED.distributionListMail);
    expect(result).toMatchObject({ withoutAddress: 0 });
    expect(result.reason).toBeUndefined();
    const members = result.members;
    const addresses = members.map((m) => m.address);
    expect(addresses).toContain('k.haddad@gmx.de');
    expect(addresses).not.toContain(SEED.distributionListMail);
    expect(new Set(addresses.map((a) => a.toLowerCase())).size).toBe(addresses.length);
    expect(members.find((m) => m.address === 'k.haddad@gmx.de')?.name).toMatch(/^Karim Haddad/);
    // The nested list (Flüchtlingssozialarbeit) through its members only, not as a person of its own.
    expect(addresses).toContain('svetlana.kuehn@landkreis-northeim.de');
    expect(addresses).not.toContain(SEED.fsaGroupMail);
    expect(members.map((m) => m.name)).not.toContain('Flüchtlingssozialarbeit');

    const settings = { ...defaultTeamSettings(SEED.distributionListMail), expandDistributionList: true };
    const invitation = withMembers(buildInvitation(plannedMeeting, settings), SEED.distributionListMail, members);
    const events = createEventsGateway(graph.client);
    const sent = await createInvitationGateway(events).send(invitation);
    const invited = sent.replies.map((r) => r.address);
    expect(invited).toEqual(expect.arrayContaining(addresses));
    expect(invited).not.toContain(SEED.distributionListMail);
    expect(invited).not.toContain(SEED.fsaGroupMail);
    expect((await journal(emulator)).map((e) => `${e.method} ${e.url.split('?')[0]}`)).toEqual([
      'GET /v1.0/groups',
      expect.stringMatching(/^GET \/v1\.0\/groups\/[^/]+\/transitiveMembers$/),
      'POST /v1.0/me/events',
    ]);
  });

  it('says so when the list is not in /groups (a dynamic distribution group): the list address is invited', async () => {
    const graph = await startGraph('integration-directory-missing');
    emulator = graph.emulator;
    const result = await createDirectoryGateway(graph.client).members('gibt-es-nicht@landkreis-northeim.de');
    expect(result).toEqual({ members: [], withoutAddress: 0, reason: 'notInDirectory' });
  });

  it('with GroupMember.Read.All alone: members without names and addresses, and the permissions that would show them', async () => {
    const graph = await startGraph('integration-directory-limited', { tenant: { preset: 'group-members-only' } });
    emulator = graph.emulator;
    const result = await createDirectoryGateway(graph.client).members(SEED.distributionListMail);
    expect(result.reason).toBe('limitedInformation');
    expect(result.withoutAddress).toBeGreaterThan(0);
    expect(result.missing).toEqual(['OrgContact.Read.All', 'User.ReadBasic.All']);
    // Never an invitation to nobody: without addresses the pane invites the list itself.
    const settings = { ...defaultTeamSettings(SEED.distributionListMail), expandDistributionList: true };
    const invitation = withMembers(
      buildInvitation(plannedMeeting, settings),
      SEED.distributionListMail,
      result.members,
    );
    expect(invitation.attendees.length).toBeGreaterThan(0);
  });

  it('without GroupMember.Read.All: a refusal naming the capability and the permission', async () => {
    const graph = await startGraph('integration-directory-refused', { tenant: { preset: 'no-list-expansion' } });
    emulator = graph.emulator;
    await expect(createDirectoryGateway(graph.client).members(SEED.distributionListMail)).rejects.toMatchObject({
      code: 'consent-required',
      details: { capability: 'listExpansion', missing: expect.stringContaining('GroupMember.Read.All') },
    });
  });
});
