import type { BrowserContext, Page } from 'playwright-core';
import type { Meeting } from '../../src/domain/planning';
import { type RunningEmulator } from '../../src/emulator/server';
import { meetingToFields } from '../../src/graph/meetingMapping';
import { emulatorControl } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { MEETING_EVENING, planTheMeeting, savedInSharePoint } from './support/journey';
import { focusArrives, tabTo } from './support/keyboard';
import { meetingItem, openProtokollByKeyboard, typeInto } from './support/minutes';

const LIST = '/sites/landkreisnortheim.sharepoint.com:/sites/Integration:/lists/Vernetzungstreffen';
const OPEN_ACTION = { what: 'Raum für den Fachtag anfragen', who: 'Koordinierungsstelle' };
const COUNTY_ACTION = { what: 'Liste der Sprachkurse verschicken', who: 'Frau Albers', due: '30.04.2027' };
const TASK_TITLE = `${COUNTY_ACTION.what} – ${COUNTY_ACTION.who}`;

/** The meeting before the journey's: held on 10 November 2026, its minutes final, one action open. */
const november: Meeting = {
  id: 'm-2026-11',
  date: '2026-11-10',
  startTime: '15:00',
  status: 'protokolliert',
  speaker: { name: 'Sabine Kurz', organisation: 'Caritas', topic: 'Versicherungsschutz im Ehrenamt' },
  agenda: [],
  adoptedSuggestions: [],
  minutes: {
    notes: {},
    decisions: [],
    actionItems: [{ id: 'n1', ...OPEN_ACTION, due: '2027-01-15' }],
    attendance: [],
    final: { at: '2026-11-12T09:00:00Z' },
  },
};

