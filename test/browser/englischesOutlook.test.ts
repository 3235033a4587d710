import type { Page } from 'playwright-core';
import { axeViolations, type Harness, startHarness } from './support/harness';

/**
 * Office.js as an Outlook on the web whose display language is English: ready, no appointment open,
 * no nested app authentication (the emulator build signs in by itself), an empty mailbox store.
 */
const ENGLISH_OUTLOOK = `window.Office = {
  HostType: { Outlook: 'Outlook' },
  MailboxEnums: { ItemType: { Appointment: 'appointment', Message: 'message' }, RestVersion: { v2_0: 'v2.0' } },
  onReady: function () { return Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }); },
  context: {
    displayLanguage: 'en-GB',
    officeTheme: { bodyBackgroundColor: '#ffffff' },
    requirements: { isSetSupported: function () { return false; } },
    mailbox: { item: null, userProfile: { accountType: 'office365', emailAddress: 'koordination@lk-northeim.example' } },
    roamingSettings: {
      get: function () { return undefined; },
      set: function () {},
      remove: function () {},
      saveAsync: function (callback) { if (callback) callback({ status: 'succeeded' }); },
    },
  },
  auth: { getAuthContext: function () { return Promise.reject(new Error('not available')); } },
};`;

const englishChunk = /\/english\.[0-9a-f]+\.js$/;

/** The pane's scripts this page fetched, by file name. */
function scriptsOf(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
  });
  return fetched;
}

/**
 * The English of the first view loads in a chunk of its own, only when Outlook speaks English: the
 * German pane never fetches it, the English one has it before its first paint.
 */
describe('the pane in an English Outlook, and in a German one', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness('browser-englisches-outlook');
  }, 120_000);
  afterAll(() => harness?.close());

  it('German (outside Outlook, as in the county): the English chunk is never fetched', async () => {
    const { page } = await harness.newPage();
    const fetched = scriptsOf(page);
    await page.goto(harness.paneUrl);
    await page.getByText(/^Angemeldet als /).waitFor();
    await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'In SharePoint gespeichert' }).waitFor();
    expect(fetched.some((file) => englishChunk.test(file))).toBe(false);
    expect(fetched.length).toBeGreaterThan(5);
  });

  it('English: the shell, the session, Planen and the kit speak English from the first paint; axe clean', async () => {
    const { page, context } = await harness.newPage(undefined, 'en-GB');
    // The stand-in for Outlook's Office.js (route: this page's requests are not CORS-checked; the other
    // journeys are).
    await context.route(/\/office\/office\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: ENGLISH_OUTLOOK }),
    );
    const fetched = scriptsOf(page);
    const german: string[] = [];
    await page.exposeFunction('sawGerman', (text: string) => german.push(text));
    // Any German the pane paints before or after its English: the header and Planen's first words.
    await page.addInitScript(() => {
      const words = ['Angemeldet als', 'Tagesordnung', 'Gespeichert', 'Anmeldung wird geprüft'];
      new MutationObserver(() => {
        const text = document.body?.innerText ?? '';
        for (const word of words)
          if (text.includes(word)) (window as unknown as { sawGerman: (t: string) => void }).sawGerman(word);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(harness.paneUrl);
    await page.getByText(/^Signed in as /).waitFor();
    await page.getByRole('tab', { name: 'Plan' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved in SharePoint at' }).waitFor();
    expect(fetched.filter((file) => englishChunk.test(file))).toHaveLength(1);
    expect(german).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
