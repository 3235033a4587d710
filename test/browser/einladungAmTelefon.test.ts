import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { DEFAULT_FUNDING_STATEMENT, DEFAULT_PHOTO_NOTICE, fillPhotoNotice } from '../../src/domain/invitation';
import { DEFAULT_PRIVACY_OFFICER, RETENTION_MONTHS } from '../../src/domain/settings';
import { expectLinesInOrder } from '../fixtures/readingOrder';
import { emulatorControl } from './support/graphProbe';
import { type Harness, startHarness } from './support/harness';
import { organiserEvents } from './support/invitation';
import { inviteToTheMeeting, SPEAKER } from './support/journey';

/* Issue 12, point 4: the invitation the pane sends for the demo meeting, read on a phone (Chromium at
   360 × 640) and in a calendar without HTML (the .ics DESCRIPTION an invitee receives, read with ical.js). */

const PHONE = { width: 360, height: 640 };
/** An invitee of the seeded distribution list. */
const INVITEE = 'k.haddad@gmx.de';

/** The body as a phone's mail app shows it: the page as wide as the screen, the browser's own styles. */
function phoneDocument(body: string): string {
  return (
    '<!doctype html><html lang="de"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Einladung</title></head>' +
    `<body>${body}</body></html>`
  );
}

/** Each clock-time range in the page's text ("15:00–15:20") and on how many lines it is drawn. */
function clockTimeLines(page: Page): Promise<{ time: string; lines: number }[]> {
  return page.evaluate(() => {
    const found: { time: string; lines: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\d{1,2}:\d{2}–\d{1,2}:\d{2}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index ?? 0);
        range.setEnd(node, (match.index ?? 0) + match[0].length);
        const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
        found.push({ time: match[0], lines: tops.size });
      }
    }
    return found;
  });
}

/** What the demo invitation must read as, line by line, in this order. */
const READING_ORDER: (string | RegExp)[] = [
  'Vernetzungstreffen der Ehrenamtskoordination',
  'Termin: Dienstag, 16. März 2027, 15:00–18:00 Uhr',
  'Ort: Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim',
  'Stufenlos erreichbar.',
  'Parken: Parkplatz hinter dem Kreishaus',
  'Bus und Bahn: Bahnhof Northeim, 10 Minuten zu Fuß',
  /^Großer Sitzungssaal im 1\. OG, Aufzug neben der Pforte\./,
  `Input von dritter Seite: ${SPEAKER.name} (${SPEAKER.organisation}): ${SPEAKER.topic}`,
  'Tagesordnung',
  '15:00–15:20  TOP 1: Begrüßung und Vorstellungsrunde',
  '15:20–15:50  TOP 2: Aktuelles aus dem Landkreis (Koordinierungsstelle für Migration und Teilhabe)',
  /Sprachkurse in den Kommunen$/,
  /Fördermöglichkeiten$/,
  '15:50–16:35  TOP 3: Aktuelles aus den Initiativen',
  /^Hier werden keine Einzelfälle besprochen\./,
  '16:35–16:55  TOP 4: Kaffeepause',
  `16:55–17:40  TOP 5: Input von dritter Seite (${SPEAKER.name}, ${SPEAKER.organisation})`,
  SPEAKER.topic,
  '17:40–18:00  TOP 6: Termine und nächstes Treffen',
  ...fillPhotoNotice(DEFAULT_PHOTO_NOTICE, {
    privacyOfficer: DEFAULT_PRIVACY_OFFICER,
    retentionMonths: RETENTION_MONTHS.default,
  }).split('\n'),
  DEFAULT_FUNDING_STATEMENT,
];

describe('Einladung am Telefon: the invitation body at 360 px and as plain text', () => {
  let harness: Harness;
  let phone: Page;
  let body = '';

  beforeAll(async () => {
    harness = await startHarness('browser-einladung-telefon');
    const { page } = await harness.newPage();
    await page.goto(harness.paneUrl);
    await inviteToTheMeeting(page);
    const sent = await organiserEvents(harness);
    expect(sent).toHaveLength(1);
    body = sent[0]!.body.content;
    ({ page: phone } = await harness.newPage(PHONE));
    await phone.setContent(phoneDocument(body));
  }, 120_000);

  afterAll(() => harness?.close());

  it('has no horizontal scroll at 360 × 640', async () => {
    const size = await phone.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect(size.clientWidth).toBe(PHONE.width);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  });

  it('draws every clock time on one line', async () => {
    const times = await clockTimeLines(phone);
    expect(times.map((t) => t.time)).toEqual([
      '15:00–18:00',
      '15:00–15:20',
      '15:20–15:50',
      '15:50–16:35',
      '16:35–16:55',
      '16:55–17:40',
      '17:40–18:00',
    ]);
    expect(times.filter((t) => t.lines !== 1)).toEqual([]);
  });

  it('keeps that at 320 px, the narrowest phone', async () => {
    const { page: narrow } = await harness.newPage({ width: 320, height: 640 });
    await narrow.setContent(phoneDocument(body));
    const scroll = await narrow.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(scroll).toBeLessThanOrEqual(0);
    expect((await clockTimeLines(narrow)).filter((t) => t.lines !== 1)).toEqual([]);
  });

  it('sits in one styled block, the photo notice and the funding statement inside it', async () => {
    const block = await phone.evaluate(() => {
      const children = Array.from(document.body.children);
      const only = children[0];
      return {
        count: children.length,
        maxWidth: only instanceof HTMLElement ? only.style.maxWidth : '',
        text: only instanceof HTMLElement ? only.innerText : '',
      };
    });
    expect(block.count).toBe(1);
    expect(block.maxWidth).toMatch(/px$/);
    expect(block.text).toContain('Hinweis zu Fotos beim Treffen');
    expect(block.text).toContain(DEFAULT_FUNDING_STATEMENT);
  });

  it('reads in order as the page’s text (a no-break space read as the space it shows)', async () => {
    const text = await phone.evaluate(() => document.body.innerText);
    expectLinesInOrder(text.replace(/\u00a0/g, ' '), READING_ORDER);
  });

  it('reads in order as the .ics DESCRIPTION an invitee receives (ical.js)', async () => {
    const box = await emulatorControl(harness, `/_emulator/mailbox/${encodeURIComponent(INVITEE)}/invitations`);
    const [request] = box.value as { method: string; ics: string }[];
    expect(request?.method).toBe('REQUEST');
    const ics = await (await fetch(`${harness.emulator.url}${request!.ics}`)).text();
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    const description = event?.getFirstPropertyValue('description');
    expect(typeof description).toBe('string');
    expectLinesInOrder(String(description), READING_ORDER);
  });
});
