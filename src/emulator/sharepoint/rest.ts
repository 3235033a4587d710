import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenService } from '../auth';
import { GraphError } from '../errors';
import { plainHeaders, readRaw, send } from '../http';
import { newRequestId } from '../ids';
import type { Journal } from '../journal';
import type { Store } from '../store';
import type { TenantHolder } from '../tenant';
import type { Caller } from '../context';
import { requireSharePointAudience, requireSiteRight } from './restAccess';
import { restErrorBody, restErrors, SharePointRestError } from './restErrors';
import { addViewField, findRestList, findRestSite, parseViewFieldsPath, viewFieldsSchemaXml } from './restViews';

export interface SharePointRestEnv {
  store: Store;
  tokens: TokenService;
  journal: Journal;
  now: () => Date;
  tenant: TenantHolder;
}

interface RestAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Paths SharePoint's REST API answers on a site: `/sites/<name>/_api/…`. */
export const SHAREPOINT_REST_PATH = /^\/sites\/[^?]+\/_api(\/|$|\?)/i;

function contentType(verbose: boolean): string {
  return `application/json;odata=${verbose ? 'verbose' : 'nometadata'};streaming=true;charset=utf-8`;
}

function verify(env: SharePointRestEnv, authorization: string | undefined): Caller {
  const tenantId = env.store.read().tenant.id;
  try {
    const caller = env.tokens.verify(authorization, env.now());
    requireSharePointAudience(caller, tenantId);
    return caller;
  } catch (err) {
    if (err instanceof GraphError) throw restErrors.invalidToken(tenantId, `Invalid JWT token. ${err.message}`);
    throw err;
  }
}

function viewFieldsBody(verbose: boolean, items: string[], schemaXml: string): unknown {
  if (!verbose) return { Items: items, SchemaXml: schemaXml };
  return {
    d: {
      __metadata: { type: 'SP.ViewFieldCollection' },
      Items: { __metadata: { type: 'Collection(Edm.String)' }, results: items },
      SchemaXml: schemaXml,
    },
  };
}

function answer(env: SharePointRestEnv, method: string, path: string, headers: Record<string, string>): RestAnswer {
  const verbose = /odata=verbose/i.test(headers.accept ?? '');
  const caller = verify(env, headers.authorization);
  const target = parseViewFieldsPath(path);
  const resource = target.field === undefined ? 'ViewFields' : 'AddViewField';
  if (method !== (target.field === undefined ? 'GET' : 'POST')) throw restErrors.wrongMethod(method, resource);
  const json = { 'Content-Type': contentType(verbose) };
  if (target.field === undefined) {
    const site = findRestSite(env.store.read(), target.sitePath);
    requireSiteRight(caller, site, env.tenant.get(), 'read');
    const list = findRestList(site, target.listId);
    return {
      status: 200,
      headers: json,
      body: viewFieldsBody(verbose, list.defaultViewFields, viewFieldsSchemaXml(list)),
    };
  }
  const field = target.field;
  return env.store.update((state) => {
    const site = findRestSite(state, target.sitePath);
    requireSiteRight(caller, site, env.tenant.get(), 'manage');
    const list = findRestList(site, target.listId);
    addViewField(list, field);
    return { status: 200, headers: json, body: verbose ? { d: { AddViewField: null } } : { 'odata.null': true } };
  });
}

function failure(err: unknown, verbose: boolean): RestAnswer {
  const restError =
    err instanceof SharePointRestError
      ? err
      : new SharePointRestError(500, '-2146232832, Microsoft.SharePoint.SPException', String(err));
  return {
    status: restError.status,
    headers: { ...restError.headers, 'Content-Type': contentType(verbose) },
    body: restErrorBody(restError, verbose),
  };
}

/** One SharePoint REST exchange on the emulator's origin: token, right, answer, journal (never faulted). */
export async function handleSharePointRest(
  env: SharePointRestEnv,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  const headers = plainHeaders(req);
  await readRaw(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  let result: RestAnswer;
  try {
    result = answer(env, method, path, headers);
  } catch (err) {
    result = failure(err, /odata=verbose/i.test(headers.accept ?? ''));
  }
  const requestId = newRequestId();
  const outHeaders = { ...result.headers, SPRequestGuid: requestId, 'request-id': requestId };
  env.journal.append({
    time: env.now().toISOString(),
    method,
    url: req.url ?? '/',
    request: { headers },
    response: { status: result.status, headers: outHeaders, body: result.body },
  });
  send(res, result.status, { ...cors, ...outHeaders }, JSON.stringify(result.body));
}
