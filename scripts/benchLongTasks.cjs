/* Long main-thread tasks for `npm run bench`: the plan → invite → minutes journey in one page (on its
 * own fresh emulator), typing as a person would, with the Long Tasks API observing from before the
 * pane's first script. Tasks are counted per step; the Long Tasks API reports every task over 50 ms. */
const { startEmulator } = require('../src/emulator/server.ts');
const { TEST_NOW } = require('../test/browser/support/harness.ts');
const {
  MEETING_DAY,
  MEETING_EVENING,
  SPEAKER,
  noteBox,
  openView,
  savedInSharePoint,
  sendInvitationEarly,
} = require('../test/browser/support/journey.ts');

/** Milliseconds between two keys, roughly a fast typist's pace. */
const KEY_DELAY = 30;

/**
 * Runs in the page before its own scripts: collects long tasks (buffered) and, where Chromium has the
 * Long Animation Frames API, the longest frame's longest script; `__benchLongTasks()` takes those so far.
 */
function observeLongTasks() {
  const tasks = [];
  const frames = [];
  const observe = (type, into) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return () => [];
    const observer = new PerformanceObserver((list) => into.push(...list.getEntries()));
    observer.observe({ type, buffered: true });
    return () => into.push(...observer.takeRecords());
  };
  const flushTasks = observe('longtask', tasks);
  const flushFrames = observe('long-animation-frame', frames);
  const describe = (script) => {
    const file =
      script.sourceURL
        .split('/')
        .pop()
        .replace(/\.[0-9a-f]{8}\.js$/, '.js') || 'no file';
    const what = script.invokerType === 'classic-script' ? 'evaluating the script' : script.invoker;
    return `${what} in ${file} ${Math.round(script.duration)} ms`;
  };
  window.__benchLongTasks = () => {
    flushTasks();
    flushFrames();
    const longest = frames.splice(0).sort((a, b) => b.duration - a.duration)[0];
    const script = [...(longest?.scripts ?? [])].sort((a, b) => b.duration - a.duration)[0];
    return {
      tasks: tasks.splice(0).map((entry) => Math.round(entry.duration)),
      frame: longest && `${Math.round(longest.duration)} ms${script ? `, mostly ${describe(script)}` : ''}`,
    };
  };
}

async function typeInto(page, field, text) {
  await field.click();
  await page.keyboard.type(text, { delay: KEY_DELAY });
}

async function paneReady(page) {
  await page.getByText(/^Angemeldet als /).waitFor();
  await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
}

async function planTheMeeting(page) {
  await page.getByRole('textbox', { name: 'Datum des Treffens' }).fill(MEETING_DAY);
  await page.getByLabel('Beginn', { exact: true }).fill('15:00');
  await page.getByLabel('Ort').selectOption({ label: 'Kreishaus Northeim' });
  await typeInto(page, page.getByLabel('Name der Referentin oder des Referenten'), SPEAKER.name);
  await typeInto(page, page.getByLabel('Organisation'), SPEAKER.organisation);
  await typeInto(page, page.getByLabel('Thema des Inputs'), SPEAKER.topic);
  await savedInSharePoint(page);
}

async function inviteToTheMeeting(page) {
  await openView(page, 'Einladung');
  await sendInvitationEarly(page);
  await page.getByText('Einladung verschickt', { exact: true }).waitFor({ timeout: 60_000 });
  await savedInSharePoint(page);
}

async function writeTheMinutes(page) {
  await openView(page, 'Protokoll');
  await noteBox(page, 1).waitFor();
  await page.getByText('Die Antworten auf die Einladung werden gelesen …').waitFor({ state: 'hidden' });
  await typeInto(page, noteBox(page, 1), 'Begrüßung durch Frau Albers, zwei neue Initiativen stellen sich vor.');
  await page.getByRole('button', { name: 'Beschluss hinzufügen' }).click();
  await typeInto(page, page.getByRole('textbox', { name: 'Beschluss 1' }), 'Patenschaften direkt melden.');
  await typeInto(page, page.getByRole('textbox', { name: /^Name/ }), 'Petra Lindner');
  await typeInto(page, page.getByRole('textbox', { name: /^Initiative oder Stelle/ }), 'Café International');
  await page.getByRole('button', { name: 'Person hinzufügen' }).click();
  await page.getByText('Petra Lindner (Café International) als anwesend hinzugefügt.').waitFor();
  await savedInSharePoint(page);
}

async function switchViews(page) {
  for (const view of ['Ausgaben', 'Verlauf', 'Einstellungen', 'Planen', 'Protokoll']) await openView(page, view);
}

/** The journey's steps; `load` steps open the page, the others are what the user does in it. */
const steps = (url) => [
  { label: 'opening the pane', load: true, run: (page) => page.goto(url).then(() => paneReady(page)) },
  { label: 'Planen: date, venue, typing speaker and topic, saved', run: planTheMeeting },
  { label: 'Einladung: opening it, sending early, saved', run: inviteToTheMeeting },
  {
    label: 'reopening on the evening of the meeting',
    load: true,
    run: async (page, context) => {
      await context.clock.setFixedTime(MEETING_EVENING);
      await page.reload();
      await paneReady(page);
    },
  },
  { label: 'Protokoll: typing a note, adding a decision and a person', run: writeTheMinutes },
  { label: 'switching views: Ausgaben, Verlauf, Einstellungen, Planen, Protokoll', run: switchViews },
];

/** Durations (ms) of the long tasks of each step of the journey, against a fresh emulator. */
async function longTasksOfJourney(browser, siteUrl, dataDir) {
  const emulator = await startEmulator({ dataDir, port: 0, reset: true });
  const context = await browser.newContext({ viewport: { width: 320, height: 570 } });
  try {
    await context.clock.setFixedTime(TEST_NOW);
    // Office.js loads Microsoft's telemetry frame 3 s after start; offline it would never settle.
    await context.route(/^https:\/\//, (route) => route.abort());
    await context.addInitScript(observeLongTasks);
    const page = await context.newPage();
    const url = `${siteUrl}/pane/taskpane.html?emulator=${encodeURIComponent(emulator.url)}`;
    const results = [];
    for (const step of steps(url)) {
      await step.run(page, context);
      await page.waitForLoadState('networkidle');
      results.push({ ...step, ...(await page.evaluate(() => window.__benchLongTasks())) });
    }
    return results;
  } finally {
    await context.close();
    await emulator.close();
  }
}

function printLongTasks(results) {
  const describe = (tasks) =>
    `${String(tasks.length).padStart(2)} over 50 ms, longest ${tasks.length ? `${Math.max(...tasks)} ms` : '–'}`;
  console.log(
    `\nLong main-thread tasks (Long Tasks API, buffered from before the first script) on the plan → invite →` +
      ` minutes journey, typing ${KEY_DELAY} ms a key`,
  );
  for (const { label, load, tasks, frame } of results) {
    const listed = tasks.length ? `: ${tasks.join(', ')} ms` : '';
    console.log(`  ${(load ? `${label} (load)` : label).padEnd(72)} ${describe(tasks)}${listed}`);
    if (tasks.length && frame) console.log(`      longest animation frame ${frame}`);
  }
  for (const [label, load] of [
    ['all the user does (steps that are not loads)', false],
    ['both loads', true],
  ]) {
    const tasks = results.filter((r) => Boolean(r.load) === load).flatMap((r) => r.tasks);
    console.log(`  ${label.padEnd(72)} ${describe(tasks)}`);
  }
}

module.exports = { longTasksOfJourney, printLongTasks };
