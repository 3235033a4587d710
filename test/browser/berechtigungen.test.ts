import type { Page } from 'playwright-core';
import { type MissingGrant, without } from './support/grants';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { openView } from './support/journey';

/** The team's settings item (list expansion on), written as a colleague would in SharePoint. */
async function switchListExpansionOn(harness: Harness) {
  const site = 'landkreisnortheim.sharepoint.com:/sites/Integration:';
  const token = (await (
    await fetch(`${harness.emulator.url}/_emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scopes: ['Sites.Selected'] }),
    })
  ).json()) as { access_token: string };
  const list = `${harness.emulator.graphUrl}/sites/${site}/lists/Treffpunkt-Einstellungen/items`;
  const headers = { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' };
  const items = (await (await fetch(`${list}?$select=id`, { headers })).json()) as { value: { id: string }[] };
  const response = await fetch(`${list}/${items.value[0]!.id}/fields`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ TpVerteilerEinzeln: true }),
  });
  expect(response.status).toBe(200);
}

const MISSING: MissingGrant[] = [
  { what: 'User.Read', tenant: without('User.Read'), row: 'Anmeldung und Profil', names: /User\.Read/ },
  {
    what: 'Calendars.ReadWrite',
    tenant: without('Calendars.ReadWrite'),
    row: 'Kalender (Einladungen)',
    names: /Calendars\.ReadWrite/,
  },
  {
    what: 'Tasks.ReadWrite',
    tenant: without('Tasks.ReadWrite'),
    row: 'Microsoft To Do (Erinnerungen)',
    names: /Tasks\.ReadWrite/,
  },
  { what: 'Mail.Send', tenant: without('Mail.Send'), row: 'E-Mail senden (Protokoll)', names: /Mail\.Send/ },
  {
    what: 'Mail.ReadBasic',
    tenant: without('Mail.ReadBasic'),
    row: 'Gesendete Elemente (nach verlorener Antwort)',
    names: /Mail\.ReadBasic/,
  },
  { what: 'Sites.Selected', tenant: without('Sites.Selected'), row: 'SharePoint-Website', names: /Sites\.Selected/ },
  {
    what: 'GroupMember.Read.All',
    tenant: without('GroupMember.Read.All'),
    row: 'Mitglieder des Verteilers',
    names: /GroupMember\.Read\.All/,
  },
  {
    what: 'User.ReadBasic.All',
    tenant: without('User.ReadBasic.All'),
    row: 'Mitglieder des Verteilers',
    names: /User\.ReadBasic\.All/,
  },
  {
    what: 'OrgContact.Read.All',
    tenant: without('OrgContact.Read.All'),
    row: 'Mitglieder des Verteilers',
    names: /OrgContact\.Read\.All/,
  },
  {
    what: 'the site role below manage (write)',
    tenant: { preset: 'site-write' },
    row: 'Liste „Vernetzungstreffen“',
    names: /manage/,
    says: /Es fehlt für die Einrichtung/,
  },
  {
    what: 'the site role below manage (write), for the needs list',
    tenant: { preset: 'site-write' },
    row: 'Liste „Treffpunkt-Bedarfe“',
    names: /manage/,
    says: /Es fehlt für die Einrichtung/,
  },
  {
    what: 'SharePoint’s Sites.Selected (default view)',
    tenant: { sharePointScopes: [] },
    row: 'Spalten in der Standardansicht der Listen',
    names: /Sites\.Selected/,
  },
  {
    what: 'nested app authentication',
    tenant: { nestedAppAuth: false },
    row: 'Anmeldung ohne eigenes Fenster (Outlook)',
    names: /NestedAppAuth 1\.1/,
  },
];

async function readinessRow(page: Page, heading: string) {
  await openView(page, 'Einstellungen');
  await page.getByRole('button', { name: 'Verbindung prüfen' }).click();
  await page.getByText(/^Geprüft um/).waitFor({ timeout: 60_000 });
  const rows = page.getByRole('list', { name: 'Ergebnis der Prüfung' }).getByRole('listitem');
  return rows.filter({ has: page.getByRole('heading', { name: heading, level: 4 }) }).first();
}

describe('each grant missing in turn: Verbindung prüfen names it', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('browser-berechtigungen');
    await switchListExpansionOn(harness);
  });

  afterAll(() => harness?.close());

  it('with the README’s grants every row is ✓ (at 320 px, axe clean)', async () => {
    const { page, context } = await harness.newPage();
    await page.goto(harness.paneUrl);
    const row = await readinessRow(page, 'Liste „Vernetzungstreffen“');
    await row.getByText('✓ Erteilt').waitFor();
    const rows = page.getByRole('list', { name: 'Ergebnis der Prüfung' }).getByRole('listitem');
    const needs = rows.filter({ has: page.getByRole('heading', { name: 'Liste „Treffpunkt-Bedarfe“', level: 4 }) });
    await needs.getByText('✓ Erteilt').waitFor();
    expect(await page.getByText('Fehlt', { exact: true }).count()).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(MISSING)('without $what', async ({ tenant, row, names, says = /Fehlt/ }) => {
    harness.emulator.setTenant({ preset: 'least-privilege', ...tenant });
    const { page, context } = await harness.newPage();
    try {
      await page.goto(harness.paneUrl);
      const item = await readinessRow(page, row);
      const text = await item.innerText();
      expect(text).toMatch(says);
      expect(text).toMatch(names);
    } finally {
      await context.close();
      harness.emulator.setTenant({ preset: 'least-privilege' });
    }
  });
});
