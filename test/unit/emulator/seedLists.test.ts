import { meetingColumns, settingsColumns, venueColumns } from '../../../src/graph/listSchema';
import { createSeed, SEED, SEED_LISTS } from '../../../src/emulator/seed';
import { MEETING_COLUMNS, SETTINGS_COLUMNS, VENUE_COLUMNS } from '../../../src/emulator/seedLists/columns';
import { PAST_MEETINGS } from '../../../src/emulator/seedLists/meetingData';
import { validateFields } from '../../../src/emulator/sharepoint/fields';
import type { ListRecord } from '../../../src/emulator/state';
import { offsetMinutes, resolveTimeZone, utcToZoned, zonedToUtc } from '../../../src/emulator/timezones';

function seededList(title: string): ListRecord {
  const site = createSeed().sites.find((s) => s.path === SEED.sitePath);
  const list = site?.lists.find((l) => l.displayName === title);
  if (!list) throw new Error(`no list ${title}`);
  return list;
}

describe('seeded SharePoint lists', () => {
  it('has exactly the columns the add-in creates (src/graph/listSchema.ts)', () => {
    expect(MEETING_COLUMNS).toEqual(meetingColumns);
    expect(VENUE_COLUMNS).toEqual(venueColumns);
    expect(SETTINGS_COLUMNS).toEqual(settingsColumns);
    const names = seededList(SEED_LISTS.meetingsTitle).columns.map((c) => c.name);
    expect(names).toEqual(['Title', 'Created', 'Modified', ...meetingColumns.map((c) => c.name)]);
  });

  it('seeds past meetings that pass the list’s own field validation, without TpDaten', () => {
    const list = seededList(SEED_LISTS.meetingsTitle);
    expect(list.items.length).toBeGreaterThanOrEqual(7);
    for (const item of list.items) {
      expect(validateFields(list, item.fields)).toEqual(item.fields);
      expect(item.fields.TpDaten).toBeUndefined();
      expect(item.fields.TpStatus).toBe('protokolliert');
      expect(item.fields.Title).toMatch(/^Vernetzungstreffen der Ehrenamtskoordination – \d{1,2}\. \p{L}+ 20\d\d$/u);
      const teilnehmende = Number(item.fields.TpTeilnehmende);
      expect(teilnehmende).toBeGreaterThanOrEqual(9);
      expect(teilnehmende).toBeLessThanOrEqual(15);
    }
  });

  it('stores 15:00–18:00 Berlin time as UTC on Tuesdays and Wednesdays', () => {
    const list = seededList(SEED_LISTS.meetingsTitle);
    const winter = list.items.find((i) => String(i.fields.TpBeginn).startsWith('2025-01-29'));
    const summer = list.items.find((i) => String(i.fields.TpBeginn).startsWith('2025-06-25'));
    expect(winter?.fields).toMatchObject({ TpBeginn: '2025-01-29T14:00:00Z', TpEnde: '2025-01-29T17:00:00Z' });
    expect(summer?.fields).toMatchObject({ TpBeginn: '2025-06-25T13:00:00Z', TpEnde: '2025-06-25T16:00:00Z' });
    for (const m of PAST_MEETINGS) expect([2, 3]).toContain(new Date(`${m.date}T12:00:00Z`).getUTCDay());
  });

  it('keeps costs and cost notes consistent', () => {
    for (const item of seededList(SEED_LISTS.meetingsTitle).items) {
      const lines = String(item.fields.TpKostenNotizen).split('\n');
      const cents = lines.map((line) => {
        const m = /^\p{L}+: (\d+),(\d\d) € \(Beleg \d{4}-\d{3}\)$/u.exec(line);
        if (!m) throw new Error(`bad line ${line}`);
        return Number(m[1]) * 100 + Number(m[2]);
      });
      expect(Math.round(Number(item.fields.TpKosten) * 100)).toBe(cents.reduce((a, b) => a + b, 0));
    }
  });

  it('shows a venue rotation: the Kreishaus often, some initiatives never', () => {
    const venues = seededList(SEED_LISTS.venuesTitle).items.map((i) => String(i.fields.Title));
    const hosts = seededList(SEED_LISTS.meetingsTitle).items.map((i) => String(i.fields.TpOrt));
    expect(venues).toContain('Kreishaus Northeim');
    expect(venues.length).toBeGreaterThanOrEqual(7);
    for (const host of hosts) expect(venues).toContain(host);
    expect(venues.filter((v) => !hosts.includes(v)).length).toBeGreaterThanOrEqual(2);
    const kreishaus = seededList(SEED_LISTS.venuesTitle).items.find((i) => i.fields.TpArt === 'kreishaus');
    expect(kreishaus?.fields).toMatchObject({
      TpStrasse: 'Medenheimer Straße 6/8',
      TpPlz: '37154',
      TpBarrierefrei: true,
      TpRaumpostfach: SEED.roomMail,
    });
  });

  it('can start without the lists', () => {
    const site = createSeed({ lists: false }).sites.find((s) => s.path === SEED.sitePath);
    expect(site?.lists).toEqual([]);
  });
});

describe('time zones', () => {
  it('resolves IANA and Windows names', () => {
    expect(resolveTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(resolveTimeZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(resolveTimeZone('UTC')).toBe('UTC');
    expect(resolveTimeZone('Mars/Olympus_Mons')).toBeUndefined();
  });

  it('converts wall-clock times across DST', () => {
    expect(zonedToUtc('2026-12-08T15:00:00', 'Europe/Berlin').toISOString()).toBe('2026-12-08T14:00:00.000Z');
    expect(zonedToUtc('2026-07-08T15:00:00.0000000', 'Europe/Berlin').toISOString()).toBe('2026-07-08T13:00:00.000Z');
    expect(utcToZoned(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:30:00.0000000');
    expect(offsetMinutes(new Date('2026-10-25T00:59:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(new Date('2026-10-25T01:00:00Z'), 'Europe/Berlin')).toBe(60);
  });
});
