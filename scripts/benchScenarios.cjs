/* Graph round-trip scenarios for `npm run bench`: each opens the pane, does one user action, and
 * counts the requests that reached Graph (/v1.0, not the emulator's token endpoint, no preflights). */

const viewport = { width: 320, height: 570 };

async function paneReady(page) {
  await page.getByText(/^Angemeldet als /).waitFor();
  await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
}

async function saved(page) {
  await page.getByRole('status').filter({ hasText: 'In SharePoint gespeichert' }).waitFor({ timeout: 30000 });
}

async function openView(page, name) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

/**
 * Counts Graph requests of `action`; with `includeLoad` the page load itself is counted too. `before`
 * runs after loading and is not counted (e.g. opening a view that reads on open).
 */
async function countGraphRequests(
  browser,
  url,
  { action = async () => {}, before = async () => {}, includeLoad = false } = {},
) {
  const context = await browser.newContext({ viewport });
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
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await paneReady(page);
  await page.getByLabel('Thema des Inputs').fill('Bürgergeld und Ehrenamt');
  await saved(page);
  await context.close();
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
];

module.exports = { scenarios, countGraphRequests };
