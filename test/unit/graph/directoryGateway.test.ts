import { AppError } from '../../../src/domain/appError';
import { createDirectoryGateway } from '../../../src/graph/directoryGateway';
import { fakeClient } from './fakeClient';

const LIST = 'vernetzung@landkreis-northeim.de';
const user = (mail: string | null, displayName: string | null = mail) => ({
  '@odata.type': '#microsoft.graph.user',
  id: `u-${mail}`,
  mail,
  displayName,
});
const contact = (mail: string | null, displayName: string | null = mail) => ({
  '@odata.type': '#microsoft.graph.orgContact',
  id: `c-${mail}`,
  mail,
  displayName,
});

function directory(members: unknown[], options: { group?: boolean; detailsRefused?: boolean } = {}) {
  return fakeClient((call) => {
    if (call.path.startsWith('/groups?'))
      return { value: options.group === false ? [] : [{ id: 'g1', displayName: 'Verteiler' }] };
    if (options.detailsRefused && call.path.includes('transitiveMembers') && !refusedOnce.done) {
      refusedOnce.done = true;
      throw new AppError('consent-required', 'Zustimmung fehlt', { missing: 'User.ReadBasic.All OrgContact.Read.All' });
    }
    return { value: members };
  });
}
const refusedOnce = { done: false };

describe('directory.members', () => {
  beforeEach(() => (refusedOnce.done = false));

  it('lists members with addresses once each, nested lists through their members only', async () => {
    const nested = { '@odata.type': '#microsoft.graph.group', id: 'g2', mail: 'fsa@x.de', displayName: 'FSA' };
    const { client } = directory([user('a@x.de', 'A'), contact('b@gmx.de', 'B'), nested, user('A@x.de', 'A')]);
    expect(await createDirectoryGateway(client).members(LIST)).toEqual({
      members: [
        { name: 'A', address: 'a@x.de' },
        { name: 'B', address: 'b@gmx.de' },
      ],
      withoutAddress: 0,
    });
  });

  it('with GroupMember.Read.All alone: limited information, naming the permissions per kind of member', async () => {
    const { client, calls } = directory([user(null, null), contact(null, null)], { detailsRefused: true });
    expect(await createDirectoryGateway(client).members(LIST)).toEqual({
      members: [],
      withoutAddress: 2,
      reason: 'limitedInformation',
      missing: ['OrgContact.Read.All', 'User.ReadBasic.All'],
    });
    expect(calls.filter((c) => c.path.includes('transitiveMembers'))).toHaveLength(2);
  });

  it('says so for members without a mailbox, for an empty list and for a list not in /groups', async () => {
    expect(
      await createDirectoryGateway(directory([user('a@x.de'), user(null, 'Ohne Postfach')]).client).members(LIST),
    ).toMatchObject({
      withoutAddress: 1,
      reason: 'withoutAddress',
    });
    expect(await createDirectoryGateway(directory([]).client).members(LIST)).toMatchObject({ reason: 'noMembers' });
    expect(await createDirectoryGateway(directory([], { group: false }).client).members(LIST)).toEqual({
      members: [],
      withoutAddress: 0,
      reason: 'notInDirectory',
    });
  });
});
