import { errors } from './errors';

export interface PageRequest {
  query: Map<string, string>;
  /** absolute URL of the collection without query, e.g. http://127.0.0.1:4000/v1.0/groups/x/members */
  collectionUrl: string;
  /** Graph's default page size for this collection */
  defaultTop: number;
  maxTop?: number;
}

export interface Page<T> {
  value: T[];
  nextLink?: string;
}

function parseTop(raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const top = Number(raw);
  if (!/^\d+$/.test(raw) || top < 1 || top > max) {
    throw errors.badRequest(`Invalid page size specified: '${raw}'. Must be an integer between 1 and ${max}.`);
  }
  return top;
}

function parseSkipToken(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const decoded = Buffer.from(raw, 'base64url').toString('utf8');
  const match = /^emu-offset:(\d+)$/.exec(decoded);
  if (!match?.[1]) throw errors.badRequest(`The $skiptoken '${raw}' is not valid.`);
  return Number(match[1]);
}

/** Cuts one page out of `all` and builds the @odata.nextLink for the rest, keeping the other query options. */
export function paginate<T>(all: readonly T[], request: PageRequest): Page<T> {
  const top = parseTop(request.query.get('$top'), request.defaultTop, request.maxTop ?? 999);
  const offset = parseSkipToken(request.query.get('$skiptoken'));
  const value = all.slice(offset, offset + top);
  if (offset + top >= all.length) return { value };
  const params: string[] = [];
  for (const [key, val] of request.query) {
    if (key !== '$skiptoken') params.push(`${key}=${encodeURIComponent(val)}`);
  }
  params.push(`$skiptoken=${Buffer.from(`emu-offset:${offset + top}`).toString('base64url')}`);
  return { value, nextLink: `${request.collectionUrl}?${params.join('&')}` };
}
