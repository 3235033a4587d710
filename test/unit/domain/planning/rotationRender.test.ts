import { applySpeaker, standardAgenda } from '../../../../src/domain/planning/agenda';
import type { Meeting, Venue } from '../../../../src/domain/planning/meetingTypes';
import { agendaHtml, agendaText, escapeHtml } from '../../../../src/domain/planning/render';
import { hostRotation, suggestHost } from '../../../../src/domain/planning/rotation';

const venue = (name: string): Venue => ({
  id: name,
  name,
  kind: 'initiative',
  street: 'Marktplatz 1',
  postalCode: '37154',
  town: 'Northeim',
  notes: { stepFree: true, parking: 'Hof', publicTransport: 'Bus 230' },
});

describe('venue rotation', () => {
  const venues = [venue('Kreishaus Northeim'), venue('Einbeck'), venue('Dassel'), venue('Uslar')];

  it('suggests a venue that never hosted', () => {
    const past = [
      { date: '2026-09-15', venueName: 'Einbeck' },
      { date: '2026-05-20', venueName: 'Kreishaus Northeim' },
      { date: '2025-11-26', venueName: 'Uslar' },
    ];
    expect(suggestHost(venues, past)).toEqual({ venue: venues[2], lastHosted: null });
  });

  it('otherwise the one that hosted least recently', () => {
    const past = [
      { date: '2026-09-15', venueName: 'Einbeck' },
      { date: '2025-03-25', venueName: 'Einbeck' },
      { date: '2026-05-20', venueName: 'kreishaus northeim' },
      { date: '2025-11-26', venueName: 'Uslar' },
      { date: '2026-02-24', venueName: 'Dassel' },
    ];
    expect(suggestHost(venues, past)).toEqual({ venue: venues[3], lastHosted: '2025-11-26' });
  });

  it('matches by venue id where the meeting has one, so a renamed venue keeps its history', () => {
    const renamed = { ...venue('Einbeck'), id: 'v-einbeck', name: 'Flüchtlingshilfe Einbeck e. V.' };
    const past = [
      { date: '2026-09-15', venueName: 'Einbeck', venueId: 'v-einbeck' },
      { date: '2026-06-15', venueName: 'Dassel' },
      { date: '2026-03-15', venueName: 'Uslar' },
      { date: '2025-12-15', venueName: 'Kreishaus Northeim' },
    ];
    const rotation = hostRotation([venues[0]!, renamed, venues[2]!, venues[3]!], past);
    expect(rotation.map((r) => `${r.venue.name} ${r.lastHosted}`)).toEqual([
      'Kreishaus Northeim 2025-12-15',
      'Uslar 2026-03-15',
      'Dassel 2026-06-15',
      'Flüchtlingshilfe Einbeck e. V. 2026-09-15',
    ]);
  });

  it('orders never-hosted venues by name, and has no suggestion without venues', () => {
    expect(hostRotation(venues, []).map((r) => r.venue.name)).toEqual([
      'Dassel',
      'Einbeck',
      'Kreishaus Northeim',
      'Uslar',
    ]);
    expect(suggestHost([], [{ date: '2026-09-15', venueName: 'Einbeck' }])).toBeUndefined();
  });
});

describe('rendering the agenda', () => {
  let n = 0;
  const draft: Meeting = {
    id: 'm1',
    date: '2027-03-16',
    startTime: '15:00',
    status: 'geplant',
    venue: venue('Kreishaus Northeim'),
    speaker: { name: 'Dr. Lena Hoffmann', organisation: 'Jobcenter', topic: 'Bürgergeld' },
    agenda: standardAgenda(() => `i${++n}`).map((i, index) =>
      index === 0 ? { ...i, title: '<img src=x onerror=alert(1)>' } : i,
    ),
    adoptedSuggestions: [],
  };
  const meeting = applySpeaker(draft, draft.speaker);

  it('escapes user text: a title stays text', () => {
    const html = agendaHtml(meeting);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"Tom & Jerry's"`)).toBe('&quot;Tom &amp; Jerry&#39;s&quot;');
  });

  it('is simple HTML for any mail client: headings, one paragraph per item, no tables, scripts or images', () => {
    const html = agendaHtml(meeting);
    expect(html).toMatch(/^<div lang="de" style="[^"]+">.*<\/div>$/);
    expect(html).toMatch(/<h2 style="[^"]+">Vernetzungstreffen der Ehrenamtskoordination<\/h2>/);
    expect(html).toContain('Dienstag, 16. März 2027, <span style="white-space:nowrap">15:00–18:00 Uhr</span>');
    expect(html).toContain('<strong><span style="white-space:nowrap">15:00–15:20</span>&nbsp; TOP 1: ');
    expect(html).not.toMatch(/<table|<script|<img|<link|<style|class="/);
  });

  it('escapes every piece of user text, in the venue, speaker, notes and sub-points too', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const hostile: Meeting = {
      ...meeting,
      startTime: '"><script>x</script>',
      venue: {
        ...venue(evil),
        street: `${evil}"'`,
        notes: { stepFree: false, parking: evil, publicTransport: evil, other: evil },
      },
      speaker: { name: evil, organisation: evil, topic: evil },
      agenda: meeting.agenda.map((i) => ({ ...i, presenter: evil, note: evil, subItems: [evil] })),
    };
    const html = agendaHtml(hostile);
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)?.length).toBeGreaterThan(20);
    expect(html).toContain('Nicht stufenlos erreichbar.');
  });

  it('shows the venue with its address and access notes, and the speaker', () => {
    const html = agendaHtml(meeting);
    expect(html).toContain('<strong>Ort:</strong> Kreishaus Northeim, Marktplatz 1, 37154 Northeim');
    expect(html).toContain('Stufenlos erreichbar.<br>Parken: Hof<br>Bus und Bahn: Bus 230');
    expect(html).toContain('<strong>Input von dritter Seite:</strong> Dr. Lena Hoffmann (Jobcenter): Bürgergeld');
    expect(html).toMatch(/<h3 style="[^"]+">Tagesordnung<\/h3>/);
    expect(html.match(/&nbsp; TOP \d+: /g)).toHaveLength(meeting.agenda.length);
  });

  it('uses the meeting length when it is not three hours', () => {
    const html = agendaHtml({ ...meeting, durationMinutes: 150 });
    expect(html).toContain('Dienstag, 16. März 2027, <span style="white-space:nowrap">15:00–17:30 Uhr</span>');
    expect(agendaText({ ...meeting, venue: undefined })).not.toContain('Ort:');
  });

  it('reads as plain text too', () => {
    const text = agendaText(meeting);
    expect(text).toContain('Ort: Kreishaus Northeim, Marktplatz 1, 37154 Northeim');
    expect(text).toContain('16:55–17:40  TOP 5: Input von dritter Seite (Dr. Lena Hoffmann, Jobcenter)');
    expect(text).toContain('    – Sprachkurse in den Kommunen');
  });
});
