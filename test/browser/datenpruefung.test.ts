import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../src/emulator/server';
import { graphGet } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { openView } from './support/journey';

const LIST = '/sites/landkreisnortheim.sharepoint.com:/sites/Integration:/lists/Vernetzungstreffen';
const DAY = 'Dienstag, 20. Oktober 2026';

/**
 * A row of the meetings list as a broken script or a careless edit of the hidden column leaves it:
 * readable columns fine, TpDaten cut off in the middle (not JSON any more).
 */
const brokenRow = {
  Title: `Vernetzungstreffen der Ehrenamtskoordination – ${DAY}`,
  TpBeginn: '2026-10-20T13:00:00Z',
  TpEnde: '2026-10-20T16:00:00Z',
  TpJahr: 2026,
  TpStatus: 'protokolliert',
  TpOrt: 'Café International Northeim',
  TpReferent: 'Sabine Kurz (Caritas) – Ehrenamt und Versicherungsschutz',
  TpTeilnehmende: 9,
  TpKosten: 41.2,
  TpProtokoll: '<div lang="de"><h3>TOP 1: Begrüßung</h3><p>Versicherungsschutz im Ehrenamt erklärt.</p></div>',
  TpBeschluesse: 'Das Merkblatt zum Versicherungsschutz geht über den Verteiler.',
  TpDaten: '{"schemaVersion":2,"meeting":{"id":"m-2026-10","date":"2026-10-20","agenda":[{"id":"i1","tit',
};

/**
 * The next meeting as a row whose hidden data is JSON of a version the pane knows, but no meeting: its
 * agenda is text. Read as it is, Planen would open it and fail on the agenda.
 */
const wrongShapeRow = {
  Title: 'Vernetzungstreffen der Ehrenamtskoordination – Dienstag, 8. Dezember 2026',
  TpBeginn: '2026-12-08T14:00:00Z',
  TpEnde: '2026-12-08T17:00:00Z',
  TpJahr: 2026,
  TpStatus: 'geplant',
  TpOrt: 'Kreishaus Northeim',
  TpDaten: JSON.stringify({
    schemaVersion: 1,
    meeting: { id: 'm-2026-12', date: '2026-12-08', startTime: '15:00', status: 'geplant', agenda: 'siehe Mail' },
  }),
};

/** Writes the row through the emulator's Graph API, as a colleague's script would. */
async function addRow(emulator: RunningEmulator, fields: Record<string, unknown>): Promise<void> {
  const tokenResponse = await fetch(`${emulator.url}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scopes: ['Sites.Selected'] }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${emulator.graphUrl}${LIST}/items`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields }),
  });
  if (!response.ok) throw new Error(`POST items: ${response.status} ${await response.text()}`);
}

async function openBrokenMeeting(page: Page) {
  await openView(page, 'Verlauf');
  const entry = page.getByRole('button', { name: DAY, exact: true });
  await entry.click();
  await page.getByRole('heading', { name: DAY, level: 3 }).waitFor();
  return page.getByRole('region', { name: DAY });
}

describe('Datenprüfung at 320 × 570: a row whose hidden data is broken', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-datenpruefung');
    await addRow(harness.emulator, brokenRow);
    await addRow(harness.emulator, wrongShapeRow);
    const stored = await graphGet<{ value: { fields: { TpDaten?: string } }[] }>(
      harness.emulator,
      `${LIST}/items?$expand=fields($select=TpDaten)&$top=100`,
    );
    expect(stored.value.some((item) => item.fields.TpDaten === brokenRow.TpDaten)).toBe(true);
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
  });

  afterAll(() => harness?.close());

  it('opens the pane as usual: Planen plans the next meeting and does not open the broken one', async () => {
    await page.getByRole('heading', { name: 'Planen', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
    await page
      .getByRole('list', { name: 'Zeitplan' })
      .getByRole('button', { name: /^TOP 1 · / })
      .waitFor();
    expect(await page.getByText('Diese Ansicht konnte nicht angezeigt werden.').count()).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the row in Verlauf from its columns, as entered by hand, and says that its data is unreadable', async () => {
    const details = await openBrokenMeeting(page);
    await details.getByText('Treffpunkt-Daten nicht lesbar.').waitFor();
    await details.getByText(/wie bei einem Treffen, das direkt in SharePoint eingetragen wurde/).waitFor();
    await details.getByText(/beschädigt oder unvollständig/).waitFor();
    // The readable columns, as for a row entered by hand.
    await details.getByText('Versicherungsschutz im Ehrenamt erklärt.').waitFor();
    await details.getByText('Das Merkblatt zum Versicherungsschutz geht über den Verteiler.').waitFor();
    expect(await details.textContent()).toContain('Teilnehmende9');
    expect(await details.textContent()).toMatch(/Kosten41,20\s€/);
    await details
      .getByText(/direkt in SharePoint eingetragen/)
      .first()
      .waitFor();
    // Not offered for editing in the pane.
    expect(await details.getByRole('button', { name: /bearbeiten/i }).count()).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
