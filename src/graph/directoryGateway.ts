import type { Client } from '@microsoft/microsoft-graph-client';
import type { DirectoryObject, Group } from '@microsoft/microsoft-graph-types';
import { isAppError } from '../domain/appError';
import type { MembersResult } from '../domain/invitation';
import type { NamedAddress } from '../domain/settings';
import type { Feature } from '../auth/scopes';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';
import { collectPages, type Page } from './paging';

type Member = DirectoryObject & { '@odata.type'?: string; displayName?: string | null; mail?: string | null };

const GROUP = '#microsoft.graph.group';
const CONTACT = '#microsoft.graph.orgContact';

function reasonOf(members: NamedAddress[], bare: Member[], nameless: Member[]): Omit<MembersResult, 'members'> {
  const withoutAddress = bare.length;
  if (nameless.length > 0) {
    const missing = new Set<string>();
    for (const m of nameless) missing.add(m['@odata.type'] === CONTACT ? 'OrgContact.Read.All' : 'User.ReadBasic.All');
    return { withoutAddress, reason: 'limitedInformation', missing: [...missing].sort() };
  }
  if (withoutAddress > 0) return { withoutAddress, reason: 'withoutAddress' };
  return members.length === 0 ? { withoutAddress, reason: 'noMembers' } : { withoutAddress };
}

function unique(members: NamedAddress[]): NamedAddress[] {
  const seen = new Set<string>();
  return members.filter((m) => !seen.has(m.address.toLowerCase()) && seen.add(m.address.toLowerCase()));
}

/**
 * The distribution list's members (only where the tenant granted GroupMember.Read.All): the list by
 * its address, then its people and outside contacts, those of nested lists included. Names and
 * addresses need User.ReadBasic.All and OrgContact.Read.All as well; without them the result says so.
 */
export function createDirectoryGateway(client: Client) {
  const read = (feature: Feature) => (path: string) =>
    graphCall(
      () =>
        client
          .api(path)
          .middlewareOptions([scopesFor(feature)])
          .get() as Promise<Page<Member>>,
      {
        capability: 'listExpansion',
      },
    );

  /** With names and addresses where granted; otherwise with GroupMember.Read.All alone. */
  async function membersOf(groupId: string): Promise<Member[]> {
    const first = `/groups/${encodeURIComponent(groupId)}/transitiveMembers?$select=id,displayName,mail&$top=999`;
    try {
      return (await collectPages(read('memberDetails'), first)).items;
    } catch (error) {
      if (!isAppError(error) || error.code !== 'consent-required') throw error;
      return (await collectPages(read('groupMembers'), first)).items;
    }
  }

  return {
    async members(listAddress: string): Promise<MembersResult> {
      const literal = listAddress.replace(/'/g, "''");
      const path = `/groups?$filter=${encodeURIComponent(`mail eq '${literal}'`)}&$select=id,displayName`;
      const groups = (await collectPages(read('groupMembers'), path)).items as Group[];
      const group = groups[0];
      if (!group?.id) return { members: [], withoutAddress: 0, reason: 'notInDirectory' };
      const people = (await membersOf(group.id)).filter((m) => m['@odata.type'] !== GROUP);
      const members = unique(
        people.flatMap((m) => (m.mail ? [{ name: m.displayName ?? m.mail, address: m.mail }] : [])),
      );
      const bare = people.filter((m) => !m.mail);
      return {
        members,
        ...reasonOf(
          members,
          bare,
          bare.filter((m) => !m.displayName),
        ),
      };
    },
  };
}

export type DirectoryGateway = ReturnType<typeof createDirectoryGateway>;
