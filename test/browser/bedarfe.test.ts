import type { BrowserContext, Page } from 'playwright-core';
import { listItems } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { inviteToTheMeeting, MEETING_EVENING, noteBox, savedInSharePoint } from './support/journey';
import { focusArrives, tabTo } from './support/keyboard';
import { openProtokollByKeyboard, typeInto } from './support/minutes';

const NEEDS_LIST = 'Treffpunkt-Bedarfe';
/** The notes of "Aktuelles aus den Initiativen" (TOP 3): a need the register knows, and a new one. */
const KNOWN = 'Netzwerk Asyl Uslar: Ehrenamtliche für Fahrdienste zu Arztterminen';
const NEW = 'Café International: Räume für Sprachcafés';

async function need(harness: Harness, title: string) {
  const found = (await listItems(harness.emulator, NEEDS_LIST)).filter((i) => i.fields.Title === title);
  expect(found).toHaveLength(1);
  return found[0]!.fields;
}

/** Picks a line of the notes by keyboard (the first is chosen; ArrowDown moves on) and records it. */
async function markLine(page: Page, index: number) {
  const lines = page.getByRole('combobox', { name: 'Zeile aus den Notizen' });
  await tabTo(page, lines);
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('button', { name: 'Zeile als Bedarf erfassen' }));
  await page.keyboard.press('Enter');
}

describe('Bedarfe at 320 px, by keyboard alone: a need from the minutes into the list and into the next Planen', () => {
  let harness: Harness;
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    harness = await startHarness('browser-bedarfe');
    ({ page, context } = await harness.newPage());
    await page.goto(harness.paneUrl);
    await inviteToTheMeeting(page);
    await context.clock.setFixedTime(MEETING_EVENING);
    await page.reload();
  });

  afterAll(() => harness?.close());

  it('marks a line of "Aktuelles aus den Initiativen" as a need: a new one is added, a known one counted again', async () => {
    await openProtokollByKeyboard(page);
    await typeInto(page, noteBox(page, 3), `${KNOWN}\n${NEW}`);

    await markLine(page, 1);
    await page.getByText('Als Bedarf erfasst: „Räume für Sprachcafés“.').waitFor();
    expect(await need(harness, 'Räume für Sprachcafés')).toMatchObject({
      TpErstmals: '16.03.2027',
      TpInitiativen: 1,
      TpNennungen: 1,
      TpBedarfStatus: 'offen',
      TpGenanntVon: 'Café International',
    });

    await markLine(page, 0);
    await page.getByText(/„Ehrenamtliche für Fahrdienste zu Arztterminen“ stand schon in der Liste/).waitFor();
    // Uslar had raised it before: one more mention, not one more initiative.
    expect(await need(harness, 'Ehrenamtliche für Fahrdienste zu Arztterminen')).toMatchObject({
      TpInitiativen: 2,
      TpNennungen: 3,
    });
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await savedInSharePoint(page);
  });

  it('offers the new need in the next Planen and takes it up as the input’s topic', async () => {
    await context.clock.setFixedTime(new Date('2027-04-20T08:00:00Z'));
    await page.reload();
    await page.getByRole('heading', { name: 'Planen', level: 2 }).waitFor();
    await page.getByText(/^3 Bedarfe sind offen/).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Offene Bedarfe zeigen' }));
    await page.keyboard.press('Enter');
    const open = page.getByRole('list', { name: 'Offene Bedarfe der Initiativen' });
    await open.getByText('Räume für Sprachcafés', { exact: true }).waitFor();
    expect(await open.getByText('Überblick über die Sprachkurse in den Kommunen').count()).toBe(0);

    const takeUp = page.getByRole('button', { name: '„Räume für Sprachcafés“ als Thema für den Input übernehmen' });
    await tabTo(page, takeUp);
    await page.keyboard.press('Enter');
    await page.getByText(/„Räume für Sprachcafés“ ist das Thema des Inputs/).waitFor();
    await focusArrives(page.getByRole('heading', { name: 'Offene Bedarfe der Initiativen', level: 3 }));
    expect(await page.getByLabel('Thema des Inputs').inputValue()).toBe('Räume für Sprachcafés');
    expect(await open.getByText('Räume für Sprachcafés', { exact: true }).count()).toBe(0);
    const taken = await need(harness, 'Räume für Sprachcafés');
    expect(taken.TpBedarfStatus).toBe('aufgegriffen');
    expect(String(taken.TpAufgegriffenIn)).toMatch(/^\d\d\.\d\d\.2027$/);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the need as taken up, and marks it done by keyboard: SharePoint has it as erledigt', async () => {
    const takenUp = page.getByRole('list', { name: 'Aufgegriffen, noch nicht erledigt' });
    const item = takenUp.getByRole('listitem').filter({ hasText: 'Räume für Sprachcafés' });
    await item.getByText(/aufgegriffen am \d\d\.\d\d\.2027/).waitFor();
    await tabTo(page, item.getByRole('button', { name: '„Räume für Sprachcafés“ als erledigt markieren' }));
    await page.keyboard.press('Enter');
    await page.getByText('„Räume für Sprachcafés“ steht in der Liste jetzt als erledigt', { exact: false }).waitFor();
    await focusArrives(page.getByRole('heading', { name: 'Offene Bedarfe der Initiativen', level: 3 }));
    expect(await takenUp.getByText('Räume für Sprachcafés', { exact: true }).count()).toBe(0);
    expect((await need(harness, 'Räume für Sprachcafés')).TpBedarfStatus).toBe('erledigt');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes "Erledigt" back by keyboard: SharePoint has the need as taken up again, by the same meeting', async () => {
    const takenIn = (await need(harness, 'Räume für Sprachcafés')).TpAufgegriffenIn;
    await tabTo(page, page.getByRole('button', { name: '„Räume für Sprachcafés“: Erledigt zurücknehmen' }));
    await page.keyboard.press('Enter');
    await page.getByText('„Räume für Sprachcafés“ ist wieder aufgegriffen, noch nicht erledigt.').waitFor();
    await focusArrives(page.getByRole('heading', { name: 'Offene Bedarfe der Initiativen', level: 3 }));
    const takenUp = page.getByRole('list', { name: 'Aufgegriffen, noch nicht erledigt' });
    await takenUp.getByText('Räume für Sprachcafés', { exact: true }).waitFor();
    const again = await need(harness, 'Räume für Sprachcafés');
    expect(again.TpBedarfStatus).toBe('aufgegriffen');
    expect(again.TpAufgegriffenIn).toBe(takenIn);
    expect(await page.getByRole('button', { name: /Erledigt zurücknehmen/ }).count()).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
