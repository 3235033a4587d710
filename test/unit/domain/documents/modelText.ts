import type { Block, DocumentModel } from '../../../../src/domain/documents/documentModel';

type Kind = Block['kind'];
export type BlockOf<K extends Kind> = Extract<Block, { kind: K }>;

/** The model's blocks of one kind, in order. */
export function blocksOf<K extends Kind>(model: DocumentModel, kind: K): BlockOf<K>[] {
  return model.blocks.filter((block): block is BlockOf<K> => block.kind === kind);
}

/** The one table of a model (fails the test when there is not exactly one). */
export function onlyTable(model: DocumentModel): BlockOf<'table'> {
  const tables = blocksOf(model, 'table');
  expect(tables).toHaveLength(1);
  return tables[0] as BlockOf<'table'>;
}

/** Every text a reader sees, a line per block (table cells separated by " | "). */
export function modelText(model: DocumentModel): string {
  return model.blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return block.text;
        case 'list':
          return block.items.join('\n');
        case 'table':
          return [block.columns.map((c) => c.header), ...block.rows, ...(block.totals ? [block.totals] : [])]
            .map((row) => row.join(' | '))
            .join('\n');
        case 'funding':
          return block.statement;
        case 'signatureLine':
          return block.label;
      }
    })
    .join('\n');
}

/** The index of the first block of `kind` (for reading-order checks). */
export function indexOfKind(model: DocumentModel, kind: Kind): number {
  return model.blocks.findIndex((block) => block.kind === kind);
}
