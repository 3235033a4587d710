/* Graph round-trip scenarios for `npm run bench`: each opens the pane, does one user action, and
 * counts the requests that reached Graph (/v1.0, not the emulator's token endpoint, no preflights). */
const { SEED, SEED_LISTS } = require('../src/emulator/seedFacts.ts');
const { PAST_MEETINGS } = require('../src/emulator/seedLists/meetingData.ts');
const { meetingFields } = require('../src/emulator/seedLists/meetings.ts');
const { TEST_NOW } = require('../test/browser/support/harness.ts');
const { MEETING_DAY, MEETING_EVENING, openView, savedInSharePoint } = require('../test/browser/support/journey.ts');

const viewport = { width: 320, height: 570 };

/**
 * A new browser context at 320 × 570 whose clock stands at `now` (timers keep running): the browser
 * tests' TEST_NOW unless a scenario needs another time, so the figures do not change as dates pass.
 */
async function newContext(browser, now = TEST_NOW) {
  const context = await browser.newContext({ viewport });
  await context.clock.setFixedTime(now);
  return context;
}

async function paneReady(page) {
  await page.getByText(/^Angemeldet als /).waitFor();
  await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
}

const saved = (page) => savedInSharePoint(page, 30000);

/** After an edit: the save it schedules has answered (PATCH of the list item) and the status says so. */
async function savedAfter(page, edit) {
  const patched = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && new URL(response.url()).pathname.startsWith('/v1.0'),
    { timeout: 30000 },
  );
  await edit();
  await patched;
  await saved(page);
}

/**
 * Counts Graph requests of `action`; with `includeLoad` the page load itself is counted too. `before`
 * runs after loading and is not counted (e.g. opening a view that reads on open). `now` sets the
 * browser's fixed clock to another time than TEST_NOW, e.g. to a meeting day.
 */
async function countGraphRequests(
  browser,
  url,
  { action = async () => {}, before = async () => {}, includeLoad = false, now } = {},
) {
  const context = await newContext(browser, now);
  // Office.js loads Microsoft's telemetry frame 3 s after start; offline it would never settle.
  await context.route(/^https:\/\//, (route) => route.abort());
  const page = await context.newPage();
  let counting = includeLoad;
  let count = 0;
  page.on('request', (request) => {
    if (counting && request.method() !== 'OPTIONS' && new URL(request.url()).pathname.startsWith('/v1.0')) count++;
  });
  await page.goto(url);
  await paneReady(page);
  await page.waitForLoadState('networkidle');
  await before(page);
  counting = true;
  await action(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return count;
}

/** Makes sure a planned meeting exists in the list (the first opening after a reset has none). */
async function planSomething(browser, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await paneReady(page);
  await page.getByLabel('Thema des Inputs').fill('Bürgergeld und Ehrenamt');
  await saved(page);
  await context.close();
}

/** Moves the pane's meeting (the one planned and invited above) to the meeting day of the minutes scenario. */
async function planMeetingDay(browser, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await paneReady(page);
  await page.getByRole('textbox', { name: 'Datum des Treffens' }).fill(MEETING_DAY);
  await saved(page);
  await context.close();
}

/**
 * Files `count` more past meetings (four a year from 2015, before the seeded ones from 2025) straight
 * through Graph, with the seed's own field shapes and contents.
 */
async function fileOlderMeetings(emulatorUrl, count) {
  const dates = Array.from(
    { length: count },
    (_, i) => `${2015 + Math.floor(i / 4)}-${['02-18', '05-20', '08-19', '11-18'][i % 4]}`,
  );
  const meetings = dates.map((date, i) => ({ ...PAST_MEETINGS[i % PAST_MEETINGS.length], date }));
  const tokenResponse = await fetch(`${emulatorUrl}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scopes: ['Sites.Selected'] }),
  });
  const { access_token: token } = await tokenResponse.json();
  const items = `${emulatorUrl}/v1.0/sites/${SEED.siteHostname}:${SEED.sitePath}:/lists/${SEED_LISTS.meetingsTitle}/items`;
  for (const [i, meeting] of meetings.entries()) {
    const fields = meetingFields(meeting, meetings[i + 1] ?? PAST_MEETINGS[0]);
    const response = await fetch(items, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ fields }),
    });
    if (response.status !== 201) throw new Error(`Filing the meeting of ${meeting.date}: ${await response.text()}`);
  }
}

const scenarios = [
  {
    label: 'opening the pane on an existing plan',
    run: async ({ browser, url }) => {
      await planSomething(browser, url);
      return countGraphRequests(browser, url, { includeLoad: true });
    },
  },
  {
    label: 'saving a change to the plan',
    run: ({ browser, url }) =>
      countGraphRequests(browser, url, {
        action: async (page) => {
          await page.getByLabel('Organisation').fill('Jobcenter Landkreis Northeim');
          await saved(page);
        },
      }),
  },
  {
    label: 'sending the invitation (POST event, PATCH list item)',
    run: ({ browser, url }) =>
      countGraphRequests(browser, url, {
        before: async (page) => {
          await openView(page, 'Einladung');
          await page.getByText('Noch nicht eingeladen').waitFor();
        },
        action: async (page) => {
          const early = page.getByRole('button', { name: 'Schon jetzt einladen' });
          if (await early.count()) {
            await early.click();
            await page.getByRole('dialog').getByRole('button', { name: 'Jetzt einladen' }).click();
          } else {
            await page.getByRole('button', { name: /^Einladung jetzt senden/ }).click();
          }
          await page.getByText('Einladung verschickt', { exact: true }).waitFor({ timeout: 30000 });
          await saved(page);
        },
      }),
  },
  {
    label: 'refreshing the replies',
    run: ({ browser, url }) =>
      countGraphRequests(browser, url, {
        before: async (page) => {
          await openView(page, 'Einladung');
          await page.getByRole('button', { name: 'Antworten aktualisieren' }).waitFor();
        },
        action: async (page) => {
          await page.getByRole('button', { name: 'Antworten aktualisieren' }).click();
          await page.getByText(/^Stand: \d\d:\d\d Uhr$/).waitFor();
        },
      }),
  },
  {
    label: 'saving the minutes',
    run: async ({ browser, url }) => {
      await planMeetingDay(browser, url);
      return countGraphRequests(browser, url, {
        now: MEETING_EVENING,
        before: async (page) => {
          await openView(page, 'Protokoll');
          const note = page.getByRole('textbox', { name: /^TOP 1:/ });
          await note.waitFor();
          // An invited meeting reads its replies on open (and saves the attendance they fill in).
          await page.getByText('Die Antworten auf die Einladung werden gelesen …').waitFor({ state: 'hidden' });
          await saved(page);
          await page.waitForLoadState('networkidle');
        },
        action: (page) =>
          savedAfter(page, () =>
            page.getByRole('textbox', { name: /^TOP 1:/ }).fill('Zwölf Initiativen stellten sich vor.'),
          ),
      });
    },
  },
  {
    label: 'opening Verlauf with 40 past meetings',
    run: async ({ browser, url, emulator }) => {
      await fileOlderMeetings(emulator.url, 40 - PAST_MEETINGS.length);
      return countGraphRequests(browser, url, {
        action: async (page) => {
          await openView(page, 'Verlauf');
          await page.getByText('40 Treffen angezeigt, das neueste zuerst.').waitFor({ timeout: 30000 });
        },
      });
    },
  },
];

module.exports = { scenarios, countGraphRequests };
