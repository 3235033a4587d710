import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import {
  answerSharePointPages,
  asBrowserUrl,
  createButton,
  doneStatus,
  downloadBytes,
  eventually,
  headingsOf,
  type LibraryFile,
  libraryFile,
  makeByKeyboard,
  openByKeyboard,
  pdfLayout,
  readDocx,
  readPdf,
  sha256,
  tableRows,
} from './support/documents';
import { emulatorControl } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import {
  inviteToTheMeeting,
  MEETING_DAY,
  MEETING_EVENING,
  noteBox,
  savedInSharePoint,
  SPEAKER,
} from './support/journey';
import { focusArrives, tabTo } from './support/keyboard';
import { ACTION, ANSWERS, DECISION, meetingItem, NOTES, openProtokollByKeyboard, typeInto } from './support/minutes';

/** The meeting's folder below the library's root. */
const FOLDER = `Vernetzungstreffen/${MEETING_DAY} Vernetzungstreffen`;
const LONG_DATE = 'Dienstag, 16. März 2027';
const VENUE = 'Kreishaus Northeim';
const ADDRESS = 'Medenheimer Straße 6/8, 37154 Northeim';
const FUNDING = 'Kofinanziert von der Europäischen Union';
const SHEET = `${FOLDER}/${MEETING_DAY} Teilnehmendenliste.pdf`;

/** The names of those who said yes or maybe, as the directory has them; and of the one who declined. */
const COMING = ['Hannelore Vogt', 'Karim Haddad', 'Ute Schaper', 'Tobias Rehkopf', 'Natalia Wójcik'];
const MAYBE = 'Friedrich Meyerhoff';
const DECLINED = 'Ingrid Lohmann';

interface AgendaItem {
  title: string;
  minutes: number;
}

/** "15:00" plus minutes, on the clock. */
function clockAfter(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The agenda as the list item stores it, each item with its start on the clock (from 15:00). */
async function agendaWithTimes(harness: Harness): Promise<{ title: string; start: string }[]> {
  const stored = JSON.parse(String((await meetingItem(harness)).fields.TpDaten)) as {
    meeting: { agenda: AgendaItem[] };
  };
  let start = '15:00';
  return stored.meeting.agenda.map((item) => {
    const row = { title: item.title, start };
    start = clockAfter(start, item.minutes);
    return row;
  });
}

/** The list item's "Dokumente" column links this address (as rich text: `<a href="…">`). */
async function linkedFromListItem(harness: Harness, webUrl: string): Promise<string> {
  const read = async () => String((await meetingItem(harness)).fields.TpDokumente ?? '');
  return eventually(read, (html) => html.includes(`href="${webUrl}"`));
}

/** The tab's place in its tab list. */
const tabIndex = (tab: Locator) =>
  tab.evaluate((el) => [...(el.closest('[role="tablist"]')?.querySelectorAll('[role="tab"]') ?? [])].indexOf(el));

/** Tab by tab to the selected view's tab (the tablist's one stop), arrows to another, Enter. */
async function switchViewByKeyboard(page: Page, to: string) {
  const selected = page.getByRole('tab', { selected: true });
  const from = await tabIndex(selected);
  const target = await tabIndex(page.getByRole('tab', { name: to }));
  expect(target).toBeGreaterThanOrEqual(0);
  await tabTo(page, selected, { backwards: true, limit: 200 });
  const key = target > from ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.abs(target - from); i++) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: to, level: 2 }).waitFor();
}

/** The Dokumente section of the view: axe clean and no horizontal scroll at 320 px. */
async function checkSection(page: Page) {
  await page.getByRole('heading', { name: 'Dokumente' }).first().waitFor();
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await axeViolations(page)).toEqual([]);
}

