import type { Page } from 'playwright-core';
import { SEED } from '../../src/emulator/seed';
import { SUGGESTIONS_KEY, type StoredSuggestion } from '../../src/office/topicSuggestions';
import { listItems } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { planTheMeeting, savedInSharePoint } from './support/journey';
import { focusArrives } from './support/keyboard';

interface OutboxMail {
  subject: string;
  body: { content: string };
  toRecipients: { emailAddress?: { address: string }; address?: string }[];
}

/** Two initiatives answered the call on the same topic; a third mail is another topic (as the ribbon keeps them). */
const suggestion = (id: string, subject: string, senderName: string, senderAddress: string): StoredSuggestion => ({
  id,
  subject,
  senderName,
  senderAddress,
  receivedAt: '2026-11-20T09:30:00Z',
  suggestedAt: '2026-11-20T10:00:00Z',
});
const SUGGESTIONS = [
  suggestion('s1', 'Sprachcafé in Uslar', 'Fatma Yilmaz', 'fatma@sprachcafe-uslar.example'),
  suggestion('s2', 'Fahrradwerkstatt', 'Jonas Weber', 'jonas@fahrrad-einbeck.example'),
  suggestion('s3', 'AW: Sprachcafé Uslar!', 'Heike Brandt', 'heike@willkommen-moringen.example'),
];

async function outbox(harness: Harness): Promise<OutboxMail[]> {
  const answer = await fetch(`${harness.emulator.url}/_emulator/outbox`);
  return ((await answer.json()) as { value: OutboxMail[] }).value;
}

/** Presses Enter on a control reached by the keyboard focus (no pointer). */
async function pressOn(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await focusArrives(button);
  await page.keyboard.press('Enter');
}

describe('Themenaufruf: a call for topics to the list, and the suggestions by topic (320 px, keyboard)', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-themenaufruf');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
    // what the ribbon's "Als Thema vorschlagen" keeps (standalone: in this browser's storage)
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: SUGGESTIONS_KEY,
      value: JSON.stringify(SUGGESTIONS),
    });
    await page.reload();
    await planTheMeeting(page);
    await savedInSharePoint(page);
  });

  afterAll(() => harness?.close());

  it('shows when the call is due and the mail for review before anything is sent', async () => {
    const section = page
      .locator('section', { has: page.getByRole('heading', { name: 'Themenaufruf', level: 3 }) })
      .last();
    await section.getByText('Fällig am Dienstag, 2. Februar 2027').waitFor();
    await pressOn(page, 'Themenaufruf vorbereiten');
    const review = page.getByRole('document', { name: 'Vorschau des Themenaufrufs' });
    await review.waitFor();
    expect(await review.textContent()).toContain(
      'Bitte antworten Sie auf diese E-Mail bis Donnerstag, 18. Februar 2027.',
    );
    await section.getByText(SEED.distributionListMail, { exact: true }).waitFor();
    await section
      .getByText(/^Themen gesucht: Vernetzungstreffen der Ehrenamtskoordination am Dienstag, 16\. März 2027$/)
      .waitFor();
    expect(await outbox(harness)).toHaveLength(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends it once to the distribution list and says so; the meeting keeps it', async () => {
    await pressOn(page, 'Themenaufruf senden');
    await page.getByText(`Der Themenaufruf ist an ${SEED.distributionListMail} gesendet.`).waitFor();
    const sent = await outbox(harness);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe(
      'Themen gesucht: Vernetzungstreffen der Ehrenamtskoordination am Dienstag, 16. März 2027',
    );
    expect(JSON.stringify(sent[0]!.toRecipients)).toContain(SEED.distributionListMail);
    await savedInSharePoint(page);
    const planned = (await listItems(harness.emulator, 'Vernetzungstreffen')).find(
      (i) => i.fields.TpStatus === 'geplant',
    );
    expect(JSON.parse(String(planned!.fields.TpDaten)).meeting.callForTopics).toMatchObject({ deadline: '2027-02-18' });
  });

  it('after a reload offers no second sending', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Themenaufruf gesendet am 24.11.2026' }).waitFor();
    expect(await page.getByRole('button', { name: 'Themenaufruf vorbereiten' }).count()).toBe(0);
    expect(await outbox(harness)).toHaveLength(1);
  });

  it('shows two suggestions of two initiatives on the same topic as one, with both names', async () => {
    const heading = page.getByRole('heading', { name: 'Themenvorschläge aus E-Mails', level: 3 });
    const list = page.locator('section', { has: heading }).last().getByRole('listitem');
    await heading.waitFor();
    expect(await list.count()).toBe(2);
    expect(await list.nth(0).textContent()).toContain('Sprachcafé in Uslar');
    expect(await list.nth(0).textContent()).toContain('Von Fatma Yilmaz und Heike Brandt');
    expect(await list.nth(1).textContent()).toContain('Von Jonas Weber');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
