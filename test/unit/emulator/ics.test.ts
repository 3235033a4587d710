import { htmlToText } from '../../../src/emulator/calendar/html';
import { escapeText, foldLine } from '../../../src/emulator/calendar/ics';

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds at 75 octets without splitting UTF-8 characters', () => {
    const line = `DESCRIPTION:${'Ä'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('turns HTML into readable text: numbered lists, paragraphs, entities', () => {
    const html =
      '<p>Hallo&nbsp;zusammen,</p><ol><li>Begrüßung</li><li>Input &amp; Fragen<ul><li>Jobcenter</li></ul></li></ol><p>Gruß<br>Miriam</p>';
    expect(htmlToText(html)).toBe('Hallo zusammen,\n\n1. Begrüßung\n2. Input & Fragen\n  - Jobcenter\n\nGruß\nMiriam');
  });
});