describe('Dokumente at 320 × 570, by keyboard alone: made, filed in the meeting’s folder, opened, linked, read back', () => {
  let harness: Harness;
  let page: Page;
  let context: BrowserContext;
  const filed = new Map<string, LibraryFile>();
  /** The year report's bytes as first filed. */
  let firstReport = '';

  /** Makes the document by keyboard, checks the file, the opened windows and the list item's link. */
  async function makeAndCheck(label: string, filePath: string, linked = true) {
    const openedAfterUpload = await makeByKeyboard(page, context, label);
    const file = await libraryFile(harness, filePath);
    expect(openedAfterUpload).toBe(asBrowserUrl(file.webUrl));
    expect(await openByKeyboard(page, context, label)).toBe(asBrowserUrl(file.webUrl));
    if (linked) expect(await linkedFromListItem(harness, file.webUrl)).toContain(`href="${file.webUrl}"`);
    filed.set(label, file);
    return file;
  }

  beforeAll(async () => {
    harness = await startHarness('browser-dokumente');
    ({ page, context } = await harness.newPage());
    await answerSharePointPages(context);
    await page.goto(harness.paneUrl);
    await inviteToTheMeeting(page);
    const { TpTerminId: eventId } = (await meetingItem(harness)).fields;
    for (const [attendee, response] of ANSWERS) {
      await emulatorControl(harness, '/_emulator/replies', { eventId, attendee, response });
    }
  });

  afterAll(() => harness?.close());

  it('Einladung: the sign-in sheet, the agenda and the photo notice in A4 and A3, each filed, opened and linked', async () => {
    await page.getByRole('heading', { name: 'Einladung', level: 2 }).waitFor();
    const sheet = await makeAndCheck('Teilnehmendenliste', SHEET);
    // The team's settings print no names (the demo's default): every row is left to be signed in.
    const blank = await readPdf(await downloadBytes(sheet));
    expect(blank.tagged).toBe(true);
    for (const text of [LONG_DATE, ADDRESS, FUNDING, 'Unterschrift']) expect(blank.text).toContain(text);
    for (const name of [...COMING, MAYBE, DECLINED]) expect(blank.text).not.toContain(name);
    await makeAndCheck('Tagesordnung', `${FOLDER}/${MEETING_DAY} Tagesordnung.pdf`);
    await makeAndCheck('Fotohinweis (A4)', `${FOLDER}/${MEETING_DAY} Fotohinweis A4.pdf`);
    await makeAndCheck('Fotohinweis (A3)', `${FOLDER}/${MEETING_DAY} Fotohinweis A3.pdf`);
    await checkSection(page);
  });

  it('reads the agenda back: tagged, date, venue, every item with its clock time, the funding line', async () => {
    const bytes = await downloadBytes(filed.get('Tagesordnung')!);
    const pdf = await readPdf(bytes);
    expect(pdf.tagged).toBe(true);
    expect(pdf.text).toContain(LONG_DATE);
    expect(pdf.text).toContain(VENUE);
    expect(pdf.text).toContain(ADDRESS);
    // The table as laid out: one block of lines per row, its time beside its topic.
    const rows = tableRows(await pdfLayout(bytes), /^Uhrzeit\s+TOP\s+Thema/, /^Hinweis:/);
    const agenda = await agendaWithTimes(harness);
    expect(rows).toHaveLength(agenda.length);
    for (const [i, { title, start }] of agenda.entries()) {
      expect(rows[i]).toMatch(new RegExp(`${start}–\\d\\d:\\d\\d ${i + 1} `));
      expect(rows[i]).toContain(title);
    }
    expect(pdf.text).toContain(FUNDING);
  });

  it('reads the posters back: tagged, A4 and A3, contact, retention, how to opt out, the funding line', async () => {
    for (const [label, size] of [
      ['Fotohinweis (A4)', /A4/],
      ['Fotohinweis (A3)', /A3/],
    ] as const) {
      const pdf = await readPdf(await downloadBytes(filed.get(label)!));
      expect(pdf.tagged).toBe(true);
      expect(pdf.pageSize).toMatch(size);
      expect(pdf.text).toContain('Bei diesem Treffen wird fotografiert');
      expect(pdf.text).toContain(LONG_DATE);
      expect(pdf.text).toContain(ADDRESS);
      expect(pdf.text).toContain('datenschutz@landkreis-northeim.de');
      expect(pdf.text).toMatch(/Speicherdauer: 24 Monate nach dem Treffen/);
      expect(pdf.text).toContain('Sie möchten nicht auf den Fotos sein?');
      expect(pdf.text).toContain('Sagen Sie es bitte dem Organisationsteam');
      expect(pdf.text).toContain(FUNDING);
    }
  });

  it('Protokoll on the evening: notes, a decision and an action typed; the minutes as Word and PDF', async () => {
    await context.clock.setFixedTime(MEETING_EVENING);
    await page.reload();
    await openProtokollByKeyboard(page);
    await page.getByText(/Aus den Antworten auf die Einladung vorausgefüllt/).waitFor();
    for (const [i, note] of NOTES.entries()) await typeInto(page, noteBox(page, i + 1), note);
    await tabTo(page, page.getByRole('button', { name: 'Beschluss hinzufügen' }));
    await page.keyboard.press('Enter');
    await focusArrives(page.getByRole('textbox', { name: 'Beschluss 1' }));
    await page.keyboard.type(DECISION);
    await tabTo(page, page.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    await page.keyboard.press('Enter');
    await focusArrives(page.getByRole('textbox', { name: 'Was ist zu tun?' }));
    await page.keyboard.type(ACTION.what);
    await typeInto(page, page.getByRole('textbox', { name: /^Wer/ }), ACTION.who);
    await savedInSharePoint(page);

    await makeAndCheck('Protokoll (Word)', `${FOLDER}/${MEETING_DAY} Protokoll.docx`);
    await makeAndCheck('Protokoll (PDF)', `${FOLDER}/${MEETING_DAY} Protokoll.pdf`);
    // The Word file stays linked beside the PDF (the record keeps the other format as its copy).
    const links = String((await meetingItem(harness)).fields.TpDokumente);
    expect(links).toContain(`href="${filed.get('Protokoll (Word)')!.webUrl}"`);
    await checkSection(page);
  });

  it('reads the minutes back: a heading per agenda item, the notes, the decision and the action', async () => {
    const agenda = await agendaWithTimes(harness);
    const word = await readDocx(await downloadBytes(filed.get('Protokoll (Word)')!));
    const headings = headingsOf(word.html);
    for (const { title } of agenda) expect(headings.some((h) => h.includes(title))).toBe(true);
    for (const note of NOTES) expect(word.text).toContain(note);
    expect(word.text).toContain(DECISION);
    expect(word.text).toContain(ACTION.what);
    expect(word.text).toContain(ACTION.who);
    expect(word.text).toContain(LONG_DATE);
    expect(word.text).toContain(FUNDING);

    const pdf = await readPdf(await downloadBytes(filed.get('Protokoll (PDF)')!));
    expect(pdf.tagged).toBe(true);
    for (const { title } of agenda) expect(pdf.text).toContain(title);
    for (const text of [LONG_DATE, VENUE, DECISION, ACTION.what, NOTES[0]!, FUNDING]) expect(pdf.text).toContain(text);
  });

  it('the sign-in sheet without names while the settings say so, with the expected ones once allowed', async () => {
    await makeAndCheck('Teilnehmendenliste', SHEET);
    const without = await readPdf(await downloadBytes(filed.get('Teilnehmendenliste')!));
    expect(without.tagged).toBe(true);
    for (const text of [LONG_DATE, ADDRESS, FUNDING, 'Unterschrift', 'Art. 13 DSGVO'])
      expect(without.text).toContain(text);
    for (const name of [...COMING, MAYBE, DECLINED]) expect(without.text).not.toContain(name);

    // Einstellungen: "Namen der Anwesenden in die SharePoint-Liste schreiben" on, saved.
    await switchViewByKeyboard(page, 'Einstellungen');
    const names = page.getByRole('switch', { name: /Namen der Anwesenden/ });
    await tabTo(page, names, { limit: 200 });
    expect(await names.isChecked()).toBe(false);
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Einstellungen speichern' }));
    await page.keyboard.press('Enter');
    await page.getByText('Die Einstellungen sind in SharePoint gespeichert.').waitFor();

    await switchViewByKeyboard(page, 'Protokoll');
    await noteBox(page, 1).waitFor();
    const sheet = await makeAndCheck('Teilnehmendenliste', SHEET);
    const withNames = await readPdf(await downloadBytes(sheet));
    expect(withNames.tagged).toBe(true);
    for (const name of [...COMING, MAYBE]) expect(withNames.text).toContain(name);
    expect(withNames.text).not.toContain(DECLINED);
    expect(withNames.text).toContain(FUNDING);
  });

  it('Verlauf: the year report 2027 (Word) filed in Jahresberichte and opened; it lists the meeting', async () => {
    await switchViewByKeyboard(page, 'Verlauf');
    const label = 'Jahresbericht 2027 (Word)';
    await page.getByRole('combobox', { name: 'Jahr des Berichts' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Jahr des Berichts' }).inputValue()).toBe('2027');
    await makeAndCheck(label, 'Jahresberichte/Jahresbericht 2027.docx', false);
    await checkSection(page);
    const bytes = await downloadBytes(filed.get(label)!);
    firstReport = sha256(bytes);
    const report = await readDocx(bytes);
    expect(report.text).toMatch(/16\.(03\.|\s?März\s)2027/);
    expect(report.text).toContain(VENUE);
    expect(report.text).toContain(SPEAKER.topic);
    expect(report.text).toContain(FUNDING);
  });

  it('a failed upload (no write on the library) says so in German; "Erneut hochladen" files the same bytes', async () => {
    const label = 'Jahresbericht 2027 (Word)';
    const before = await libraryFile(harness, 'Jahresberichte/Jahresbericht 2027.docx');
    // A minute later, so a file made again would differ from the one filed before (its time inside).
    await context.clock.setFixedTime(new Date(MEETING_EVENING.getTime() + 60_000));
    await emulatorControl(harness, '/_emulator/tenant', { preset: 'site-read' });
    await tabTo(page, createButton(page, label), { backwards: true });
    await page.keyboard.press('Enter');
    // Said at the document (Fluent's message bar): what failed, the grant IT has to give, and that the made file is kept.
    const problem = page
      .locator('.fui-MessageBar')
      .filter({ hasText: `${label} ist erstellt, aber nicht in SharePoint abgelegt.` });
    await problem.waitFor({ timeout: 60_000 });
    const said = await problem.innerText();
    expect(said).toMatch(/Treffpunkt fehlt dafür eine Berechtigung: Dokumentbibliothek der Website/);
    expect(said).toMatch(/Die IT des Landkreises muss erteilen: .*Sites\.Selected/s);
    expect(said).toContain('„Erneut hochladen“ legt genau sie ab');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // The kept file, downloaded directly (a plain browser lets the pane's downloads through).
    const download = page.getByRole('button', { name: `Herunterladen – ${label}` });
    await tabTo(page, download);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const keptPath = await saved.path();
    const kept = readFileSync(keptPath);

    // The grant given; another minute on, so making it again would show in the bytes.
    await emulatorControl(harness, '/_emulator/tenant', { preset: 'least-privilege' });
    await context.clock.setFixedTime(new Date(MEETING_EVENING.getTime() + 120_000));
    const retry: Locator = page.getByRole('button', { name: 'Erneut hochladen' });
    await tabTo(page, retry);
    const opened = await (async () => {
      const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
      await doneStatus(page, label).waitFor({ timeout: 60_000 });
      const url = popup.url();
      await popup.close();
      return url;
    })();
    const after = await libraryFile(harness, 'Jahresberichte/Jahresbericht 2027.docx');
    expect(opened).toBe(asBrowserUrl(after.webUrl));
    expect(after.webUrl).toBe(before.webUrl);
    const refiled = await downloadBytes(after);
    expect(sha256(refiled)).toBe(sha256(kept));
    expect(after.size).toBe(kept.byteLength);
    expect(sha256(refiled)).not.toBe(firstReport);
  });

  it('every file lies in the library with its type and each of the meeting’s stays linked; figures printed', async () => {
    const lines: string[] = [];
    for (const [label, file] of filed) {
      const current = await libraryFile(harness, file.path);
      const pdf = current.path.endsWith('.pdf');
      expect(current.mimeType).toBe(
        pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      const pages = pdf ? `, ${(await readPdf(await downloadBytes(current))).pages} S.` : '';
      lines.push(`${label}: ${current.size} B${pages}`);
    }
    console.log(lines.join('\n'));
    // Each of the meeting's files stays linked from its list item (both posters, both formats of the minutes).
    const links = String((await meetingItem(harness)).fields.TpDokumente);
    const meetingFiles = [...filed.values()].filter((file) => file.path.startsWith(`${FOLDER}/`));
    expect(meetingFiles).toHaveLength(6);
    for (const file of meetingFiles) expect(links).toContain(`href="${file.webUrl}"`);
  });
});
