import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { germanDate } from '../../../src/emulator/seedLists/meetings';
import type { HistoryEntry, PastMeeting } from '../../../src/domain/history';
import type { Gateway } from '../../../src/graph/gateway';
import { fakeGateway, renderPane } from '../support/renderPane';

/** A row of the overview as the gateway gives it; a meeting colleagues entered by hand unless overridden. */
export function entry(itemId: string, date: string, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    itemId,
    webUrl: `https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/${itemId}_.000`,
    date,
    status: 'protokolliert',
    venueName: 'Kreishaus Northeim',
    costCents: 3850,
    participants: 13,
    title: `Vernetzungstreffen der Ehrenamtskoordination – ${germanDate(date)}`,
    year: Number(date.slice(0, 4)),
    speaker: 'Yasemin Aydın (Migrationsberatung): Angebote der MBE',
    ...overrides,
  };
}

/** One meeting as filed, with minutes, decisions, action items and cost notes. */
export function pastMeeting(from: HistoryEntry, overrides: Partial<PastMeeting> = {}): PastMeeting {
  return {
    ...from,
    etag: '"7"',
    minutesText:
      'Frau Aydın stellte die offenen Sprechstunden vor.\n• Northeim, Einbeck und Uslar\nFahrdienste sind ein gemeinsames Problem.',
    decisions: ['Eine Arbeitsgruppe Mobilität wird gebildet.'],
    actions: ['Termin der AG Mobilität abstimmen (Jonas Wittkopf, bis 15.10.2025)'],
    costNotes: ['Verpflegung: 18,65 € (Beleg 2025-066)', 'Getränke: 12,90 € (Beleg 2025-067)'],
    ...overrides,
  };
}

/** The pane with the given history gateway, switched to Verlauf by keyboard. */
export async function openVerlauf(history: Partial<Gateway['history']>, planning: Partial<Gateway['planning']> = {}) {
  const user = userEvent.setup();
  renderPane(fakeGateway({ history, planning }));
  screen.getByRole('tab', { name: 'Verlauf' }).focus();
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: 'Verlauf', level: 2 });
  return user;
}
