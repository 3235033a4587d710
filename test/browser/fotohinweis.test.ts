import type { Page } from 'playwright-core';
import { DEFAULT_FUNDING_STATEMENT } from '../../src/domain/invitation';
import { htmlToText } from '../../src/emulator/calendar/html';
import { expectEveryElement } from '../fixtures/photoNoticeElements';
import { emulatorControl } from './support/graphProbe';
import { type Harness, startHarness } from './support/harness';
import { organiserEvents } from './support/invitation';
import { openView, planTheMeeting, savedInSharePoint, sendInvitationEarly } from './support/journey';

/** An invitee of the seeded distribution list: what reaches their mailbox is what they read. */
const INVITEE = 'k.haddad@gmx.de';

/** The DESCRIPTION of an iCalendar text: lines unfolded, TEXT escapes undone (RFC 5545 §3.1, §3.3.11). */
function descriptionOf(ics: string): string {
  const line = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .find((l) => l.startsWith('DESCRIPTION'));
  const value = line?.slice(line.indexOf(':') + 1) ?? '';
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('Fotohinweis: the invitation sent from a fresh demo', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-fotohinweis');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
    await planTheMeeting(page);
    await savedInSharePoint(page);
    await openView(page, 'Einladung');
    await sendInvitationEarly(page);
    await page.getByText('Einladung verschickt', { exact: true }).waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(() => harness?.close());

  it('sends the new photo notice with every element, and the funding statement, to the organiser’s event', async () => {
    const sent = await organiserEvents(harness);
    expect(sent).toHaveLength(1);
    const text = htmlToText(sent[0]!.body.content);
    expectEveryElement(text);
    expect(text).toContain(DEFAULT_FUNDING_STATEMENT);
    expect(text).not.toMatch(/\{Datenschutzkontakt\}|\{Speicherdauer\}|Europa fördert/);
  });

  it('delivers the same notice and funding statement to an invitee’s mailbox', async () => {
    const box = await emulatorControl(harness, `/_emulator/mailbox/${encodeURIComponent(INVITEE)}/invitations`);
    const [request] = box.value as { method: string; ics: string }[];
    expect(request?.method).toBe('REQUEST');
    const ics = await (await fetch(`${harness.emulator.url}${request!.ics}`)).text();
    const description = descriptionOf(ics);
    expectEveryElement(description);
    expect(description).toContain(DEFAULT_FUNDING_STATEMENT);
  });

  it('shows the same notice and funding statement in the pane’s preview of the invitation', async () => {
    const preview = page.frameLocator('iframe[title="Text der Einladung, wie ihn die Eingeladenen lesen"]');
    await preview.getByText(/Rechtsgrundlage ist Art\. 6 Abs\. 1 lit\. e DSGVO in Verbindung mit § 3 NDSG/).waitFor();
    await preview.getByText(/^Kofinanziert von der Europäischen Union\./).waitFor();
  });
});
