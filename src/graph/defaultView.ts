import { sharePointScopes } from '../auth/scopes';
import type { TokenProvider } from '../auth/tokenProvider';
import { AppError, isAppError } from '../domain/appError';
import { missingGrant } from '../domain/grants';
import { withAccess } from './graphErrors';

export interface SharePointSite {
  /** Where SharePoint's REST API answers: `https://<host>` in a tenant, the emulator's origin locally. */
  origin: string;
  /** `hostname:/sites/path`, as configured. */
  site: string;
  tokenProvider: TokenProvider;
  fetchFn?: typeof fetch;
}

const ACCESS = { capability: 'defaultView' } as const;

function refused(status: number, message: string): AppError {
  const code = status === 401 || status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'unexpected';
  return withAccess(new AppError(code, message, { status }), ACCESS);
}

/**
 * The key columns into a list's default view through SharePoint's own REST API: Graph v1.0 has no
 * views, and columns created through Graph are not added to it. Needs a token for the SharePoint
 * resource (`https://<host>/Sites.Selected`). The view's fields are read first so nothing is added twice.
 */
export function createDefaultViewWriter(options: SharePointSite) {
  const fetchFn = options.fetchFn ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const [hostname = '', ...rest] = options.site.split(':');
  const sitePath = rest.join(':').replace(/\/+$/, '');

  async function call(listId: string, suffix: string, method: 'GET' | 'POST'): Promise<unknown> {
    let token: string;
    try {
      token = await options.tokenProvider.getToken(sharePointScopes(hostname));
    } catch (error) {
      throw isAppError(error) ? withAccess(error, ACCESS) : error;
    }
    const url = `${options.origin}${sitePath}/_api/web/lists(guid'${listId}')/DefaultView/ViewFields${suffix}`;
    let response: Response;
    try {
      response = await fetchFn(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' },
      });
    } catch {
      // A browser that may not call SharePoint (CORS) fails the same way as a lost connection.
      throw new AppError('offline', 'SharePoint ist nicht erreichbar.', { capability: 'defaultView' });
    }
    if (!response.ok) throw refused(response.status, `SharePoint antwortete ${response.status}.`);
    return response.status === 204 ? undefined : response.json().catch(() => undefined);
  }

  async function addMissing(listId: string, fields: readonly string[]): Promise<string[]> {
    const current = ((await call(listId, '', 'GET')) as { Items?: unknown } | undefined)?.Items;
    const shown = new Set((Array.isArray(current) ? current : []).map((f) => String(f).toLowerCase()));
    const added: string[] = [];
    for (const field of fields) {
      if (shown.has(field.toLowerCase())) continue;
      await call(listId, `/addViewField('${encodeURIComponent(field)}')`, 'POST');
      added.push(field);
    }
    return added;
  }

  /** Per list, the last `show` under way: the next one reads the view after it, so no field is added twice. */
  const underWay = new Map<string, Promise<void>>();

  return {
    /**
     * Adds those of `fields` (internal names) the default view does not show yet; returns what it added.
     * Calls for the same list run one after the other (the opening's check runs on while the pane works).
     */
    show(listId: string, fields: readonly string[]): Promise<string[]> {
      const run = (underWay.get(listId) ?? Promise.resolve()).then(() => addMissing(listId, fields));
      // Settled either way; the last call for a list leaves the map when it is done.
      const done = run.then(
        () => undefined,
        () => undefined,
      );
      underWay.set(listId, done);
      void done.then(() => underWay.get(listId) === done && underWay.delete(listId));
      return run;
    },

    /** Harmless: can the add-in read the default view's fields (token and role)? */
    async probe(listId: string): Promise<void> {
      await call(listId, '', 'GET');
    },

    missing: missingGrant('defaultView'),
  };
}

export type DefaultViewWriter = ReturnType<typeof createDefaultViewWriter>;
