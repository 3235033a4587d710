import { GRAPH_CONTEXT, ok, type Route, type RouteContext } from '../context';
import {
  CONTACT_PROPERTIES,
  type DirectoryObject,
  findDirectoryObject,
  findGroup,
  GROUP_PROPERTIES,
  groupView,
  memberView,
  USER_PROPERTIES,
} from '../directory';
import { errors } from '../errors';
import { parseSelect, parseStringLiteral, project, selectSuffix } from '../odata';
import { paginate } from '../paging';
import { SCOPES } from '../scopes';
import type { EmulatorState, GroupRecord } from '../state';

const MEMBER_PROPERTIES = [...new Set([...USER_PROPERTIES, ...CONTACT_PROPERTIES, ...GROUP_PROPERTIES])];

/**
 * Who may read which member type in full; GroupMember.Read.All alone gives the type and id only
 * (Learn: "List group transitive members", "Limited information returned for inaccessible member
 * objects"). Nested groups are readable with any scope that reaches the route.
 */
const READ_MEMBER: Record<DirectoryObject['kind'], readonly string[]> = {
  user: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  orgContact: ['OrgContact.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  group: SCOPES.groups,
};

function readable(ctx: RouteContext, member: DirectoryObject): boolean {
  return READ_MEMBER[member.kind].some((scope) => ctx.req.caller.scopes.has(scope.toLowerCase()));
}

/** Only `mail eq '<address>'` is understood; anything else is a clear 501. */
function filterGroups(groups: GroupRecord[], filter: string | undefined): GroupRecord[] {
  if (filter === undefined) return groups;
  const match = /^\s*mail\s+eq\s+('.*')\s*$/i.exec(filter);
  const mail = match?.[1] ? parseStringLiteral(match[1]) : undefined;
  if (mail === undefined)
    throw errors.notImplemented(`the $filter expression '${filter}' on /groups (only "mail eq '...'")`);
  return groups.filter((g) => g.mail?.toLowerCase() === mail.toLowerCase());
}

function listGroups(ctx: RouteContext) {
  const select = parseSelect(ctx.req.query.get('$select'), GROUP_PROPERTIES, 'microsoft.graph.group');
  const found = filterGroups(ctx.store.read().groups, ctx.req.query.get('$filter'));
  const page = paginate(found, { query: ctx.req.query, collectionUrl: `${ctx.graphBase}/groups`, defaultTop: 100 });
  return ok({
    '@odata.context': `${GRAPH_CONTEXT}groups${selectSuffix(select)}`,
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((g) => project(groupView(g), select)),
  });
}

function directMembers(state: EmulatorState, group: GroupRecord): DirectoryObject[] {
  return group.memberIds
    .map((id) => findDirectoryObject(state, id))
    .filter((m): m is DirectoryObject => m !== undefined);
}

/** Members of nested groups too (the nested groups themselves included), each once. */
function transitiveMembers(
  state: EmulatorState,
  group: GroupRecord,
  seen = new Set<string>([group.id]),
): DirectoryObject[] {
  const out: DirectoryObject[] = [];
  for (const member of directMembers(state, group)) {
    if (seen.has(member.record.id)) continue;
    seen.add(member.record.id);
    out.push(member);
    if (member.kind === 'group') out.push(...transitiveMembers(state, member.record, seen));
  }
  return out;
}

function listMembers(ctx: RouteContext, transitive: boolean) {
  const state = ctx.store.read();
  const group = findGroup(state, ctx.params.groupId ?? '');
  const select = parseSelect(ctx.req.query.get('$select'), MEMBER_PROPERTIES, 'microsoft.graph.directoryObject');
  const members = transitive ? transitiveMembers(state, group) : directMembers(state, group);
  const segment = transitive ? 'transitiveMembers' : 'members';
  const collectionUrl = `${ctx.graphBase}/groups/${encodeURIComponent(group.id)}/${segment}`;
  const page = paginate(members, { query: ctx.req.query, collectionUrl, defaultTop: 100 });
  return ok({
    '@odata.context': `${GRAPH_CONTEXT}directoryObjects${selectSuffix(select)}`,
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((m) => memberView(m, select, !readable(ctx, m))),
  });
}

const common = { scopes: SCOPES.groups, workload: 'directory' as const };

export const groupRoutes: Route[] = [
  {
    ...common,
    method: 'GET',
    pattern: '/groups',
    query: ['$filter', '$select', '$top', '$skiptoken'],
    handle: listGroups,
  },
  {
    ...common,
    method: 'GET',
    pattern: '/groups/{groupId}',
    query: ['$select'],
    handle: (ctx) => {
      const group = findGroup(ctx.store.read(), ctx.params.groupId ?? '');
      const select = parseSelect(ctx.req.query.get('$select'), GROUP_PROPERTIES, 'microsoft.graph.group');
      return ok({
        '@odata.context': `${GRAPH_CONTEXT}groups${selectSuffix(select)}/$entity`,
        ...project(groupView(group), select),
      });
    },
  },
  {
    ...common,
    method: 'GET',
    pattern: '/groups/{groupId}/members',
    query: ['$select', '$top', '$skiptoken'],
    handle: (ctx) => listMembers(ctx, false),
  },
  {
    ...common,
    method: 'GET',
    pattern: '/groups/{groupId}/transitiveMembers',
    query: ['$select', '$top', '$skiptoken'],
    handle: (ctx) => listMembers(ctx, true),
  },
];
