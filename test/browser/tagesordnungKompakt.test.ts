import type { Locator, Page } from 'playwright-core';
import { listItems } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { focusArrives, hasFocus, tabTo } from './support/keyboard';
import { planTheMeeting, savedInSharePoint } from './support/journey';

/**
 * Measured at 320 px with the demo's standard agenda, date, venue and speaker set, before the agenda
 * became compact rows with the time plan in them: Planen 5,148 px tall (5,000 px on opening), of which
 * the agenda section 3,047 px and the time plan table 661 px. Issue #12 asks for less than half.
 */
const HALF_OF_BEFORE_PX = 2500;
/** A quarter of the 3,708 px the agenda and its time plan took. */
const AGENDA_QUARTER_OF_BEFORE_PX = 927;

const STANDARD_ROWS = [
  'TOP 1 · 15:00–15:20 · 20 Min. Begrüßung und Vorstellungsrunde',
  'TOP 2 · 15:20–15:50 · 30 Min. Aktuelles aus dem Landkreis',
  'TOP 3 · 15:50–16:35 · 45 Min. Aktuelles aus den Initiativen',
  'TOP 4 · 16:35–16:55 · 20 Min. Kaffeepause',
  'TOP 5 · 16:55–17:40 · 45 Min. Input von dritter Seite',
  'TOP 6 · 17:40–18:00 · 20 Min. Termine und nächstes Treffen',
];

