import type { Page } from 'playwright-core';
import { SEED } from '../../src/emulator/server';
import { emulatorControl, emulatorJournal, listItems } from './support/graphProbe';
import { axeViolations, hasHorizontalScroll, type Harness, startHarness, TEST_NOW } from './support/harness';
import { invitationRecord, organiserEvents } from './support/invitation';
import { openView, planTheMeeting, savedInSharePoint, sendInvitationEarly } from './support/journey';

const ANSWERS: [string, 'accepted' | 'tentativelyAccepted' | 'declined'][] = [
  ['hannelore.vogt@web.de', 'accepted'],
  ['k.haddad@gmx.de', 'accepted'],
  ['ute.schaper@t-online.de', 'accepted'],
  ['fritz.meyerhoff@posteo.de', 'tentativelyAccepted'],
  ['ingrid.lohmann@gmx.de', 'declined'],
];

describe('Einladung: the invitation to the distribution list and the replies', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness('browser-einladung');
    ({ page } = await harness.newPage());
    await page.goto(harness.paneUrl);
    await planTheMeeting(page);
    await savedInSharePoint(page);
    await openView(page, 'Einladung');
  });

  afterAll(() => harness?.close());

  it('shows the due date three weeks ahead and the invitation as invitees will see it', async () => {
    await page.getByText('Noch nicht eingeladen').waitFor();
    await page.getByText('Fällig am Dienstag, 23. Februar 2027 (etwa drei Wochen vor dem Treffen)').waitFor();
    await page.getByText('Vernetzungstreffen der Ehrenamtskoordination am Dienstag, 16. März 2027').waitFor();
    await page.getByText('Dienstag, 16. März 2027, 15:00–18:00 Uhr').waitFor();
    const body = page.frameLocator('iframe[title="Text der Einladung, wie ihn die Eingeladenen lesen"]');
    await body.getByText('Begrüßung und Vorstellungsrunde').first().waitFor();
    await body.getByText(/Kofinanziert von der Europäischen Union/).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends after a failed first attempt (503) with exactly one event for the list, with the agenda', async () => {
    harness.emulator.setFaults({ rate503: 1, retryAfterSeconds: 0 });
    await sendInvitationEarly(page);
    // Graph does not expose Retry-After to pages: the client backs off on its own (five growing waits).
    await page.getByText('Die Einladung wurde nicht gesendet.').waitFor({ timeout: 120_000 });
    harness.emulator.setFaults({});
    await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();
    await page.getByText('Einladung verschickt', { exact: true }).waitFor({ timeout: 20000 });
    await savedInSharePoint(page);

    const events = await organiserEvents(harness);
    expect(events).toHaveLength(1);
    const addresses = events[0]!.attendees.map((a) => a.emailAddress.address);
    expect(addresses).toContain(SEED.distributionListMail);
    expect(addresses).toContain(SEED.fsaGroupMail);
    expect(addresses).toContain(SEED.roomMail);
    expect(events[0]!.body.content).toContain('Begrüßung und Vorstellungsrunde');
    const creates = (await emulatorJournal(harness))
      .filter((e) => e.method === 'POST' && /\/me\/events$/.test(e.url.split('?')[0]!))
      .map((e) => e.response.status);
    expect(creates).toContain(503);
    expect(creates.filter((status) => status === 201)).toHaveLength(1);
  }, 180_000);

  it('records event id, iCalUId, web link, status eingeladen and the sending time in the list item', async () => {
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    const invited = items.filter((i) => i.fields.TpStatus === 'eingeladen');
    expect(invited).toHaveLength(1);
    const [event] = await organiserEvents(harness);
    const fields = invited[0]!.fields;
    expect(fields.TpTerminId).toBe(event!.id);
    expect(String(fields.TpICalUId)).toMatch(/^[0-9A-F]{20,}/i);
    expect(String(fields.TpTermin)).toMatch(/^https:\/\//);
    const recorded = invitationRecord(invited[0]!);
    expect(recorded.eTag).toEqual(expect.any(String));
    // Sent on the browser's fixed clock: the column and TpDaten name the same instant, TEST_NOW.
    expect(Date.parse(recorded.sentAt)).toBe(TEST_NOW.getTime());
    expect(Date.parse(String(recorded.TpEingeladenAm))).toBe(Date.parse(recorded.sentAt));
  });

  it('shows the counts and names after five invitees answer', async () => {
    const [event] = await organiserEvents(harness);
    for (const [attendee, response] of ANSWERS) {
      await emulatorControl(harness, '/_emulator/replies', { eventId: event!.id, attendee, response });
    }
    await page.getByRole('button', { name: 'Antworten aktualisieren' }).click();
    const accepted = page.getByRole('list', { name: 'Zugesagt (3)' });
    await accepted.getByText('Hannelore Vogt').waitFor();
    await accepted.getByText('Karim Haddad').waitFor();
    await page.getByRole('list', { name: 'Vielleicht (1)' }).getByText('Friedrich Meyerhoff').waitFor();
    await page.getByRole('list', { name: 'Abgesagt (1)' }).getByText('Ingrid Lohmann').waitFor();
    await page.getByText('Für Kaffee und Kekse mit 6 Personen rechnen (Gastgebende eingerechnet).').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('offers to send a change after sending, and sends it as an update after confirmation', async () => {
    await openView(page, 'Planen');
    await page.getByLabel('Beginn', { exact: true }).fill('15:30');
    await savedInSharePoint(page);
    await openView(page, 'Einladung');
    await page.getByText(/Geändert: Zeit, Tagesordnung und Hinweise/).waitFor();
    await page.getByRole('button', { name: 'Änderung an alle senden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Aktualisierung senden' }).click();
    await page.getByText('Einladung verschickt und aktualisiert').waitFor({ timeout: 20000 });
    const box = await emulatorControl(
      harness,
      `/_emulator/mailbox/${encodeURIComponent('k.haddad@gmx.de')}/invitations`,
    );
    const messages = box.value as { method: string; sequence: number }[];
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.at(-1)!.sequence).toBeGreaterThan(messages[0]!.sequence);
  });

  it('cancels with a message by keyboard and marks the meeting abgesagt', async () => {
    await page.getByRole('button', { name: 'Treffen absagen …' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Treffen absagen?' });
    const message = dialog.getByLabel(/Nachricht an die Eingeladenen/);
    await message.fill('Wegen Glatteis fällt das Treffen aus. Neuer Termin folgt.');
    await dialog.getByRole('button', { name: 'Absage senden' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Treffen abgesagt', { exact: true }).waitFor({ timeout: 20000 });
    await savedInSharePoint(page);
    const items = await listItems(harness.emulator, 'Vernetzungstreffen');
    expect(items.filter((i) => i.fields.TpStatus === 'abgesagt')).toHaveLength(1);
    const box = await emulatorControl(
      harness,
      `/_emulator/mailbox/${encodeURIComponent('k.haddad@gmx.de')}/invitations`,
    );
    const last = (box.value as { method: string; comment?: string }[]).at(-1)!;
    expect(last.method).toBe('CANCEL');
    expect(last.comment).toContain('Glatteis');
    // As in Exchange, the cancelled event went to Deleted Items: the organiser's calendar no longer has it.
    expect(await organiserEvents(harness)).toEqual([]);
  });
});
