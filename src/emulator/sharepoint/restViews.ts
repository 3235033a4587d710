/**
 * The part of SharePoint's REST API the add-in needs: a list's default view fields, read and added to.
 * `GET  /sites/x/_api/web/lists(guid'…')/DefaultView/ViewFields`
 * `POST /sites/x/_api/web/lists(guid'…')/DefaultView/ViewFields/addViewField('InternalName')`
 */
import type { EmulatorState, ListRecord, SiteRecord } from '../state';
import { viewFieldName } from './provisioning';
import { restErrors } from './restErrors';

export interface ViewFieldsRequest {
  /** server-relative site path, e.g. /sites/Integration */
  sitePath: string;
  listId: string;
  /** the addViewField argument, or undefined for the collection itself */
  field?: string;
}

const VIEW_FIELDS =
  /^(\/sites\/.+?)\/_api\/web\/lists\(guid'([0-9a-f-]{36})'\)\/defaultview\/viewfields(?:\/addviewfield\('((?:[^']|'')*)'\))?\/?$/i;

/** The request's target, or 501 for any other part of the REST API. */
export function parseViewFieldsPath(path: string): ViewFieldsRequest {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // left as sent: it will not match
  }
  const match = VIEW_FIELDS.exec(decoded);
  if (!match?.[1] || !match[2]) throw restErrors.notImplemented(`'${decoded.replace(/^.*?\/_api/i, '/_api')}'`);
  const field = match[3]?.replace(/''/g, "'");
  return { sitePath: match[1], listId: match[2], ...(field === undefined ? {} : { field }) };
}

/** The site on this origin with that path (SharePoint paths are case-insensitive). */
export function findRestSite(state: EmulatorState, sitePath: string): SiteRecord {
  const path = sitePath.replace(/\/+$/, '').toLowerCase();
  const site = state.sites.find((s) => s.path.toLowerCase() === path);
  if (!site) throw restErrors.siteNotFound();
  return site;
}

export function findRestList(site: SiteRecord, listId: string): ListRecord {
  const list = site.lists.find((l) => l.id.toLowerCase() === listId.toLowerCase());
  if (!list) throw restErrors.listNotFound();
  return list;
}

export function viewFieldsSchemaXml(list: ListRecord): string {
  return `<ViewFields>${list.defaultViewFields.map((f) => `<FieldRef Name="${f}" />`).join('')}</ViewFields>`;
}

/** Adds the field (internal or display name) at the end; a field already shown stays where it is. */
export function addViewField(list: ListRecord, field: string): void {
  const name = viewFieldName(list, field);
  if (!name) throw restErrors.fieldNotFound(field);
  if (!list.defaultViewFields.includes(name)) list.defaultViewFields.push(name);
}
