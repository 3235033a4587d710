import type { BrowserContext, Page } from 'playwright-core';
import { EXPENSE_LINES, typeExpenseLine } from './support/expenses';
import { emulatorControl, listItems } from './support/graphProbe';
import { animationsDone, axeViolations, hasHorizontalScroll, type Harness, startHarness } from './support/harness';
import { inviteToTheMeeting, MEETING_EVENING, noteBox, openView, savedInSharePoint } from './support/journey';
import { focusArrives, tabTo } from './support/keyboard';
import {
  ACTION,
  ANSWERS,
  DECISION,
  meetingItem,
  NOTES,
  openProtokollByKeyboard,
  typeInto,
  visibleMinutes,
  WALK_INS,
} from './support/minutes';

describe('Protokoll at 320 × 570, by keyboard alone: minutes, attendance and costs filed and restored', () => {
  let harness: Harness;
  let page: Page;
  let context: BrowserContext;
  let typed: Awaited<ReturnType<typeof visibleMinutes>>;

  beforeAll(async () => {
    harness = await startHarness('browser-protokoll');
    ({ page, context } = await harness.newPage());
    await page.goto(harness.paneUrl);
    await inviteToTheMeeting(page);
    const { TpTerminId: eventId } = (await meetingItem(harness)).fields;
    for (const [attendee, response] of ANSWERS) {
      await emulatorControl(harness, '/_emulator/replies', { eventId, attendee, response });
    }
    // The evening of the meeting: the pane opens on it, and the minutes can be written.
    await context.clock.setFixedTime(MEETING_EVENING);
    await page.reload();
  });

  afterAll(() => harness?.close());

  it('pre-fills the attendance from the replies, without the list, the room and those who declined', async () => {
    await openProtokollByKeyboard(page);
    await page.getByText(/Aus den Antworten auf die Einladung vorausgefüllt/).waitFor();
    const labels = await page.getByRole('list', { name: 'Anwesenheitsliste' }).getByRole('listitem').allTextContents();
    expect(labels.slice(0, 6)).toEqual([
      expect.stringContaining('Hannelore Vogt'),
      expect.stringContaining('Karim Haddad'),
      expect.stringContaining('Natalia Wójcik'),
      expect.stringContaining('Tobias Rehkopf'),
      expect.stringContaining('Ute Schaper'),
      expect.stringContaining('Friedrich Meyerhoff'),
    ]);
    // The further invitees from the settings have not answered: they follow, unticked.
    expect(labels.slice(6)).toEqual(['Bildungs- und Sprachkoordination', 'Flüchtlingssozialarbeit']);
    expect(labels.join('\n')).not.toMatch(/Ingrid Lohmann|Verteiler|ehrenamt@|Sitzungssaal|raum/i);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes notes for every agenda item, a decision, an action, twelve present and three expenses', async () => {
    for (const [i, note] of NOTES.entries()) await typeInto(page, noteBox(page, i + 1), note);
    await page.getByText('Zur Erinnerung:').first().waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Beschluss hinzufügen' }));
    await page.keyboard.press('Enter');
    await focusArrives(page.getByRole('textbox', { name: 'Beschluss 1' }));
    await page.keyboard.type(DECISION);

    await tabTo(page, page.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    await page.keyboard.press('Enter');
    await focusArrives(page.getByRole('textbox', { name: 'Was ist zu tun?' }));
    await page.keyboard.type(ACTION.what);
    await typeInto(page, page.getByRole('textbox', { name: /^Wer/ }), ACTION.who);

    const list = page.getByRole('list', { name: 'Anwesenheitsliste' });
    for (const box of (await list.getByRole('checkbox').all()).slice(0, ANSWERS.length - 1)) {
      await tabTo(page, box);
      await page.keyboard.press('Space');
    }
    for (const [name, initiative] of WALK_INS) {
      await typeInto(page, page.getByRole('textbox', { name: /^Name/ }), name);
      await typeInto(page, page.getByRole('textbox', { name: /^Initiative oder Stelle/ }), initiative);
      await tabTo(page, page.getByRole('button', { name: 'Person hinzufügen' }));
      await page.keyboard.press('Enter');
      await page.getByText(`${name} (${initiative}) als anwesend hinzugefügt.`).waitFor();
    }
    await page.getByText('12 Personen anwesend').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    typed = await visibleMinutes(page);
    expect(typed.notes).toEqual(NOTES);
    expect(typed.ticks.filter(([, present]) => present)).toHaveLength(12);

    await tabTo(page, page.getByRole('tab', { name: 'Protokoll' }), { backwards: true });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ausgaben', level: 2 }).waitFor();
    await tabTo(page, page.getByRole('combobox', { name: /^Kategorie/ }));
    await typeExpenseLine(page, EXPENSE_LINES[0]!, 'Enter');
    await typeExpenseLine(page, EXPENSE_LINES[1]!, 'Enter');
    await typeExpenseLine(page, EXPENSE_LINES[2]!, 'Space');
    // 76,00 € for twelve present.
    await page.getByText('6,33 €', { exact: true }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await savedInSharePoint(page);
  });

  it('files readable minutes, 12 present and the total in euros in the list item, status durchgeführt', async () => {
    const { fields } = await meetingItem(harness);
    expect(fields.TpStatus).toBe('durchgeführt');
    expect(fields.TpTeilnehmende).toBe(12);
    expect(fields.TpKosten).toBe(76);
    const minutes = String(fields.TpProtokoll);
    for (const note of NOTES) expect(minutes).toContain(note);
    expect(minutes).toMatch(/<h3>TOP 1: Begrüßung und Vorstellungsrunde/);
    expect(minutes).toContain(DECISION);
    expect(String(fields.TpBeschluesse)).toContain(DECISION);
    expect(String(fields.TpAufgaben)).toContain(`${ACTION.what} – ${ACTION.who}`);
    const costs = String(fields.TpKostenNotizen).split('\n');
    expect(costs[0]).toMatch(/^Verpflegung – Kaffee und Kekse – 24,90\s€ – bezahlt von M\. Albers – Beleg 2026-014$/);
    expect(costs).toContainEqual(expect.stringMatching(/^Summe: 76,00\s€$/));
  });

  it('restores every field exactly after a reload', async () => {
    await page.reload();
    await openProtokollByKeyboard(page);
    await page.getByText('12 Personen anwesend').waitFor();
    expect(await visibleMinutes(page)).toEqual(typed);
    await openView(page, 'Ausgaben');
    await page.getByRole('listitem').filter({ hasText: EXPENSE_LINES[2]!.description }).waitFor();
    const lines = await page.getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(3);
    for (const [i, line] of EXPENSE_LINES.entries()) {
      expect(lines[i]).toContain(line.description);
      expect(lines[i]).toContain(line.receipt);
    }
  });

  it('sends the minutes to those present after a confirmation, with a link to the list item', async () => {
    await openView(page, 'Protokoll');
    await tabTo(page, page.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Protokoll an \d+ Personen senden\?$/ });
    await dialog.waitFor();
    await animationsDone(page);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Jetzt senden' }).click();
    await page.getByText(/Das Protokoll ist um 17:30 Uhr an \d+ Personen verschickt\./).waitFor();
    const outbox = await emulatorControl(harness, '/_emulator/outbox');
    const mails = outbox.value as { subject: string; bccRecipients: unknown[]; body: { content: string } }[];
    const mail = mails.find((m) => m.subject.startsWith('Protokoll: Vernetzungstreffen am Dienstag, 16. März 2027'));
    expect(mail).toBeDefined();
    expect(mail!.body.content).toContain(NOTES[3]);
    expect(mail!.body.content).toContain(`href="${(await meetingItem(harness)).webUrl}"`);
  });

  it('fixes the next meeting: planned in the list with the standard agenda, and a To Do reminder at 09:00', async () => {
    await tabTo(page, page.getByLabel('Datum des nächsten Treffens', { exact: true }));
    // A two-digit year, confirmed with Enter in the field (the form's button by keyboard: nichtsVerloren).
    await page.keyboard.type('15.06.27');
    await page.keyboard.press('Enter');
    await page.getByText(/Das Treffen am Dienstag, 15\. Juni 2027 ist in der SharePoint-Liste angelegt/).waitFor();
    await page.getByText(/am Dienstag, 25\. Mai 2027 um 9:00 Uhr daran, die Einladung zu verschicken/).waitFor();
    await savedInSharePoint(page);

    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const june = items.filter((i) => String(i.fields.TpBeginn ?? '').startsWith('2027-06-15'));
    expect(june).toHaveLength(1);
    expect(june[0]!.fields.TpStatus).toBe('geplant');
    expect(String(june[0]!.fields.TpTagesordnung)).toContain('Begrüßung und Vorstellungsrunde');
    expect(String((await meetingItem(harness)).fields.TpNaechstesTreffen)).toMatch(/^2027-06-1[45]T/);

    const state = await emulatorControl(harness, '/_emulator/state');
    const lists = Object.values(
      state.todoLists as Record<
        string,
        { tasks: { title: string; reminderDateTime: unknown; dueDateTime: unknown }[] }[]
      >,
    ).flat();
    const task = lists.flatMap((l) => l.tasks).find((t) => t.title.includes('15. Juni 2027'));
    expect(task).toBeDefined();
    expect(task!.reminderDateTime).toEqual({
      dateTime: expect.stringMatching(/^2027-05-25T09:00:00/),
      timeZone: 'Europe/Berlin',
    });
  });

  it('closes the minutes as protokolliert and shows them read-only', async () => {
    await tabTo(page, page.getByRole('button', { name: 'Protokoll abschließen' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('dialog', { name: 'Protokoll abschließen?' })
      .getByRole('button', { name: 'Abschließen' })
      .press('Enter');
    await page.getByText('Das Protokoll ist abgeschlossen.').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await savedInSharePoint(page);
    expect((await meetingItem(harness)).fields.TpStatus).toBe('protokolliert');
    expect(await axeViolations(page)).toEqual([]);
  });
});
