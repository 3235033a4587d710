import type { Page } from 'playwright-core';
import { meetingColumns, needColumns, venueColumns, LIST_SCHEMAS } from '../../src/graph/listSchema';
import { emulatorControl, listItems } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { inviteToTheMeeting, MEETING_EVENING, noteBox, openView, savedInSharePoint } from './support/journey';

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
        'In der SharePoint-Website gibt es noch keine Listen „Vernetzungstreffen“, „Treffpunkt-Orte“ und ' +
          '„Treffpunkt-Bedarfe“. Jetzt anlegen?',
      )
      .waitFor();
    expect((await siteLists(harness)).map((l) => l.displayName)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates the three lists after the confirmation, with every column and the key columns in the default view', async () => {
    await page.getByRole('button', { name: 'Listen anlegen' }).click();
    await page
      .getByText('Die Listen sind angelegt. Ihre Planung wird jetzt dort gespeichert.')
      .waitFor({ timeout: 60_000 });
    const lists = await siteLists(harness);
    const meetings = lists.find((l) => l.displayName === 'Vernetzungstreffen');
    const venues = lists.find((l) => l.displayName === 'Treffpunkt-Orte');
    const needs = lists.find((l) => l.displayName === 'Treffpunkt-Bedarfe');
    expect(meetings && venues && needs).toBeTruthy();
    const names = (list: StoredList) => list.columns.map((c) => c.name);
    expect(names(meetings!)).toEqual(expect.arrayContaining(meetingColumns.map((c) => c.name!)));
    expect(names(venues!)).toEqual(expect.arrayContaining(venueColumns.map((c) => c.name!)));
    expect(meetings!.defaultViewFields).toEqual(expect.arrayContaining(LIST_SCHEMAS.meetings.viewColumns));
    expect(venues!.defaultViewFields).toEqual(expect.arrayContaining(LIST_SCHEMAS.venues.viewColumns));
    expect(names(needs!)).toEqual(expect.arrayContaining(needColumns.map((c) => c.name!)));
    expect(needs!.defaultViewFields).toEqual(expect.arrayContaining(LIST_SCHEMAS.needs.viewColumns));
    expect(needs!.items).toEqual([]);
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
