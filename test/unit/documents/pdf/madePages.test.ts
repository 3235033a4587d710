/**
 * The made poster and sign-in sheet, rendered with the real renderer from the builders' models with the
 * default settings, read back page by page: the poster is one sheet with the EU emblem's statement and
 * the opt-out; the sign-in sheet's empty rows fill its last page without spilling onto a near-empty one.
 */
import { renderPdf } from '../../../../src/documents/pdf/renderPdf';
import type { Block, DocumentModel } from '../../../../src/domain/documents/documentModel';
import { buildPhotoPoster, OPT_OUT_LINES } from '../../../../src/domain/documents/photoPoster';
import { buildSignInSheet } from '../../../../src/domain/documents/signInSheet';
import type { AttendeeReply, Meeting } from '../../../../src/domain/planning';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';
import { useFontsFromDisk } from '../../../support/documentFonts';
import { pdfinfo, pdftotext } from '../support/poppler';

const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');
const oneLine = (text: string) => text.replace(/-\n/g, '-').replace(/\s+/g, ' ');

beforeAll(() => useFontsFromDisk());

describe.each(['A4', 'A3'] as const)('the photo poster in %s with the default notice', (size) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderPdf(buildPhotoPoster(plannedMeeting, settings, size));
  });

  it('is one page', () => {
    expect(pdfinfo(bytes).Pages).toBe('1');
  });

  it('has the funding statement, the opt-out and the notice’s last line on page 1', () => {
    const page = oneLine(pdftotext(bytes)[0] ?? '');
    expect(page).toContain('Kofinanziert von der Europäischen Union');
    for (const line of OPT_OUT_LINES) expect(page).toContain(line);
    expect(page).toContain('Wer nicht fotografiert werden möchte, sagt es bitte zu Beginn des Treffens');
  });
});

it('keeps the emblem’s statement on page 1 when a team’s long notice runs onto a second page', async () => {
  const long = { ...settings, photoNotice: { enabled: true, text: Array(40).fill('Ein langer Absatz.').join('\n') } };
  const bytes = await renderPdf(buildPhotoPoster(plannedMeeting, long, 'A4'));
  expect(Number(pdfinfo(bytes).Pages)).toBeGreaterThan(1);
  expect(oneLine(pdftotext(bytes)[0] ?? '')).toContain('Kofinanziert von der Europäischen Union');
});

const withReplies = (count: number): Meeting => ({
  ...plannedMeeting,
  invitation: {
    eventId: 'evt-1',
    replies: Array.from({ length: count }, (_, i): AttendeeReply => ({
      name: `Gast ${i + 1}`,
      address: `gast${i + 1}@example.org`,
      response: 'accepted',
    })),
  },
});

/** The sheet with its empty rows numbered R1, R2, … (a signature row is as tall either way), to count them. */
function numbered(model: DocumentModel): DocumentModel {
  const blocks = model.blocks.map((block): Block => {
    if (block.kind !== 'table') return block;
    const blank = Array.from({ length: block.blankRows ?? 0 }, (_, i) => [`R${i + 1}`, '', '', '', '']);
    return { ...block, rows: [...block.rows, ...blank], blankRows: 0 };
  });
  return { ...model, blocks };
}

describe.each([
  [6, 3],
  [20, 4],
])('the sign-in sheet of a meeting with %i names expected', (count, pages) => {
  let texts: string[];
  beforeAll(async () => {
    const bytes = await renderPdf(numbered(buildSignInSheet(withReplies(count), settings)));
    texts = pdftotext(bytes).filter((page) => page.trim() !== '');
  });

  it(`is ${pages} pages, the last holding at least half a page of rows and the organiser’s line`, () => {
    expect(texts).toHaveLength(pages);
    const rowsOn = texts.map((page) => page.match(/^\s*R\d+\b/gm)?.length ?? 0);
    const full = Math.max(...rowsOn);
    expect(rowsOn.at(-1)).toBeGreaterThanOrEqual(full / 2);
    expect(texts.findIndex((page) => page.includes('Die Richtigkeit der Angaben bestätigt'))).toBe(pages - 1);
  });
});

it('keeps every word of the agenda whole: the presenter column is wide enough for “Koordinierungsstelle”', async () => {
  const { buildAgendaDocument } = await import('../../../../src/domain/documents/agendaDocument');
  const text = pdftotext(await renderPdf(buildAgendaDocument(plannedMeeting, settings))).join('\n');
  expect(plannedMeeting.agenda.some((item) => item.presenter?.startsWith('Koordinierungsstelle'))).toBe(true);
  expect(text).toMatch(/\bKoordinierungsstelle\b/);
  expect(text).not.toMatch(/Koordinierungsstell\s*\n/);
});
