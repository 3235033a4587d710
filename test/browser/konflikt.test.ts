import type { Page } from 'playwright-core';
import { listItems } from './support/graphProbe';
import { animationsDone, axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { inviteToTheMeeting, MEETING_EVENING, noteBox, openView, savedInSharePoint } from './support/journey';
import { tabTo } from './support/keyboard';

const FIRST = 'Frau Albers begrüßt 14 Personen, darunter zwei neue Initiativen aus Uslar.';
const SECOND = 'Begrüßung; Vorstellungsrunde mit Schwerpunkt Sprachpaten.';
const ANOTHER = 'Neue Sprechzeiten im Fachdienst Migration.';

async function storedMeeting(harness: Harness) {
  const items = await listItems(harness.emulator, 'Vernetzungstreffen');
  const ours = items.filter((i) => String(i.fields.TpBeginn ?? '').startsWith('2027-03-16'));
  expect(ours).toHaveLength(1);
  const data = JSON.parse(String(ours[0]!.fields.TpDaten)) as {
    meeting: { minutes?: { notes: Record<string, string> } };
  };
  return { fields: ours[0]!.fields, notes: Object.values(data.meeting.minutes?.notes ?? {}) };
}

async function openProtokoll(page: Page) {
  await openView(page, 'Protokoll');
  await noteBox(page, 1).waitFor();
  await page.getByText(/Aus den Antworten auf die Einladung vorausgefüllt/).waitFor();
  await savedInSharePoint(page);
}

describe('Two panes write the minutes of the same meeting', () => {
  let harness: Harness;
  /** The coordinator's pane. */
  let mine: Page;
  /** A colleague's pane, opened before the coordinator's last save. */
  let colleague: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-konflikt');
    ({ page: mine } = await harness.newPage());
    await mine.goto(harness.paneUrl);
    await inviteToTheMeeting(mine);
    await mine.context().clock.setFixedTime(MEETING_EVENING);
    await mine.reload();
    await openProtokoll(mine);

    ({ page: colleague } = await harness.newPage());
    await colleague.context().clock.setFixedTime(MEETING_EVENING);
    await colleague.goto(harness.paneUrl);
    await openProtokoll(colleague);
  });

  afterAll(() => harness?.close());

  it('meets the conflict view on the second save, showing what differs, and overwrites nothing', async () => {
    await noteBox(mine, 1).fill(FIRST);
    await savedInSharePoint(mine);

    await tabTo(colleague, noteBox(colleague, 1));
    await colleague.keyboard.type(SECOND);
    await tabTo(colleague, noteBox(colleague, 2));
    await colleague.keyboard.type(ANOTHER);

    await colleague.getByText('Gleichzeitig geändert.').waitFor({ timeout: 30_000 });
    await colleague.getByText('Was sich unterscheidet').waitFor();
    const differences = colleague.getByRole('listitem').filter({ hasText: 'Ihre Fassung' });
    await differences.filter({ hasText: FIRST }).filter({ hasText: SECOND }).waitFor();
    // SharePoint still holds the coordinator's note; the colleague's text is still in the pane.
    expect((await storedMeeting(harness)).notes).toEqual([FIRST]);
    expect(await noteBox(colleague, 1).inputValue()).toBe(SECOND);
    await animationsDone(colleague);
    expect(await hasHorizontalScroll(colleague)).toBe(false);
    expect(await axeViolations(colleague)).toEqual([]);
  });

  it('keeps it on the device across a reload while undecided', async () => {
    await colleague.reload();
    await openView(colleague, 'Protokoll');
    await colleague.getByText('Gleichzeitig geändert.').waitFor({ timeout: 30_000 });
    expect(await noteBox(colleague, 1).inputValue()).toBe(SECOND);
    expect(await noteBox(colleague, 2).inputValue()).toBe(ANOTHER);
  });

  it('merges knowingly: both notes on the first item, marked, and the colleague’s second note', async () => {
    await tabTo(colleague, colleague.getByRole('button', { name: 'Zusammenführen' }));
    await colleague.keyboard.press('Enter');
    await savedInSharePoint(colleague);
    const { notes, fields } = await storedMeeting(harness);
    expect(notes[0]).toContain(FIRST);
    expect(notes[0]).toContain(SECOND);
    expect(notes).toContain(ANOTHER);
    expect(String(fields.TpProtokoll)).toContain(FIRST);
    expect(String(fields.TpProtokoll)).toContain(ANOTHER);
  });

  it('lets the coordinator, now behind, take the merged version from SharePoint', async () => {
    await noteBox(mine, 3).fill('Uslar plant ein Sommerfest.');
    await mine.getByText('Gleichzeitig geändert.').waitFor({ timeout: 30_000 });
    await mine.getByRole('button', { name: 'Fassung aus SharePoint übernehmen' }).click();
    await savedInSharePoint(mine);
    expect(await noteBox(mine, 2).inputValue()).toBe(ANOTHER);
    expect(await noteBox(mine, 1).inputValue()).toContain(SECOND);
    // Taking theirs drops the coordinator's own unsaved line: chosen, not silent.
    expect((await storedMeeting(harness)).notes).not.toContain('Uslar plant ein Sommerfest.');
  });
});
