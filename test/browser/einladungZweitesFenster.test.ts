import type { Page, Response } from 'playwright-core';
import { emulatorJournal, listItems } from './support/graphProbe';
import { type Harness, startHarness } from './support/harness';
import { invitationRecord, isPatchOfItem, organiserEvents } from './support/invitation';
import { openView, planTheMeeting, savedInSharePoint, sendInvitationEarly } from './support/journey';

describe('Einladung: a second pane, opened before the invitation went out, sends again', () => {
  let harness: Harness;
  let page: Page;
  /** A second pane (a colleague, or a second window) that opened before the invitation went out. */
  let stalePage: Page;
  /** The list item once the first pane recorded the invitation: the stale pane must leave it as it is. */
  let recorded: ReturnType<typeof invitationRecord>;

  beforeAll(async () => {
    harness = await startHarness('browser-einladung-zweites-fenster');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
    await planTheMeeting(page);
    await savedInSharePoint(page);
    await openView(page, 'Einladung');
    ({ page: stalePage } = await harness.newPage());
    await stalePage.goto(harness.paneUrl);
    await openView(stalePage, 'Einladung');
    await stalePage.getByText('Noch nicht eingeladen').waitFor();
    // The first pane sends and records the invitation; the stale pane still shows it unsent.
    await sendInvitationEarly(page);
    await page.getByText('Einladung verschickt', { exact: true }).waitFor({ timeout: 60_000 });
    await savedInSharePoint(page);
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    recorded = invitationRecord(items.filter((i) => i.fields.TpStatus === 'eingeladen')[0]!);
  });

  afterAll(() => harness?.close());

  it('leaves one event and the list item as it was, and takes SharePoint’s version, when a second pane opened before the sending sends again', async () => {
    const journalBefore = (await emulatorJournal(harness)).length;
    // The stale pane's PATCHes of the item as it sees them: the version it names (If-Match) and the answer.
    const stalePatches: { ifMatch: string | undefined; status: number }[] = [];
    const notePatch = (response: Response) => {
      const request = response.request();
      if (isPatchOfItem(recorded.id)({ method: request.method(), url: request.url() }))
        stalePatches.push({ ifMatch: request.headers()['if-match'], status: response.status() });
    };
    stalePage.on('response', notePatch);
    const refused = stalePage.waitForResponse(
      (r) => isPatchOfItem(recorded.id)({ method: r.request().method(), url: r.url() }) && r.status() === 412,
      { timeout: 40000 },
    );
    await sendInvitationEarly(stalePage);
    await stalePage.getByText('Einladung verschickt', { exact: true }).waitFor({ timeout: 20000 });
    expect(await organiserEvents(harness)).toHaveLength(1);
    // Its record of the meeting names an older version of the item: refused (412). SharePoint's version is the
    // meeting as this pane now has it (the invitation taken up, not sent twice), so it is taken as saved: no
    // question to the user, nothing written.
    await refused;
    await savedInSharePoint(stalePage);
    expect(await stalePage.getByText('Gleichzeitig geändert.').count()).toBe(0);
    stalePage.off('response', notePatch);

    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const invited = items.filter((i) => i.fields.TpStatus === 'eingeladen');
    expect(invited).toHaveLength(1);
    expect(invitationRecord(invited[0]!)).toEqual(recorded);

    // The stale pane's PATCH named its older version of the item and got 412; none of its PATCHes went through.
    expect(stalePatches[0]?.status).toBe(412);
    expect(stalePatches[0]?.ifMatch).not.toBe(recorded.eTag);
    expect(stalePatches.filter((p) => p.status < 300)).toEqual([]);
    // The emulator saw the same: since the first pane's save of the invitation, the only PATCHes of the
    // item are the stale pane's (same versions named, same answers), so nothing changed it.
    const patches = (await emulatorJournal(harness)).slice(journalBefore).filter(isPatchOfItem(recorded.id));
    expect(patches.map((e) => ({ ifMatch: e.request.headers['if-match'], status: e.response.status }))).toEqual(
      stalePatches,
    );
  });
});
