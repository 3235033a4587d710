/** Document models of each shape the renderers meet, for the read-back tests. */
import type { Block, DocumentModel } from '../../../../src/domain/documents/documentModel';

export const STATEMENT = 'Kofinanziert von der Europäischen Union';

export function documentOf(blocks: Block[], overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    kind: 'protokoll',
    title: 'Protokoll',
    fileName: 'Protokoll',
    lang: 'de-DE',
    page: { size: 'A4', orientation: 'portrait' },
    pageNumbers: true,
    blocks,
    ...overrides,
  };
}

/** Names from the invitation list: latin-ext (Ł, Ş, Ğ, ć, ő) next to latin (ó, ü, ß). */
export const NAMES = [
  'Łukasz Şahin-Wójcik',
  'Ğökhan Yılmaz',
  'Ana Nowaković',
  'Zsófia Erdős',
  'Jürgen Müßig',
  'Renée Groß',
];

/** A sign-in sheet: A4 landscape, rows tall enough to sign, blank rows for walk-ins, cells that wrap. */
export function signInSheet(rowCount: number, blankRows: number): DocumentModel {
  const rows = Array.from({ length: rowCount }, (_, i) => [
    String(i + 1),
    NAMES[i % NAMES.length] ?? '',
    `Anfang${i + 1} Initiative Willkommen im Landkreis Northeim e. V. Ende${i + 1}`,
    'Einbeck',
    '',
  ]);
  return documentOf(
    [
      { kind: 'heading', level: 1, text: 'Teilnehmendenliste' },
      { kind: 'paragraph', text: 'Dienstag, 10. März 2026, 18:00–20:00 Uhr, Bürgerhaus, Müßig-Straße 3, Einbeck' },
      { kind: 'funding', statement: STATEMENT },
      { kind: 'heading', level: 2, text: 'Anwesende' },
      {
        kind: 'table',
        caption: 'Anwesenheitsliste mit Unterschriften',
        columns: [
          { header: 'Nr.', width: 1, align: 'right' },
          { header: 'Name', width: 5 },
          { header: 'Initiative oder Dienststelle', width: 4 },
          { header: 'Gemeinde', width: 3 },
          { header: 'Unterschrift', width: 4 },
        ],
        rows,
        blankRows,
        rowHeight: 'signature',
      },
      { kind: 'paragraph', size: 'small', text: 'Die Liste weist dem Fördergeber die Teilnahme nach (Art. 13 DSGVO).' },
      { kind: 'signatureLine', label: 'Richtigkeit bestätigt: Datum, Unterschrift der Veranstalterin' },
    ],
    {
      kind: 'teilnehmendenliste',
      title: 'Teilnehmendenliste – Vernetzungstreffen am 10. März 2026',
      page: { size: 'A4', orientation: 'landscape' },
    },
  );
}

/** A year report: A4 portrait, a table over several pages with a totals row. */
export function yearReport(meetings: number): DocumentModel {
  const rows = Array.from({ length: meetings }, (_, i) => [
    `${String((i % 28) + 1).padStart(2, '0')}.${String((i % 12) + 1).padStart(2, '0')}.2026`,
    `Treffen ${i + 1}: Ehrenamt und Übergänge`,
    String(10 + (i % 7)),
    `${(120 + i).toFixed(2).replace('.', ',')} €`,
  ]);
  return documentOf(
    [
      { kind: 'heading', level: 1, text: 'Jahresbericht 2026' },
      { kind: 'heading', level: 2, text: 'Treffen' },
      {
        kind: 'table',
        caption: 'Treffen des Jahres mit Teilnehmenden und Kosten',
        columns: [
          { header: 'Datum', width: 2 },
          { header: 'Thema', width: 5 },
          { header: 'Teilnehmende', width: 2, align: 'right' },
          { header: 'Kosten', width: 2, align: 'right' },
        ],
        rows,
        totals: ['Summe', `${meetings} Treffen`, '999', '12.345,67 €'],
      },
      { kind: 'funding', statement: STATEMENT },
    ],
    { kind: 'jahresbericht', title: 'Jahresbericht 2026' },
  );
}

/** The photo notice: A3 portrait, poster type, the large funding line, no page numbers. */
export function photoPoster(size: 'A4' | 'A3'): DocumentModel {
  return documentOf(
    [
      { kind: 'heading', level: 1, text: 'Hinweis: Bei diesem Treffen wird fotografiert' },
      {
        kind: 'paragraph',
        size: 'poster',
        text: 'Wer nicht fotografiert werden möchte, sagt es bitte der Moderation.',
      },
      { kind: 'list', items: ['Fotos nur für den Bericht an den Fördergeber', 'Löschung nach fünf Jahren'] },
      { kind: 'funding', statement: STATEMENT, size: 'large' },
    ],
    { kind: 'fotohinweis', title: 'Fotohinweis', page: { size, orientation: 'portrait' }, pageNumbers: false },
  );
}