describe('Tagesordnung at 320 px: compact rows that are the time plan, one item open, moved by keyboard and by dragging', () => {
  let harness: Harness;
  let page: Page;

  const timePlan = () => page.getByRole('list', { name: 'Zeitplan' });
  /** Each row's button: number, clock times and minutes, then the title. */
  const rows = () => timePlan().getByRole('button', { name: /^TOP \d+ · / });
  const row = (top: number) => timePlan().getByRole('button', { name: new RegExp(`^TOP ${top} · `) });
  /** The rows as they read: the times line and the title (presenter and sub-points left out). */
  const rowLines = () =>
    rows().evaluateAll((buttons) =>
      buttons.map((b) => `${b.firstElementChild?.textContent} ${b.querySelector('[data-part="title"]')?.textContent}`),
    );
  const spoken = () => page.locator('[aria-live="polite"]').filter({ hasText: /ist jetzt TOP/ });
  /** The agenda's titles as the meetings list keeps them (the hidden JSON column). */
  const storedTitles = async () => {
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const planned = items.find((i) => i.fields.TpStatus === 'geplant')!;
    const data = JSON.parse(String(planned.fields.TpDaten)) as { meeting: { agenda: { title: string }[] } };
    return data.meeting.agenda.map((i) => i.title);
  };
  /** Waits until the list item holds the agenda in this order (saving follows a change within seconds). */
  const savedInOrder = async (titles: string[]) => {
    for (let attempt = 0; attempt < 80; attempt++) {
      if (JSON.stringify(await storedTitles()) === JSON.stringify(titles)) return;
      await page.waitForTimeout(250);
    }
    expect(await storedTitles()).toEqual(titles);
  };
  const pressIn = async (target: Locator, key: string, backwards = false) => {
    await tabTo(page, target, { backwards });
    await page.keyboard.press(key);
  };

  beforeAll(async () => {
    harness = await startHarness('browser-tagesordnung-kompakt');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
  });

  afterAll(() => harness?.close());

  it('shows the standard agenda as one row per item with its clock times, axe clean, no horizontal scroll', async () => {
    await planTheMeeting(page);
    await savedInSharePoint(page);
    expect(await rowLines()).toEqual(STANDARD_ROWS);
    await page.getByText('Geplant: 180 von 180 Minuten – passt. Ende um 18:00 Uhr.').waitFor();
    expect(await page.getByRole('table', { name: 'Zeitplan' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Titel', exact: true }).count()).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes less than half of the old height: the agenda a quarter of its old one, Planen less than half', async () => {
    const agenda = page.getByRole('heading', { name: 'Tagesordnung', level: 3, exact: true }).locator('..');
    expect((await agenda.boundingBox())!.height).toBeLessThan(AGENDA_QUARTER_OF_BEFORE_PX);
    const { height, sections } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      sections: Array.from(document.querySelectorAll('section'), (section) => {
        const heading = section.querySelector('h3')?.textContent ?? '';
        return `${heading} ${Math.round(section.getBoundingClientRect().height)} px`;
      }),
    }));
    if (height >= HALF_OF_BEFORE_PX)
      throw new Error(`Planen is ${height} px tall (before: 5,148 px); its sections: ${sections.join(', ')}`);
  });

  it('opens one item at a time by keyboard with every field; Escape closes it and the focus returns to its row', async () => {
    await pressIn(row(2), 'Enter');
    expect(await row(2).getAttribute('aria-expanded')).toBe('true');
    const landkreis = page.getByRole('group', { name: 'TOP 2: Aktuelles aus dem Landkreis' });
    expect(await landkreis.getByRole('textbox', { name: 'Titel', exact: true }).inputValue()).toBe(
      'Aktuelles aus dem Landkreis',
    );
    expect(await landkreis.getByRole('textbox', { name: 'Unterpunkt 2' }).inputValue()).toBe('Zahlen Neuzugewanderter');
    for (const label of ['Art', 'Minuten', 'Wer', 'Hinweis'])
      expect(await landkreis.getByLabel(label, { exact: true }).count()).toBe(1);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await pressIn(row(3), 'Enter');
    expect(await row(2).getAttribute('aria-expanded')).toBe('false');
    expect(await row(3).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('textbox', { name: 'Titel', exact: true }).count()).toBe(1);

    await tabTo(page, page.getByRole('textbox', { name: 'Titel', exact: true }));
    await page.keyboard.press('Escape');
    await focusArrives(row(3));
    expect(await row(3).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('textbox', { name: 'Titel', exact: true }).count()).toBe(0);
  });

  it('a change of minutes shifts the times of every following row at once', async () => {
    await pressIn(row(1), 'Enter', true);
    const minutes = page.getByRole('group', { name: /^TOP 1:/ }).getByLabel('Minuten', { exact: true });
    await tabTo(page, minutes);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('30');
    expect(await rowLines()).toEqual([
      'TOP 1 · 15:00–15:30 · 30 Min. Begrüßung und Vorstellungsrunde',
      'TOP 2 · 15:30–16:00 · 30 Min. Aktuelles aus dem Landkreis',
      'TOP 3 · 16:00–16:45 · 45 Min. Aktuelles aus den Initiativen',
      'TOP 4 · 16:45–17:05 · 20 Min. Kaffeepause',
      'TOP 5 · 17:05–17:50 · 45 Min. Input von dritter Seite',
      'TOP 6 · 17:50–18:10 · 20 Min. Termine und nächstes Treffen',
    ]);
    await page.getByText('Geplant: 190 von 180 Minuten – 10 Minuten zu lang. Ende um 18:10 Uhr.').waitFor();

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('20');
    expect(await rowLines()).toEqual(STANDARD_ROWS);
    await pressIn(page.getByRole('button', { name: 'Fertig', exact: true }), 'Enter');
    await focusArrives(row(1));
  });

  it('moves an item by keyboard: the focus stays on its arrow, the new place and times are announced and saved', async () => {
    const up = page.getByRole('button', { name: 'Kaffeepause nach oben' });
    await pressIn(up, 'Enter');
    await spoken().filter({ hasText: 'Kaffeepause ist jetzt TOP 3, 15:50 bis 16:10 Uhr.' }).waitFor();
    expect(await hasFocus(up)).toBe(true);
    expect((await rowLines()).slice(2, 4)).toEqual([
      'TOP 3 · 15:50–16:10 · 20 Min. Kaffeepause',
      'TOP 4 · 16:10–16:55 · 45 Min. Aktuelles aus den Initiativen',
    ]);
    await savedInOrder([
      'Begrüßung und Vorstellungsrunde',
      'Aktuelles aus dem Landkreis',
      'Kaffeepause',
      'Aktuelles aus den Initiativen',
      'Input von dritter Seite',
      'Termine und nächstes Treffen',
    ]);

    await page.keyboard.press('Enter');
    expect(await hasFocus(up)).toBe(true);
    expect((await rowLines()).slice(1, 3)).toEqual([
      'TOP 2 · 15:20–15:40 · 20 Min. Kaffeepause',
      'TOP 3 · 15:40–16:10 · 30 Min. Aktuelles aus dem Landkreis',
    ]);
  });

  it('moves an item by dragging its handle: announced, the times follow, and the saved agenda has the new order', async () => {
    const handle = page.getByTitle('Termine und nächstes Treffen ziehen, um den Punkt zu verschieben');
    await handle.dragTo(row(1), { targetPosition: { x: 20, y: 2 } });
    await spoken().filter({ hasText: 'Termine und nächstes Treffen ist jetzt TOP 1, 15:00 bis 15:20 Uhr.' }).waitFor();
    expect(await rowLines()).toEqual([
      'TOP 1 · 15:00–15:20 · 20 Min. Termine und nächstes Treffen',
      'TOP 2 · 15:20–15:40 · 20 Min. Begrüßung und Vorstellungsrunde',
      'TOP 3 · 15:40–16:00 · 20 Min. Kaffeepause',
      'TOP 4 · 16:00–16:30 · 30 Min. Aktuelles aus dem Landkreis',
      'TOP 5 · 16:30–17:15 · 45 Min. Aktuelles aus den Initiativen',
      'TOP 6 · 17:15–18:00 · 45 Min. Input von dritter Seite',
    ]);
    await savedInOrder([
      'Termine und nächstes Treffen',
      'Begrüßung und Vorstellungsrunde',
      'Kaffeepause',
      'Aktuelles aus dem Landkreis',
      'Aktuelles aus den Initiativen',
      'Input von dritter Seite',
    ]);

    // Down the list again, with the pointer in steps, onto the lower half of the last row.
    await timePlan().evaluate((list) => list.scrollIntoView({ block: 'center' }));
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const last = (await row(6).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, last.y + last.height - 2, { steps: 8 });
    await page.mouse.up();
    await spoken().filter({ hasText: 'Termine und nächstes Treffen ist jetzt TOP 6, 17:40 bis 18:00 Uhr.' }).waitFor();
    await savedInOrder([
      'Begrüßung und Vorstellungsrunde',
      'Kaffeepause',
      'Aktuelles aus dem Landkreis',
      'Aktuelles aus den Initiativen',
      'Input von dritter Seite',
      'Termine und nächstes Treffen',
    ]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
});
