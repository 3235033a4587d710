import { axeViolations, type Harness, startHarness } from './support/harness';
import { savedInSharePoint } from './support/journey';

/**
 * Fluent's MessageBar comes in a chunk of its own, loaded with the first notice. Where that chunk cannot
 * load (the device went offline after the pane opened), the notice shows the same words and buttons
 * plainly, and they work.
 */
describe('a notice whose MessageBar cannot load still says everything, and its buttons work', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness('browser-hinweis-ohne-netz');
  }, 120_000);
  afterAll(() => harness?.close());

  it('saving fails with the notice chunk out of reach: the plain notice, announced, axe clean; "Jetzt speichern" saves once back', async () => {
    const { page } = await harness.newPage();
    // What the page says to screen readers: Fluent's announcer uses ariaNotify where Chromium has it,
    // else a live region's text.
    await page.addInitScript(() => {
      const said: string[] = [];
      Object.assign(window, { said });
      const doc = document as Document & { ariaNotify?: (message: string, options?: unknown) => void };
      const notify = doc.ariaNotify;
      if (typeof notify === 'function')
        doc.ariaNotify = (message, options) => {
          said.push(message);
          notify.call(doc, message, options);
        };
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live]')) said.push(region.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const asked: string[] = [];
    await page.route(/\/notice\.[0-9a-f]+\.js$/, (route) => {
      asked.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto(harness.paneUrl);
    const topic = page.getByLabel('Thema des Inputs');
    await topic.waitFor();
    harness.emulator.setFaults({ dropRate: 1 });
    await topic.fill('Wohnraum im Landkreis');
    await topic.press('Tab');
    await page.getByText('Nicht in SharePoint gespeichert.').waitFor({ timeout: 60_000 });
    await page.getByText('Ihre Eingaben sind auf diesem Gerät gesichert.').waitFor();
    expect(asked.length).toBeGreaterThan(0);
    expect(await page.locator('.fui-MessageBar').count()).toBe(0);
    // Said as the MessageBar would have said it.
    await page.waitForFunction(() =>
      (window as unknown as { said: string[] }).said.some((text) =>
        text.includes('Ihre Eingaben sind auf diesem Gerät gesichert.'),
      ),
    );
    expect(await axeViolations(page)).toEqual([]);

    harness.emulator.setFaults({});
    await page.getByRole('button', { name: 'Jetzt speichern' }).click();
    await savedInSharePoint(page, 60_000);
    expect(await topic.inputValue()).toBe('Wohnraum im Landkreis');
  });
});
