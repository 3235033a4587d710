import type { Client } from '@microsoft/microsoft-graph-client';
import type { DirectoryObject, Group } from '@microsoft/microsoft-graph-types';
import { AppError } from '../domain/appError';
import type { NamedAddress } from '../domain/settings';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

type Member = DirectoryObject & { '@odata.type'?: string; displayName?: string | null; mail?: string | null };

/** Nested lists are listed with their members; invited are the members, not the list as a person. */
const isGroup = (member: Member) => member['@odata.type'] === '#microsoft.graph.group';

/**
 * The distribution list's members (only where the tenant granted GroupMember.Read.All): the list
 * by its address, then its people and outside contacts, those of nested lists included (the nested
 * lists themselves are left out).
 */
export function createDirectoryGateway(client: Client) {
  const api = (path: string) => client.api(path).middlewareOptions([scopesFor('groupMembers')]);

  return {
    async members(listAddress: string): Promise<NamedAddress[]> {
      const literal = listAddress.replace(/'/g, "''");
      const groups = (await graphCall(() =>
        api('/groups').filter(`mail eq '${literal}'`).select(['id', 'displayName']).get(),
      )) as Page<Group>;
      const group = groups.value[0];
      if (!group?.id) throw new AppError('not-found', `Den Verteiler ${listAddress} gibt es im Verzeichnis nicht.`);
      const members: NamedAddress[] = [];
      let next: string | undefined =
        `/groups/${encodeURIComponent(group.id)}/transitiveMembers?$select=displayName,mail&$top=999`;
      while (next) {
        const url: string = next;
        const page = (await graphCall(() => api(url).get())) as Page<Member>;
        for (const m of page.value)
          if (m.mail && !isGroup(m)) members.push({ name: m.displayName ?? m.mail, address: m.mail });
        next = page['@odata.nextLink'];
      }
      const seen = new Set<string>();
      return members.filter((m) => !seen.has(m.address.toLowerCase()) && seen.add(m.address.toLowerCase()));
    },
  };
}

export type DirectoryGateway = ReturnType<typeof createDirectoryGateway>;
