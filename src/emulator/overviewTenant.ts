import { escapeHtml } from './overviewHtml';
import { TENANT_PRESETS, type TenantProfile } from './tenant';

/** The overview's tenant part: what the app registration was granted, in German, briefly. */

function roles(map: Record<string, string>): string {
  const entries = Object.entries(map).map(([key, role]) => `${key}: ${role}`);
  return entries.length > 0 ? entries.join('; ') : '(keine)';
}

function presetName(tenant: TenantProfile): string {
  const text = JSON.stringify(tenant);
  const name = Object.entries(TENANT_PRESETS).find(([, preset]) => JSON.stringify(preset) === text)?.[0];
  return name ? `entspricht der Voreinstellung „${name}“` : 'eigene Einstellung';
}

export function tenantSection(tenant: TenantProfile): string {
  const rows: [string, string][] = [
    ['Graph-Berechtigungen (delegiert, mit Administratorzustimmung)', tenant.graphScopes.join(', ') || '(keine)'],
    ['SharePoint-Berechtigungen (delegiert)', tenant.sharePointScopes.join(', ') || '(keine)'],
    ['Rollen auf Websites (Sites.Selected)', roles(tenant.siteRoles)],
    ['Rollen auf Listen (Lists.SelectedOperations.Selected)', roles(tenant.listRoles)],
    [
      'Anmeldung in Outlook',
      tenant.nestedAppAuth ? 'Nested App Authentication (NestedAppAuth 1.1)' : 'nur Popup (ohne NestedAppAuth 1.1)',
    ],
    ['Währungsspalten über Graph', tenant.rejectCurrencyColumns ? 'abgelehnt (400), wie gemeldet' : 'angenommen'],
  ];
  const body = rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`);
  return `<h2>Mandantenprofil</h2>
<p>Was die App-Registrierung darf (${escapeHtml(presetName(tenant))}). Ändern: <code>POST /_emulator/tenant</code>, zurück: <code>POST /_emulator/tenant/reset</code>, als JSON: <a href="/_emulator/tenant">/_emulator/tenant</a>.</p>
<table><caption>Berechtigungen und Rollen</caption><tbody>${body.join('\n')}</tbody></table>`;
}
