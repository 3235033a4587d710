/**
 * No import cycle in src/, type-only imports included (eslint's import-x/no-cycle follows value
 * imports only). The graph is built with TypeScript's own module resolution; see scripts/importCycles.cjs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const { findImportCycles } = require('../../../scripts/importCycles.cjs') as {
  findImportCycles: (dir?: string) => string[][];
};

describe('imports in src/', () => {
  it('form no cycle', () => {
    expect(findImportCycles()).toEqual([]);
  });

  it('are followed through type-only, re-exported and lazily loaded modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
    const files: Record<string, string> = {
      'a.ts': "import type { B } from './b';\nexport const a = (b: B) => b;\n",
      'b.ts': "import { a } from './a';\nexport type B = string;\nexport const b = a;\n",
      'c.ts': "export const c = () => import('./d');\n",
      'd.ts': "export * from './c';\n",
      'e.ts': "import { a } from './a';\nexport const e = a;\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    try {
      const cycles = findImportCycles(dir).map((cycle) => cycle.map((file) => basename(file)));
      expect(cycles).toEqual(
        expect.arrayContaining([
          ['a.ts', 'b.ts'],
          ['c.ts', 'd.ts'],
        ]),
      );
      expect(cycles).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
