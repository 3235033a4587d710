import type { Client } from '@microsoft/microsoft-graph-client';
import { scopes } from '../auth/scopes';
import { type TokenProvider, usesNestedAppAuth } from '../auth/tokenProvider';
import { type Capability, type Role, ROLE_ORDER } from '../domain/grants';
import type { ReadinessRow } from '../domain/readiness';
import type { DefaultViewWriter } from './defaultView';
import type { DirectoryGateway } from './directoryGateway';
import type { DocumentsGateway } from './documentsGateway';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';
import { LIST_SCHEMAS } from './listSchema';
import { type ListRef, type ListsGateway, siteKey } from './listsGateway';
import { libraryRow } from './readinessLibrary';
import { listRow } from './readinessLists';
import { probe, rowFromError } from './readinessRows';

export interface ReadinessOptions {
  /** The team's setting: invite the distribution list's members one by one. */
  listExpansion: boolean;
  /** The distribution list's address (the team's settings). */
  distributionList: string;
}

export interface ReadinessDeps {
  client: Client;
  lists: ListsGateway;
  listNames: { meetings: string; venues: string; settings: string; needs: string };
  directory: DirectoryGateway;
  tokenProvider?: TokenProvider;
  views?: DefaultViewWriter;
  sharedMailbox: string;
  /** The documents' part of the gateway (loaded on first use), for the library's row. */
  documents?: () => Promise<DocumentsGateway>;
}

const skipped = (capability: Capability, note: ReadinessRow['note']): ReadinessRow => ({
  capability,
  status: 'skipped',
  note,
});

function calendarRows(deps: ReadinessDeps): Promise<ReadinessRow>[] {
  const start = new Date();
  const end = new Date(start.getTime() + 86_400_000);
  const range = `startDateTime=${start.toISOString()}&endDateTime=${end.toISOString()}&$top=1&$select=id`;
  const shared = deps.sharedMailbox;
  const capability: Capability = shared ? 'sharedCalendar' : 'calendar';
  const base = shared ? `/users/${encodeURIComponent(shared)}` : '/me';
  const call = () =>
    graphCall(
      () =>
        deps.client
          .api(`${base}/calendarView?${range}`)
          .middlewareOptions([scopesFor(capability)])
          .get(),
      {
        capability,
      },
    );
  const other = shared ? skipped('calendar', 'notUsed') : skipped('sharedCalendar', 'notConfigured');
  return shared ? [Promise.resolve(other), probe(capability, call)] : [probe(capability, call), Promise.resolve(other)];
}

function get(deps: ReadinessDeps, capability: 'profile' | 'tasks' | 'sentItems', path: string) {
  return probe(capability, () =>
    graphCall(
      () =>
        deps.client
          .api(path)
          .middlewareOptions([scopesFor(capability)])
          .get(),
      { capability },
    ),
  );
}

async function mailRow(deps: ReadinessDeps): Promise<ReadinessRow> {
  // Sending cannot be tried harmlessly: the token for Mail.Send proves the consent.
  if (!deps.tokenProvider) return skipped('mail', 'notConfigured');
  const provider = deps.tokenProvider;
  return probe('mail', () => provider.getToken(scopes.mail));
}

async function defaultViewRow(deps: ReadinessDeps): Promise<ReadinessRow> {
  const id = deps.lists.memory.id('meetings');
  if (!deps.views) return skipped('defaultView', 'notConfigured');
  if (!id) return skipped('defaultView', 'listAbsent');
  const views = deps.views;
  const row = await probe('defaultView', () => views.probe(id));
  if (row.status === 'ok') deps.lists.memory.retryRefusedViews();
  return row.status === 'missing' ? { ...row, missing: row.missing ?? views.missing } : row;
}

async function expansionRow(deps: ReadinessDeps, options: ReadinessOptions): Promise<ReadinessRow> {
  if (!options.listExpansion) return skipped('listExpansion', 'switchedOff');
  try {
    const result = await deps.directory.members(options.distributionList);
    if (result.reason === 'notInDirectory')
      return { capability: 'listExpansion', status: 'failed', note: 'notInDirectory' };
    if (result.reason === 'limitedInformation')
      return { capability: 'listExpansion', status: 'missing', missing: (result.missing ?? []).join(' ') };
    return { capability: 'listExpansion', status: 'ok' };
  } catch (error) {
    return rowFromError('listExpansion', error);
  }
}

async function nestedRow(deps: ReadinessDeps): Promise<ReadinessRow> {
  const method = deps.tokenProvider?.signInMethod;
  if (!method) return skipped('nestedAppAuth', 'notConfigured');
  try {
    if (usesNestedAppAuth(await method.call(deps.tokenProvider))) return { capability: 'nestedAppAuth', status: 'ok' };
    return { capability: 'nestedAppAuth', status: 'missing', missing: 'NestedAppAuth 1.1', note: 'popupSignIn' };
  } catch (error) {
    return rowFromError('nestedAppAuth', error);
  }
}

/** The site's row carries the highest role proven on one of its lists. */
function withSiteRole(row: ReadinessRow, listRows: ReadinessRow[]): ReadinessRow {
  if (row.capability !== 'site' || row.status !== 'ok') return row;
  const roles = listRows.map((r) => r.role).filter((r): r is Role => r !== undefined);
  const best = roles.sort((a, b) => ROLE_ORDER.indexOf(b) - ROLE_ORDER.indexOf(a))[0];
  return best ? { ...row, role: best } : row;
}

/**
 * "Verbindung prüfen": one harmless call per capability, in parallel, a row each in a fixed order.
 * Never rejects: a check that fails says so in its row.
 */
export function createReadinessGateway(deps: ReadinessDeps) {
  const ref = (kind: keyof ReadinessDeps['listNames']): ListRef => ({
    kind,
    displayName: deps.listNames[kind],
    columns: LIST_SCHEMAS[kind].columns,
  });
  return {
    async check(options: ReadinessOptions): Promise<ReadinessRow[]> {
      const site = probe('site', () =>
        graphCall(() => deps.lists.api(`${siteKey(deps.lists.site)}?$select=id`).get(), {
          capability: 'site',
          role: 'manage',
        }),
      );
      const lists = Promise.all([
        listRow(deps.lists, ref('meetings'), 'meetingsList'),
        listRow(deps.lists, ref('venues'), 'venuesList'),
        listRow(deps.lists, ref('settings'), 'settingsList'),
        listRow(deps.lists, ref('needs'), 'needsList'),
      ]);
      const library = deps.documents ? libraryRow(deps.documents) : skipped('documentLibrary', 'notConfigured');
      const rows = await Promise.all([
        get(deps, 'profile', '/me?$select=id'),
        ...calendarRows(deps),
        get(deps, 'tasks', '/me/todo/lists?$top=1'),
        mailRow(deps),
        get(deps, 'sentItems', '/me/mailFolders/SentItems/messages?$top=1&$select=id'),
        site,
      ]);
      const listRows = [...(await lists), await library];
      const tail = await Promise.all([defaultViewRow(deps), expansionRow(deps, options), nestedRow(deps)]);
      return [...rows.map((r) => withSiteRole(r, listRows)), ...listRows, ...tail];
    },
  };
}

export type ReadinessGateway = ReturnType<typeof createReadinessGateway>;
