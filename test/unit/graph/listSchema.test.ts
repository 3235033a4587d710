import { displayNameOf, fallbackColumn, LIST_SCHEMAS, meetingColumns } from '../../../src/graph/listSchema';
import { createListMemory } from '../../../src/graph/listMemory';

describe('the lists’ schema', () => {
  it('falls back from a currency column to a number with two decimals under the same name', () => {
    const kosten = meetingColumns.find((c) => c.name === 'TpKosten')!;
    expect(fallbackColumn(kosten)).toEqual({
      name: 'TpKosten',
      displayName: 'Kosten (EUR)',
      number: { decimalPlaces: 'two', minimum: 0 },
    });
    expect(fallbackColumn(meetingColumns[0]!)).toBeUndefined();
  });

  it('shows the key columns in the default view, each a column of its list, and recognises lists by their own column', () => {
    for (const schema of Object.values(LIST_SCHEMAS)) {
      const names = schema.columns.map((c) => c.name);
      expect(names).toEqual(expect.arrayContaining([...schema.viewColumns, ...schema.required, schema.signature]));
    }
    expect(LIST_SCHEMAS.meetings.viewColumns.map((n) => displayNameOf('meetings', n))).toEqual([
      'Beginn',
      'Status',
      'Ort',
      'Referent*in und Thema',
      'Teilnehmende',
      'Kosten',
      'Protokoll',
      'Dokumente',
    ]);
  });
});

describe('createListMemory', () => {
  it('keeps the lists’ ids per site on the device, and the state of their default views', async () => {
    const values = new Map<string, unknown>();
    const store = {
      read: <T>(k: string) => values.get(k) as T | undefined,
      write: async (k: string, v: unknown) => void values.set(k, v),
    };
    const memory = createListMemory('Host:/sites/A', store);
    memory.remember('meetings', 'id-1', ['Title', 'TpDaten']);
    memory.setView('meetings', 'refused');
    const again = createListMemory('host:/sites/a', store);
    expect(again.id('meetings')).toBe('id-1');
    expect(again.columns('meetings')).toEqual(['Title', 'TpDaten']);
    expect(again.view('meetings')).toBe('refused');
    again.retryRefusedViews();
    expect(again.view('meetings')).toBeUndefined();
    again.remember('meetings', 'id-2');
    expect(again.columns('meetings')).toBeUndefined();
    again.forget('meetings');
    expect(createListMemory('host:/sites/a', store).id('meetings')).toBeUndefined();
    expect(createListMemory('host:/sites/b', store).id('meetings')).toBeUndefined();
  });
});
