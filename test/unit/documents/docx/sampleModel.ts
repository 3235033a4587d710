import type { DocumentModel } from '../../../../src/domain/documents/documentModel';

/** Names whose letters a font or an encoding is likely to lose. */
export const HARD_NAMES = ['Łukasz Şahin-Wójcik', 'Ğülşen Öztürk', 'Jürgen Groß', 'Zoë Ærøskøbing'];

/** A model with every kind of block, in the shape of the minutes. */
export function sampleModel(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    kind: 'protokoll',
    title: 'Protokoll: Vernetzungstreffen Ehrenamt, 12. März 2026 – Äußeres & <Übriges>',
    fileName: 'Protokoll 2026-03-12',
    lang: 'de-DE',
    page: { size: 'A4', orientation: 'portrait' },
    pageNumbers: true,
    blocks: [
      { kind: 'funding', statement: 'Kofinanziert von der Europäischen Union' },
      { kind: 'heading', level: 1, text: 'Protokoll des Vernetzungstreffens' },
      { kind: 'paragraph', text: '12. März 2026, 17:00–19:00 Uhr, Bürgerhaus Einbeck, Große Straße 5', strong: true },
      { kind: 'paragraph', text: 'Sitzungsleitung: Łukasz Şahin-Wójcik', size: 'small' },
      { kind: 'heading', level: 2, text: '1. Begrüßung und Einführung' },
      { kind: 'paragraph', text: 'Frau Öztürk begrüßt alle Anwesenden; Fußgängerzone ist gesperrt.' },
      { kind: 'heading', level: 3, text: 'Beschlüsse' },
      {
        kind: 'list',
        ordered: true,
        items: ['Das nächste Treffen findet im Mai statt.', 'Die Sprachcafés werden gebündelt.'],
      },
      { kind: 'heading', level: 3, text: 'Aufgaben' },
      {
        kind: 'list',
        items: [
          'Jürgen Groß: Raum reservieren (bis 30. April 2026)',
          'Ğülşen Öztürk: Flyer übersetzen (bis 15. April 2026)',
        ],
      },
      { kind: 'heading', level: 2, text: '2. Anwesenheit' },
      {
        kind: 'table',
        caption: 'Anwesende',
        columns: [
          { header: 'Nr.', width: 1, align: 'right' },
          { header: 'Name', width: 4 },
          { header: 'Initiative oder Stelle', width: 3 },
          { header: 'Unterschrift', width: 3 },
        ],
        rows: HARD_NAMES.map((name, index) => [String(index + 1), name, 'Flüchtlingshilfe Dassel', '']),
        blankRows: 3,
        rowHeight: 'signature',
      },
      { kind: 'heading', level: 2, text: '3. Kosten' },
      {
        kind: 'table',
        caption: 'Ausgaben',
        columns: [
          { header: 'Posten', width: 3 },
          { header: 'Betrag', width: 1, align: 'right' },
        ],
        rows: [
          ['Raummiete', '120,00 €'],
          ['Verpflegung', '85,50 €'],
        ],
        totals: ['Summe', '205,50 €'],
      },
      { kind: 'paragraph', text: 'Hinweis zum Fotografieren', size: 'poster' },
      { kind: 'paragraph', text: 'Bitte sprechen Sie uns an.', size: 'large' },
      { kind: 'funding', statement: 'Kofinanziert von der Europäischen Union', size: 'large' },
      { kind: 'signatureLine', label: 'Ort, Datum, Unterschrift der Sitzungsleitung' },
    ],
    ...overrides,
  };
}
