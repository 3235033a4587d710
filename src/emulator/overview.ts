import type { FaultOptions } from './faults';
import { calendarSections } from './overviewCalendar';
import { type FileLink, filesSection } from './overviewFiles';
import { escapeHtml } from './overviewHtml';
import { viewFieldLabels } from './sharepoint/defaultView';
import type { EmulatorState, ListRecord } from './state';
import type { TenantProfile } from './tenant';
import { tenantSection } from './overviewTenant';

function table(caption: string, head: string[], rows: unknown[][]): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  const empty = rows.length === 0 ? `<tr><td colspan="${head.length}">(keine Einträge)</td></tr>` : '';
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}${empty}</tbody></table>`;
}

function listTable(list: ListRecord): string {
  const columns = list.columns.filter((c) => !c.readOnly);
  const head = ['ID', ...columns.map((c) => `${c.displayName} (${c.name})`), 'Version', 'Geändert'];
  const rows = list.items.map((i) => [
    i.id,
    ...columns.map((c) => i.fields[c.name] ?? ''),
    i.version,
    i.lastModifiedDateTime,
  ]);
  const view = `<p>Standardansicht (was Kolleg*innen in SharePoint sehen): ${escapeHtml(viewFieldLabels(list).join(', '))}</p>`;
  return table(`Liste „${list.displayName}“ (${list.items.length} Einträge)`, head, rows) + view;
}

function directory(state: EmulatorState): string {
  const users = state.users.map((u) => [u.displayName, u.mail, u.jobTitle, u.department, u.id]);
  const contacts = state.orgContacts.map((c) => [c.displayName, c.mail, c.companyName, c.id]);
  const groups = state.groups.map((g) => [g.displayName, g.mail, g.memberIds.length, g.id]);
  const dynamic = (state.dynamicDistributionLists ?? []).map((d) => [
    `${d.displayName} (dynamisch, nicht über /groups zu finden)`,
    d.mail,
    d.memberIds.length,
    d.id,
  ]);
  return [
    '<h2>Verzeichnis</h2>',
    table('Benutzer', ['Name', 'E-Mail', 'Funktion', 'Abteilung', 'ID'], users),
    table('Externe Kontakte (orgContact)', ['Name', 'E-Mail', 'Initiative', 'ID'], contacts),
    table('Gruppen und Verteiler', ['Name', 'E-Mail', 'Mitglieder', 'ID'], [...groups, ...dynamic]),
  ].join('\n');
}

function sharepoint(state: EmulatorState): string {
  const sites = state.sites.map((s) => [s.displayName, `https://${s.hostname}${s.path}`, s.lists.length, s.id]);
  const lists = state.sites.flatMap((s) => s.lists.map(listTable));
  return ['<h2>SharePoint</h2>', table('Websites', ['Titel', 'Adresse', 'Listen', 'ID'], sites), ...lists].join('\n');
}

/** GET /_emulator/: the tenant at a glance, for people (German). All text escaped. */
export function renderOverview(
  state: EmulatorState,
  faults: Required<FaultOptions>,
  tenant: TenantProfile,
  fileLink: FileLink,
): string {
  const faultRows = Object.entries(faults).map(([k, v]) => [k, v]);
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Microsoft-365-Emulator – Treffpunkt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.4}table{border-collapse:collapse;margin:0 0 1.5rem;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}</style>
</head><body>
<h1>Microsoft-365-Emulator für Treffpunkt</h1>
<p>Mandant ${escapeHtml(state.tenant.displayName)} (${escapeHtml(state.tenant.domain)}). Graph-Endpunkt: <code>/v1.0</code>.
Journal: <a href="/_emulator/journal">/_emulator/journal</a>. Zustand als JSON: <a href="/_emulator/state">/_emulator/state</a>.</p>
${tenantSection(tenant)}
${table('Fehlerinjektion', ['Einstellung', 'Wert'], faultRows)}
${directory(state)}
${calendarSections(state)}
${sharepoint(state)}
${filesSection(state, fileLink)}
</body></html>`;
}
