import type { Page } from 'playwright-core';

export const SPEAKER = {
  name: 'Dr. Lena Hoffmann',
  organisation: 'Jobcenter Landkreis Northeim',
  topic: 'Bürgergeld und Ehrenamt',
};

/** The day of the meeting the journeys plan, invite to and write the minutes of. */
export const MEETING_DAY = '2027-03-16';

/** Planen: date, start, venue and speaker of the meeting on 16 March 2027 in the Kreishaus. */
export async function planTheMeeting(page: Page) {
  await page.getByRole('heading', { name: 'Tagesordnung', level: 3 }).waitFor();
  await page.getByLabel('Datum des Treffens', { exact: true }).fill(MEETING_DAY);
  await page.getByLabel('Beginn', { exact: true }).fill('15:00');
  await page.getByLabel('Ort').selectOption({ label: 'Kreishaus Northeim' });
  await page.getByLabel('Name der Referentin oder des Referenten').fill(SPEAKER.name);
  await page.getByLabel('Organisation').fill(SPEAKER.organisation);
  await page.getByLabel('Thema des Inputs').fill(SPEAKER.topic);
}

export async function savedInSharePoint(page: Page, timeout = 20000) {
  await page.getByRole('status').filter({ hasText: 'In SharePoint gespeichert' }).waitFor({ timeout });
}

export async function openView(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

/** Einladung: "Schon jetzt einladen" for the meeting on 16 March 2027, confirmed. */
export async function sendInvitationEarly(page: Page) {
  await page.getByRole('button', { name: 'Schon jetzt einladen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schon jetzt einladen?' });
  await dialog.getByText(/erst am Dienstag, 23\. Februar 2027 fällig/).waitFor();
  await dialog.getByRole('button', { name: 'Jetzt einladen' }).click();
}

/** Planen and Einladung: the meeting on 16 March 2027 planned, saved and its invitation sent. */
export async function inviteToTheMeeting(page: Page) {
  await planTheMeeting(page);
  await savedInSharePoint(page);
  await openView(page, 'Einladung');
  await sendInvitationEarly(page);
  await page.getByText('Einladung verschickt', { exact: true }).waitFor({ timeout: 60_000 });
  await savedInSharePoint(page);
}

/** 17:30 in Northeim on the day of the meeting: the pane opens on it, and the minutes can be written. */
export const MEETING_EVENING = new Date('2027-03-16T16:30:00Z');

/** The text field for the notes on agenda item `top` in the Protokoll view. */
export const noteBox = (page: Page, top: number) => page.getByRole('textbox', { name: new RegExp(`^TOP ${top}:`) });
