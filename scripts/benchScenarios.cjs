/* Graph round-trip scenarios for `npm run bench`: each opens the pane, does one user action, and
 * counts the requests that reached Graph (/v1.0, not the emulator's token endpoint, no preflights). */

async function countGraphRequests(browser, url, action) {
  const context = await browser.newContext({ viewport: { width: 320, height: 570 } });
  const page = await context.newPage();
  let count = 0;
  let counting = false;
  page.on('request', (request) => {
    if (counting && request.method() !== 'OPTIONS' && new URL(request.url()).pathname.startsWith('/v1.0')) count++;
  });
  counting = action.includesLoad === true;
  await page.goto(url);
  await page.getByText(/^Angemeldet als /).waitFor();
  counting = true;
  await action(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return count;
}

function opening() {
  const action = async () => {};
  action.includesLoad = true;
  return action;
}

const scenarios = [
  {
    label: 'opening the pane (until idle)',
    run: ({ browser, url }) => countGraphRequests(browser, url, opening()),
  },
];

module.exports = { scenarios, countGraphRequests };
