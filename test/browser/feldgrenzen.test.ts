import type { Page } from 'playwright-core';
import { emulatorJournal, type JournalExchange } from './support/graphProbe';
import { type Harness, startHarness } from './support/harness';
import { inviteToTheMeeting, MEETING_EVENING, noteBox, openView, savedInSharePoint } from './support/journey';
import { meetingItem } from './support/minutes';

/** 100,000 characters of minutes, pasted at once into the notes on the second agenda item. */
const SENTENCE = 'Die Initiativen berichten ausführlich über Patenschaften, Sprachkurse und Fahrdienste. ';
const PASTED = SENTENCE.repeat(Math.ceil(100_000 / SENTENCE.length)).slice(0, 100_000);
const TOO_LONG = /^Zu lang: höchstens (\d{1,2}\.\d{3}) Zeichen – bitte kürzen oder aufteilen\.$/;

/** Writes SharePoint refused (4xx), directly or inside a $batch. */
function refusedWrites(exchanges: JournalExchange[]): JournalExchange[] {
  return exchanges.filter((e) => {
    if (e.method === 'GET') return false;
    const inner = e.response.body?.responses ?? [];
    return (
      (e.response.status >= 400 && e.response.status < 500) || inner.some((r) => r.status >= 400 && r.status < 500)
    );
  });
}

/** Whether any value the page keeps in localStorage holds this text. */
const onDevice = (page: Page, text: string) =>
  page.evaluate((t) => Object.keys(localStorage).some((key) => (localStorage.getItem(key) ?? '').includes(t)), text);

describe('Feldgrenzen at 320 px: 100,000 characters pasted into one note of the minutes', () => {
  let harness: Harness;
  let page: Page;
  let journalBefore: number;
  let limit: number;

  beforeAll(async () => {
    harness = await startHarness('browser-feldgrenzen');
    const opened = await harness.newPage();
    page = opened.page;
    await page.goto(harness.paneUrl);
    await inviteToTheMeeting(page);
    await opened.context.clock.setFixedTime(MEETING_EVENING);
    await page.reload();
    await page.getByRole('heading', { name: 'Planen', level: 2 }).waitFor();
    await openView(page, 'Protokoll');
    await noteBox(page, 1).fill('Begrüßung durch Frau Albers, zwei neue Initiativen stellen sich vor.');
    await page.keyboard.press('Tab');
    await savedInSharePoint(page);
    journalBefore = (await emulatorJournal(harness)).length;
  }, 180_000);

  afterAll(() => harness?.close());

  it('says at the field, in German, how much fits, and keeps every character there and on the device', async () => {
    const note = noteBox(page, 2);
    await note.fill(PASTED);
    await page.keyboard.press('Tab');

    const message = page.getByRole('alert').filter({ hasText: TOO_LONG });
    await message.waitFor();
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /^Zu lang/ })
        .count(),
    ).toBe(1);
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    limit = Number(TOO_LONG.exec((await message.textContent()) ?? '')![1]!.replace('.', ''));
    expect(limit).toBeLessThan(63_999);
    await page.getByText(`100.000 von ${limit.toLocaleString('de-DE')} Zeichen`).waitFor();

    // nothing lost: the field and the draft on this device hold all of it
    expect(await note.inputValue()).toBe(PASTED);
    expect(await onDevice(page, PASTED)).toBe(true);
  });

  it('the save names the field instead of sending what SharePoint would refuse: no failed PATCH', async () => {
    await page.getByText(/„Protokoll“ ist zu lang für die SharePoint-Liste \(höchstens 63\.999 Zeichen\)/).waitFor();
    expect(await page.getByText('Microsoft 365 hat die Angaben nicht angenommen', { exact: false }).count()).toBe(0);
    expect(refusedWrites((await emulatorJournal(harness)).slice(journalBefore))).toEqual([]);
    // SharePoint keeps the minutes as last saved, the field and the device keep what was pasted
    const stored = (await meetingItem(harness)).fields;
    expect(String(stored.TpProtokoll)).not.toContain(SENTENCE);
    expect(await noteBox(page, 2).inputValue()).toBe(PASTED);
    expect(await onDevice(page, PASTED)).toBe(true);
  });

  it('cut to the length the message named, the note is saved whole, still without a failed write', async () => {
    const note = noteBox(page, 2);
    await note.fill(PASTED.slice(0, limit));
    await page.keyboard.press('Tab');
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /^Zu lang/ })
        .count(),
    ).toBe(0);
    await savedInSharePoint(page, 60_000);

    const stored = (await meetingItem(harness)).fields;
    expect(String(stored.TpDaten).length).toBeLessThanOrEqual(63_999);
    expect(String(stored.TpDaten)).toContain(PASTED.slice(0, limit).trim());
    expect(String(stored.TpProtokoll)).toContain(SENTENCE.trim());
    expect(refusedWrites((await emulatorJournal(harness)).slice(journalBefore))).toEqual([]);
  });
});
