import fs from 'node:fs';
import path from 'node:path';
import type { EnglishLater } from '../../../../src/taskpane/i18n/localized';

const src = path.resolve(__dirname, '../../../../src');

/** Every module of src that declares a table whose English loads later, with the tables' names. */
function englishLaterTables(): { file: string; names: string[] }[] {
  const found: { file: string; names: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const names = [...fs.readFileSync(full, 'utf8').matchAll(/export const (\w+): EnglishLater</g)].map(
          (m) => m[1]!,
        );
        if (names.length > 0) found.push({ file: full, names });
      }
    }
  };
  walk(src);
  return found;
}

/** The shape of a table: its keys, nested; functions and strings alike as leaves. */
function shape(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? 'leaf' : typeof value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, shape(inner)]),
  );
}

function loadTables(): EnglishLater<unknown>[] {
  return englishLaterTables().flatMap(({ file, names }) => {
    const loaded = require(file) as Record<string, EnglishLater<unknown>>;
    return names.map((name) => loaded[name]!);
  });
}

describe('the first view’s English, loaded later (src/taskpane/english)', () => {
  it('finds the tables that wait for it', () => {
    expect(englishLaterTables().length).toBeGreaterThanOrEqual(10);
  });

  it('until it has loaded, an English pane reads German rather than nothing', () => {
    jest.isolateModules(() => {
      const { inLanguage } =
        require('../../../../src/taskpane/i18n/localized') as typeof import('../../../../src/taskpane/i18n/localized');
      for (const table of loadTables()) {
        expect(table.en).toBeUndefined();
        expect(inLanguage(table, 'en')).toBe(table.de);
      }
    });
  });

  it('gives every such table its English, with the same keys as the German', () => {
    jest.isolateModules(() => {
      const { provideAllEnglish } =
        require('../../../../src/taskpane/english') as typeof import('../../../../src/taskpane/english');
      const { inLanguage } =
        require('../../../../src/taskpane/i18n/localized') as typeof import('../../../../src/taskpane/i18n/localized');
      provideAllEnglish();
      for (const table of loadTables()) {
        expect(table.en).toBeDefined();
        expect(table.en).not.toBe(table.de);
        expect(inLanguage(table, 'en')).toBe(table.en);
        expect(inLanguage(table, 'de')).toBe(table.de);
        expect(shape(table.en)).toEqual(shape(table.de));
      }
    });
  });
});
