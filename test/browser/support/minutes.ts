import type { Page } from 'playwright-core';
import { listItems } from './graphProbe';
import type { Harness } from './harness';
import { noteBox } from './journey';
import { tabTo } from './keyboard';

/* The Protokoll journey's evening: who answered, what is noted, who walks in, and how the pane and the
 * list item are read back. */

/** Six of the list's members answer: five come, one maybe, one cannot. */
export const ANSWERS: [string, 'accepted' | 'tentativelyAccepted' | 'declined'][] = [
  ['hannelore.vogt@web.de', 'accepted'],
  ['k.haddad@gmx.de', 'accepted'],
  ['ute.schaper@t-online.de', 'accepted'],
  ['tobias.rehkopf@web.de', 'accepted'],
  ['n.wojcik@posteo.de', 'accepted'],
  ['fritz.meyerhoff@posteo.de', 'tentativelyAccepted'],
  ['ingrid.lohmann@gmx.de', 'declined'],
];

export const NOTES = [
  'Begrüßung durch Frau Albers, zwei neue Initiativen stellen sich vor.',
  'Neue Ansprechpersonen im Fachdienst Migration; Sprechzeiten dienstags.',
  'Einbeck sucht Sprachpaten für Erwachsene; Uslar plant ein Sommerfest.',
  'Kurze Pause mit Kaffee und Keksen.',
  'Frau Dr. Hoffmann erklärt, wie Ehrenamtspauschale und Bürgergeld zusammenpassen.',
  'Nächster Fachtag am 3. Mai im Kreishaus.',
];

/** Walk-ins who came without answering; with the six who said yes or maybe, twelve are present. */
export const WALK_INS: [string, string][] = [
  ['Petra Lindner', 'Café International'],
  ['Ali Rahimi', 'Dolmetscherpool Northeim'],
  ['Jana Kruse', 'Freiwilligenagentur Northeim'],
  ['Omar Said', 'Netzwerk Asyl Uslar'],
  ['Birgit Hahn', 'Tafel Einbeck'],
  ['Sven Otte', 'Kirchengemeinde Moringen'],
];

export const DECISION = 'Die Initiativen melden offene Patenschaften künftig direkt an die Koordinierungsstelle.';
export const ACTION = { what: 'Liste der Sprachkurse verschicken', who: 'Koordinierungsstelle' };

export interface StoredMeeting {
  webUrl?: string;
  fields: Record<string, unknown>;
}

export async function meetingItem(harness: Harness): Promise<StoredMeeting> {
  const items = await listItems(harness.emulator, 'Vernetzungstreffen');
  const ours = items.filter((i) => String(i.fields.TpBeginn ?? '').startsWith('2027-03-16'));
  expect(ours).toHaveLength(1);
  return ours[0]!;
}

/** Tab to a text field and type into it: the keyboard is the only way in. */
export async function typeInto(page: Page, field: ReturnType<Page['getByRole']>, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Everything the user typed, read back from the pane. */
export async function visibleMinutes(page: Page) {
  const notes: string[] = [];
  for (let top = 1; top <= NOTES.length; top++) notes.push(await noteBox(page, top).inputValue());
  const attendance = page.getByRole('list', { name: 'Anwesenheitsliste' }).getByRole('checkbox');
  const ticks: [string, boolean][] = [];
  for (const box of await attendance.all()) {
    const label = await box.evaluate((el) => document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '');
    ticks.push([label, await box.isChecked()]);
  }
  return {
    notes,
    ticks,
    decision: await page.getByRole('textbox', { name: 'Beschluss 1' }).inputValue(),
    actionWhat: await page.getByRole('textbox', { name: 'Was ist zu tun?' }).inputValue(),
    actionWho: await page.getByRole('textbox', { name: /^Wer/ }).inputValue(),
    count: await page.getByText(/Personen? anwesend$/).textContent(),
  };
}

export async function openProtokollByKeyboard(page: Page) {
  await page.getByRole('heading', { name: 'Planen', level: 2 }).waitFor();
  await tabTo(page, page.getByRole('tab', { name: 'Planen' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Protokoll', level: 2 }).waitFor();
  await noteBox(page, 1).waitFor();
}