/** Files that meeting in the list through the emulator's Graph API, as the pane would have. */
async function fileMeeting(emulator: RunningEmulator, meeting: Meeting): Promise<void> {
  const token = await fetch(`${emulator.url}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scopes: ['Sites.Selected'] }),
  });
  const { access_token: bearer } = (await token.json()) as { access_token: string };
  const response = await fetch(`${emulator.graphUrl}${LIST}/items`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields: meetingToFields(meeting) }),
  });
  if (!response.ok) throw new Error(`POST items: ${response.status} ${await response.text()}`);
}

/** The journey's meeting (16 March 2027) as filed in the hidden column. */
async function filedMeeting(harness: Harness): Promise<Meeting> {
  const { fields } = await meetingItem(harness);
  return (JSON.parse(String(fields.TpDaten)) as { meeting: Meeting }).meeting;
}

/** Waits until the filed meeting satisfies `holds` (the save follows the change shortly). */
async function filedUntil(harness: Harness, holds: (meeting: Meeting) => boolean): Promise<Meeting> {
  const until = Date.now() + 20_000;
  for (;;) {
    const meeting = await filedMeeting(harness).catch(() => undefined);
    if (meeting && holds(meeting)) return meeting;
    if (Date.now() > until) throw new Error('the list item never showed the change');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The tasks in the organiser's Microsoft To Do with this title. */
async function tasksNamed(harness: Harness, title: string) {
  const state = await emulatorControl(harness, '/_emulator/state');
  const lists = Object.values(
    state.todoLists as Record<string, { tasks: { title: string; dueDateTime: unknown }[] }[]>,
  );
  return lists
    .flat()
    .flatMap((list) => list.tasks)
    .filter((task) => task.title === title);
}

async function accessibleAt320(page: Page) {
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await axeViolations(page)).toEqual([]);
}

describe('Offene Aufgaben at 320 × 570, by keyboard: carried to the next meeting, reviewed, marked, in To Do once', () => {
  let harness: Harness;
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    harness = await startHarness('browser-offene-aufgaben');
    await fileMeeting(harness.emulator, november);
    ({ page, context } = await harness.newPage());
    await page.goto(harness.paneUrl);
  });

  afterAll(() => harness?.close());

  it("Planen shows the last meeting's open action and adds the review sub-point under the county item once", async () => {
    await planTheMeeting(page);
    await savedInSharePoint(page);
    const section = page.getByRole('list', { name: 'Offene Aufgaben', exact: true });
    await section.waitFor();
    expect(await section.getByRole('listitem').allTextContents()).toEqual([
      `${OPEN_ACTION.what}Wer: ${OPEN_ACTION.who} · Bis: 15.01.2027 · Aus dem Treffen am 10.11.2026`,
    ]);
    await accessibleAt320(page);

    const add = page.getByRole('button', { name: 'Als Unterpunkt „Rückblick: offene Aufgaben“ aufnehmen' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await page.getByText(/„Rückblick: offene Aufgaben“ steht in der Tagesordnung unter TOP 2: /).waitFor();
    await focusArrives(page.getByRole('heading', { name: 'Offene Aufgaben aus dem letzten Treffen', level: 3 }));
    expect(await add.count()).toBe(0);
    await accessibleAt320(page);

    const filed = await filedUntil(harness, (m) =>
      m.agenda.some((i) => i.subItems.includes('Rückblick: offene Aufgaben')),
    );
    const holding = filed.agenda.filter((item) => item.subItems.includes('Rückblick: offene Aufgaben'));
    expect(holding.map((item) => item.role)).toEqual(['landkreis']);
    expect(holding[0]!.subItems.filter((s) => s === 'Rückblick: offene Aufgaben')).toHaveLength(1);
  });

  it('Protokoll marks it erledigt on the evening of the meeting, filed in the list item', async () => {
    await context.clock.setFixedTime(MEETING_EVENING);
    await page.reload();
    await openProtokollByKeyboard(page);
    const group = page.getByRole('radiogroup', { name: `Stand: ${OPEN_ACTION.what}` });
    await group.waitFor();
    expect(await group.getByRole('radio', { name: 'noch offen' }).isChecked()).toBe(true);
    await tabTo(page, group.getByRole('radio', { name: 'noch offen' }));
    await page.keyboard.press('ArrowLeft');
    expect(await group.getByRole('radio', { name: 'erledigt' }).isChecked()).toBe(true);
    await accessibleAt320(page);

    const filed = await filedUntil(harness, (m) => (m.minutes?.carriedActions ?? []).length > 0);
    expect(filed.minutes!.carriedActions).toEqual([
      {
        id: 'n1',
        fromMeetingId: november.id,
        fromDate: november.date,
        ...OPEN_ACTION,
        due: '2027-01-15',
        status: 'erledigt',
      },
    ]);
  });

  it("makes a county colleague's action a To Do task with its due date once, even when pressed twice and reloaded", async () => {
    await tabTo(page, page.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    await page.keyboard.press('Enter');
    await focusArrives(page.getByRole('textbox', { name: 'Was ist zu tun?' }));
    await page.keyboard.type(COUNTY_ACTION.what);
    await typeInto(page, page.getByRole('textbox', { name: /^Wer/ }), COUNTY_ACTION.who);
    await typeInto(page, page.locator('input').and(page.getByLabel(/^Bis wann/)), COUNTY_ACTION.due);
    await tabTo(page, page.getByRole('checkbox', { name: 'Aufgabe für eine Kollegin / einen Kollegen im Landkreis' }));
    await page.keyboard.press('Space');
    const button = page.getByRole('button', { name: `„${COUNTY_ACTION.what}“ in Microsoft To Do übernehmen` });
    await tabTo(page, button);
    await accessibleAt320(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const since = page.getByText(/^In To Do seit Dienstag, 16\. März 2027, \d{1,2}:\d{2} Uhr$/);
    await since.waitFor();
    await focusArrives(since);
    expect(await button.count()).toBe(0);
    await accessibleAt320(page);

    const tasks = await tasksNamed(harness, TASK_TITLE);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.dueDateTime).toEqual({
      dateTime: expect.stringMatching(/^2027-04-30T09:00:00/),
      timeZone: 'Europe/Berlin',
    });
    const filed = await filedUntil(harness, (m) => Boolean(m.minutes?.actionItems.some((a) => a.todo)));
    expect(filed.minutes!.actionItems.find((a) => a.what === COUNTY_ACTION.what)).toMatchObject({
      forCounty: true,
      todo: { addedAt: expect.any(String), taskId: expect.any(String) },
    });

    await page.reload();
    await openProtokollByKeyboard(page);
    await since.waitFor();
    expect(await button.count()).toBe(0);
    expect(await tasksNamed(harness, TASK_TITLE)).toHaveLength(1);
    await accessibleAt320(page);
  });
});
