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

/** Counts Graph requests of `action`; with `includeLoad` the page load itself is counted too. */
async function countGraphRequests(browser, url, { action = async () => {}, includeLoad = false } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  let counting = includeLoad;
  let count = 0;
  page.on('request', (request) => {
    if (counting && request.method() !== 'OPTIONS' && new URL(request.url()).pathname.startsWith('/v1.0')) count++;
  });
  await page.goto(url);
  await paneReady(page);
  await page.waitForLoadState('networkidle');
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
];

module.exports = { scenarios, countGraphRequests };
