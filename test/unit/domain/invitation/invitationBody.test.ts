import { buildInvitation, DEFAULT_PHOTO_NOTICE, fillPhotoNotice } from '../../../../src/domain/invitation';
import { htmlToText } from '../../../../src/emulator/calendar/html';
import { plannedMeeting, settings } from '../../../fixtures/plannedMeeting';
import { expectLinesInOrder } from '../../../fixtures/readingOrder';

/* The invitation body on a phone (issue 12, point 4): one styled block, nothing wider than the phone,
   clock times that never break, and a plain text that reads in order. */

const body = buildInvitation(plannedMeeting, settings).bodyHtml;

const VOID = new Set(['br', 'hr', 'img', 'meta', 'wbr']);

/** The elements at the top level of an HTML fragment, and the text outside every element. */
function topLevel(html: string): { elements: string[]; strayText: string } {
  const elements: string[] = [];
  let depth = 0;
  let strayText = '';
  for (const token of html.split(/(<[^>]+>)/)) {
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(token);
    if (!tag) {
      if (depth === 0) strayText += token;
      continue;
    }
    const name = tag[2]!.toLowerCase();
    if (VOID.has(name)) continue;
    if (tag[1]) depth -= 1;
    else if (depth++ === 0) elements.push(name);
  }
  return { elements, strayText };
}

/** The value of every style declaration with this property name (e.g. "width", not "max-width"). */
function declarations(html: string, property: string): string[] {
  const styles = [...html.matchAll(/style="([^"]*)"/g)].map((m) => m[1]!);
  return styles.flatMap((style) =>
    style
      .split(';')
      .map((d) => d.split(':'))
      .filter(([name]) => name?.trim().toLowerCase() === property)
      .map(([, value]) => (value ?? '').trim()),
  );
}

describe('the invitation body on a phone', () => {
  it('is one styled block: the agenda, the photo notice and the funding statement all inside it', () => {
    expect(topLevel(body)).toEqual({ elements: ['div'], strayText: '' });
    const block = /^<div lang="de" style="([^"]+)">/.exec(body);
    expect(block?.[1]).toMatch(/max-width:\s*600px/);
    expect(block?.[1]).toMatch(/font-family:/);
    const inside = body.slice(0, body.lastIndexOf('</div>'));
    for (const text of ['Tagesordnung', 'Hinweis zu Fotos beim Treffen', 'Kofinanziert von der Europäischen Union']) {
      expect(inside).toContain(text);
    }
  });

  it('has nothing wider than a phone: no fixed width over 320 px, and no layout CSS that Word drops', () => {
    const pixels = (value: string) => Number(/^(\d+(?:\.\d+)?)px$/.exec(value)?.[1] ?? NaN);
    for (const property of ['width', 'min-width']) {
      for (const value of declarations(body, property)) {
        if (value !== '100%') expect(pixels(value)).toBeLessThanOrEqual(320);
      }
    }
    for (const attribute of body.matchAll(/\swidth="(\d+)"/g)) expect(Number(attribute[1])).toBeLessThanOrEqual(320);
    for (const table of body.match(/<table[^>]*>/g) ?? []) expect(table).toMatch(/width:\s*100%/);
    for (const property of ['display', 'float', 'position']) expect(declarations(body, property)).toEqual([]);
    expect(body).not.toMatch(/<style|<link|class="|<script|<img/);
  });

  it('lets long words and addresses break instead of widening the block', () => {
    const block = /^<div [^>]*style="([^"]+)"/.exec(body)?.[1] ?? '';
    expect(block).toMatch(/overflow-wrap:\s*break-word/);
    expect(block).toMatch(/word-break:\s*break-word/);
  });

  it('keeps every clock time in one piece: each time range sits in a nowrap span', () => {
    const ranges = [...body.matchAll(/\d{2}:\d{2}–\d{2}:\d{2}/g)];
    expect(ranges).toHaveLength(1 + plannedMeeting.agenda.length);
    for (const range of ranges) {
      expect(body.slice(0, range.index)).toMatch(/<span style="white-space:nowrap">$/);
    }
    expect(body).toContain('<span style="white-space:nowrap">15:00–18:00 Uhr</span>');
  });

  it('reads in order as plain text: headings on their own lines, one line per agenda item, the notices after it', () => {
    const notice = fillPhotoNotice(DEFAULT_PHOTO_NOTICE, settings).split('\n');
    expectLinesInOrder(htmlToText(body), [
      'Vernetzungstreffen der Ehrenamtskoordination',
      'Termin: Dienstag, 16. März 2027, 15:00–18:00 Uhr',
      'Ort: Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim',
      'Stufenlos erreichbar.',
      'Parken: Hinter dem Kreishaus',
      'Bus und Bahn: Bahnhof Northeim',
      'Input von dritter Seite: Dr. Lena Hoffmann (Jobcenter): Bürgergeld <und> Ehrenamt',
      'Tagesordnung',
      '15:00–15:20  TOP 1: Begrüßung und Vorstellungsrunde',
      '15:20–15:50  TOP 2: Aktuelles aus dem Landkreis (Koordinierungsstelle für Migration und Teilhabe)',
      '- Sprachkurse in den Kommunen',
      '- Zahlen Neuzugewanderter',
      '- Fördermöglichkeiten',
      '15:50–16:35  TOP 3: Aktuelles aus den Initiativen',
      /^Hier werden keine Einzelfälle besprochen\./,
      '16:35–16:55  TOP 4: Kaffeepause',
      '16:55–17:40  TOP 5: Input von dritter Seite (Dr. Lena Hoffmann, Jobcenter)',
      'Bürgergeld <und> Ehrenamt',
      '17:40–18:00  TOP 6: Termine und nächstes Treffen',
      ...notice,
      settings.fundingStatement,
    ]);
    expect(notice.length).toBeGreaterThan(5);
  });

  it('keeps what the team typed as text, one paragraph per line, and leaves out empty lines', () => {
    const own = { ...settings, photoNotice: { enabled: true, text: 'Fotos <b>ja</b>\r\n\r\nZweite & letzte Zeile' } };
    const html = buildInvitation(plannedMeeting, own).bodyHtml;
    expect(html).toMatch(/>Fotos &lt;b&gt;ja&lt;\/b&gt;<\/p><p style="[^"]*">Zweite &amp; letzte Zeile<\/p>/);
    expect(html).not.toMatch(/<p[^>]*><\/p>/);
    expectLinesInOrder(htmlToText(html), ['Fotos <b>ja</b>', 'Zweite & letzte Zeile', settings.fundingStatement]);
  });

  it('without photo notice or funding statement still ends its block after the agenda', () => {
    const bare = { ...settings, photoNotice: { enabled: false, text: DEFAULT_PHOTO_NOTICE }, fundingStatement: ' ' };
    const html = buildInvitation(plannedMeeting, bare).bodyHtml;
    expect(topLevel(html).elements).toEqual(['div']);
    expect(htmlToText(html).split('\n').at(-1)).toBe('17:40–18:00  TOP 6: Termine und nächstes Treffen');
  });
});
