import type { BlobStore } from './blobs';
import type { DownloadLinks } from './drive/downloadLinks';
import type { Workload } from './errors';
import type { Store } from './store';
import type { TenantProfile } from './tenant';

/** Which resource a token was issued for: Microsoft Graph or the tenant's SharePoint host. */
export type Audience = 'graph' | 'sharepoint';

/** Who called, from the bearer token. */
export interface Caller {
  userId: string;
  /** lower-case scope names, without the resource prefix */
  scopes: ReadonlySet<string>;
  /** the token's resource: Graph routes take only 'graph' tokens, SharePoint REST only 'sharepoint' ones */
  audience: Audience;
}

/** One Graph request after parsing: a top-level one or one inside a $batch. */
export interface GraphRequest {
  method: string;
  /** path below /v1.0, still URL-encoded, without the query */
  path: string;
  /** query options: keys lower-case with `$` (`select` becomes `$select`), values decoded */
  query: Map<string, string>;
  /** the query string as sent (for a function's own parameters such as calendarView's startDateTime) */
  rawQuery?: string;
  /** lower-case header names */
  headers: Record<string, string>;
  body: unknown;
  /** an upload's bytes (PUT …/content), read raw instead of as JSON; absent inside $batch */
  rawBody?: Buffer;
  /** an upload's size in bytes as sent (also when it was too large to keep) */
  bodySize?: number;
  caller: Caller;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface RouteContext {
  req: GraphRequest;
  params: Record<string, string>;
  store: Store;
  /** the tenant's grants and quirks at the time of the request */
  tenant: TenantProfile;
  now: () => Date;
  /** base for @odata.nextLink, e.g. http://127.0.0.1:4000/v1.0 */
  graphBase: string;
  /** runs an inner request through the same tables (used by $batch) */
  dispatch: (req: GraphRequest) => GraphResponse;
  /** how long Exchange remembers an event's transactionId, in seconds (fault option transactionIdWindowSeconds) */
  transactionIdWindowSeconds?: number;
  /** the document libraries' file bytes */
  blobs: BlobStore;
  /** pre-authenticated download URLs */
  downloads: DownloadLinks;
  /** the simple upload's size limit in bytes (250 MB) */
  uploadLimitBytes: number;
}

/** One operation of one resource, as plain data (MSW style). */
export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** e.g. /groups/{groupId}/members; literal segments match case-insensitively */
  pattern: string;
  /** any one of these (delegated) scopes grants the call; empty: any valid token */
  scopes: readonly string[];
  workload: Workload;
  /** query options this route understands, e.g. ['$select', '$top'] */
  query?: readonly string[];
  handle: (ctx: RouteContext) => GraphResponse;
}

export const GRAPH_CONTEXT = 'https://graph.microsoft.com/v1.0/$metadata#';

export function ok(body: unknown, headers: Record<string, string> = {}): GraphResponse {
  return { status: 200, headers, body };
}

export function created(body: unknown, headers: Record<string, string> = {}): GraphResponse {
  return { status: 201, headers, body };
}
