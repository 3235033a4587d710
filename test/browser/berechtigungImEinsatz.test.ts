import { without } from './support/grants';
import { type Harness, startHarness } from './support/harness';
import { openView, planTheMeeting, savedInSharePoint, sendInvitationEarly, SPEAKER } from './support/journey';

describe('a feature meeting a missing grant says so in its place, and keeps what was typed', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('browser-berechtigung-im-einsatz');
  });

  afterAll(() => harness?.close());

  it('without Calendars.ReadWrite the invitation names the permission; the plan stays', async () => {
    harness.emulator.setTenant({ preset: 'least-privilege', ...without('Calendars.ReadWrite') });
    const { page, context } = await harness.newPage();
    await page.goto(harness.paneUrl);
    await planTheMeeting(page);
    await savedInSharePoint(page);
    await openView(page, 'Einladung');
    await sendInvitationEarly(page);
    await page
      .getByText(/Calendars\.ReadWrite/)
      .first()
      .waitFor({ timeout: 60_000 });
    await page
      .getByText(/Treffpunkt fehlt dafür eine Berechtigung/)
      .first()
      .waitFor();
    await openView(page, 'Planen');
    expect(await page.getByLabel('Thema des Inputs').inputValue()).toBe(SPEAKER.topic);
    await context.close();
  });

  it('without a site role Planen names Sites.Selected in place of the plan', async () => {
    harness.emulator.setTenant({ preset: 'no-site-role' });
    const { page, context } = await harness.newPage();
    await page.goto(harness.paneUrl);
    await page
      .getByText(/Sites\.Selected/)
      .first()
      .waitFor({ timeout: 60_000 });
    await context.close();
  });
});
