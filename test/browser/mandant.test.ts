import type { Page } from 'playwright-core';
import { DEFAULT_PROFILE } from '../../src/emulator/server';
import { meetingColumns, venueColumns, LIST_SCHEMAS } from '../../src/graph/listSchema';
import { emulatorControl, listItems } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import {
  inviteToTheMeeting,
  MEETING_EVENING,
  noteBox,
  openView,
  planTheMeeting,
  savedInSharePoint,
  sendInvitationEarly,
  SPEAKER,
} from './support/journey';

interface StoredList {
  displayName: string;
  columns: { name: string }[];
  defaultViewFields: string[];
  items: unknown[];
}

/** The lists on the seeded site, as the emulator keeps them (not through Graph: no grants needed). */
async function siteLists(harness: Harness): Promise<StoredList[]> {
  const state = (await emulatorControl(harness, '/_emulator/state')) as { sites: { lists: StoredList[] }[] };
  return state.sites.flatMap((s) => s.lists);
}

const NOTE = 'Begrüßung durch Frau Albers; zwei neue Initiativen stellen sich vor.';

describe('day one in a tenant with exactly the README’s least-privilege grants, on a site without Treffpunkt’s lists', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-mandant', undefined, undefined, { seedLists: false });
    ({ page } = await harness.newPage());
  });

  afterAll(() => harness?.close());

  it('asks before creating the lists, creates nothing unasked, and says so at 320 px (axe clean)', async () => {
    await page.goto(harness.paneUrl);
    await page
      .getByText(
        'In der SharePoint-Website gibt es noch keine Listen „Vernetzungstreffen“ und „Treffpunkt-Orte“. Jetzt anlegen?',
      )
      .waitFor();
    expect((await siteLists(harness)).map((l) => l.displayName)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates both lists after the confirmation, with every column and the key columns in the default view', async () => {
    await page.getByRole('button', { name: 'Listen anlegen' }).click();
    await page
      .getByText('Die Listen sind angelegt. Ihre Planung wird jetzt dort gespeichert.')
      .waitFor({ timeout: 60_000 });
    const lists = await siteLists(harness);
    const meetings = lists.find((l) => l.displayName === 'Vernetzungstreffen');
    const venues = lists.find((l) => l.displayName === 'Treffpunkt-Orte');
    expect(meetings && venues).toBeTruthy();
    const names = (list: StoredList) => list.columns.map((c) => c.name);
    expect(names(meetings!)).toEqual(expect.arrayContaining(meetingColumns.map((c) => c.name!)));
    expect(names(venues!)).toEqual(expect.arrayContaining(venueColumns.map((c) => c.name!)));
    expect(meetings!.defaultViewFields).toEqual(expect.arrayContaining(LIST_SCHEMAS.meetings.viewColumns));
    expect(venues!.defaultViewFields).toEqual(expect.arrayContaining(LIST_SCHEMAS.venues.viewColumns));
    // No admin step is left to name: the view is set and no column is missing.
    expect(await page.getByText(/sind wichtige Spalten nicht eingeblendet|fehlen Spalten/).count()).toBe(0);
  });

  it('plans and invites; the meeting is one item whose every written column exists', async () => {
    await inviteToTheMeeting(page);
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const ours = items.filter((i) => String(i.fields.TpBeginn ?? '').startsWith('2027-03-16'));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.fields.TpStatus).toBe('eingeladen');
    expect(JSON.parse(String(ours[0]!.fields.TpDaten))).toMatchObject({ schemaVersion: expect.any(Number) });
  });

  it('writes the minutes on the evening and files them in the list', async () => {
    await page.context().clock.setFixedTime(MEETING_EVENING);
    await page.reload();
    await openView(page, 'Protokoll');
    await noteBox(page, 1).fill(NOTE);
    await savedInSharePoint(page, 60_000);
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const ours = items.find((i) => String(i.fields.TpBeginn ?? '').startsWith('2027-03-16'));
    expect(String(ours?.fields.TpProtokoll)).toContain(NOTE);
  });
});

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

/** The README's delegated Graph permissions: the emulator's default tenant profile is exactly those. */
const README_GRAPH = DEFAULT_PROFILE.graphScopes;

interface MissingGrant {
  what: string;
  tenant: Record<string, unknown>;
  /** The readiness row (its heading) and what it must name. */
  row: string;
  names: RegExp;
  /** How the row says it (default: the badge „Fehlt“). */
  says?: RegExp;
}

const without = (permission: string): MissingGrant['tenant'] => ({
  graphScopes: README_GRAPH.filter((p) => p !== permission),
});

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

describe('a feature meeting a missing grant says so in its place, and keeps what was typed', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('browser-berechtigung-im-einsatz');
  });

  afterAll(() => harness?.close());

  it('without Calendars.ReadWrite the invitation names the permission; the plan stays', async () => {
    harness.emulator.setTenant({ preset: 'least-privilege', ...without('Calendars.ReadWrite') });
    const { page, context } = await harness.newPage();
    await page.goto(harness.paneUrl);
    await planTheMeeting(page);
    await savedInSharePoint(page);
    await openView(page, 'Einladung');
    await sendInvitationEarly(page);
    await page
      .getByText(/Calendars\.ReadWrite/)
      .first()
      .waitFor({ timeout: 60_000 });
    await page
      .getByText(/Treffpunkt fehlt dafür eine Berechtigung/)
      .first()
      .waitFor();
    await openView(page, 'Planen');
    expect(await page.getByLabel('Thema des Inputs').inputValue()).toBe(SPEAKER.topic);
    await context.close();
  });

  it('without a site role Planen names Sites.Selected in place of the plan', async () => {
    harness.emulator.setTenant({ preset: 'no-site-role' });
    const { page, context } = await harness.newPage();
    await page.goto(harness.paneUrl);
    await page
      .getByText(/Sites\.Selected/)
      .first()
      .waitFor({ timeout: 60_000 });
    await context.close();
  });
});
