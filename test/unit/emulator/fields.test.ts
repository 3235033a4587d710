import { GraphError } from '../../../src/emulator/errors';
import { builtInColumns, parseColumn } from '../../../src/emulator/sharepoint/columns';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX, textLimit, validateFields } from '../../../src/emulator/sharepoint/fields';
import type { ListRecord } from '../../../src/emulator/state';

function list(): ListRecord {
  const columns = [
    { name: 'TpBeginn', dateTime: { format: 'dateTime' } },
    { name: 'TpJahr', number: { decimalPlaces: 'none', minimum: 0 } },
    { name: 'TpKosten', currency: { locale: 'de-DE' } },
    { name: 'TpStatus', choice: { choices: ['geplant', 'eingeladen'] } },
    { name: 'TpOrt', text: {} },
    { name: 'TpProtokoll', text: { allowMultipleLines: true, textType: 'richText' } },
    { name: 'TpBarrierefrei', boolean: {} },
    { name: 'TpDaten', hidden: true, text: { allowMultipleLines: true } },
  ].map(parseColumn);
  return {
    id: 'l',
    name: 'L',
    displayName: 'L',
    description: '',
    template: 'genericList',
    createdDateTime: '',
    lastModifiedDateTime: '',
    createdById: 'u',
    columns: [...builtInColumns(), ...columns],
    defaultViewFields: ['LinkTitle'],
    items: [],
    nextItemId: 1,
  };
}

function rejection(input: unknown): GraphError {
  try {
    validateFields(list(), input);
  } catch (err) {
    if (err instanceof GraphError) return err;
    throw err;
  }
  throw new Error('expected a 400');
}

describe('list item field validation', () => {
  it('accepts values of the right types and normalises date-times to UTC seconds', () => {
    const fields = validateFields(list(), {
      Title: 'Vernetzungstreffen März',
      TpBeginn: '2025-03-12T15:00:00+01:00',
      TpJahr: 2025,
      TpKosten: 84.5,
      TpStatus: 'geplant',
      TpProtokoll: '<p>Begrüßung</p>\n<p>TOP 2</p>',
      TpBarrierefrei: true,
      TpDaten: '{"v":1}',
      TpOrt: null,
      '@odata.etag': '"x,1"',
    });
    expect(fields).toEqual({
      Title: 'Vernetzungstreffen März',
      TpBeginn: '2025-03-12T14:00:00Z',
      TpJahr: 2025,
      TpKosten: 84.5,
      TpStatus: 'geplant',
      TpProtokoll: '<p>Begrüßung</p>\n<p>TOP 2</p>',
      TpBarrierefrei: true,
      TpDaten: '{"v":1}',
      TpOrt: null,
    });
  });

  it('rejects unknown column names as SharePoint does', () => {
    const err = rejection({ Foo: 'x' });
    expect(err.status).toBe(400);
    expect(err.code).toBe('invalidRequest');
    expect(err.message).toBe("Field 'Foo' is not recognized");
  });

  it.each([
    [{ TpJahr: '2025' }, 'a number'],
    [{ TpKosten: '84,50' }, 'a number'],
    [{ TpBeginn: '12.03.2025' }, 'ISO 8601'],
    [{ TpBeginn: 1741788000 }, 'ISO 8601'],
    [{ TpStatus: 'vertagt' }, 'not one of the choices'],
    [{ TpBarrierefrei: 'ja' }, 'true or false'],
    [{ TpOrt: 'a'.repeat(256) }, 'at most 255'],
    [{ TpOrt: 'Zeile 1\nZeile 2' }, 'single line'],
    [{ TpJahr: -1 }, 'at least 0'],
    [{ Created: '2025-01-01T00:00:00Z' }, 'read-only'],
    [{ id: '5' }, 'read-only'],
  ])('rejects %j (%s)', (input, text) => {
    const err = rejection(input);
    expect(err.code).toBe('invalidRequest');
    expect(err.message).toContain(text);
  });

  it.each([
    ['TpOrt', SINGLE_LINE_MAX],
    ['TpProtokoll', MULTI_LINE_MAX],
    ['TpDaten', MULTI_LINE_MAX],
  ])('takes %s up to %i characters and refuses one more, naming the field', (name, max) => {
    expect(validateFields(list(), { [name]: 'ß'.repeat(max) })[name]).toHaveLength(max);
    const err = rejection({ [name]: 'ß'.repeat(max + 1) });
    expect(err.status).toBe(400);
    expect(err.code).toBe('invalidRequest');
    expect(err.message).toBe(`Field '${name}' allows at most ${max} characters; the value has ${max + 1}.`);
  });

  it('keeps a column’s own smaller maxLength, never a larger one', () => {
    const [short, long, note] = [
      { name: 'A', text: { maxLength: 20 } },
      { name: 'B', text: { maxLength: 1000 } },
      { name: 'C', text: { allowMultipleLines: true, maxLength: 100_000 } },
    ].map(parseColumn);
    expect([short, long, note].map((c) => textLimit(c!))).toEqual([20, SINGLE_LINE_MAX, MULTI_LINE_MAX]);
  });

  it('rejects a body that is not an object', () => {
    expect(rejection(['x']).status).toBe(400);
  });
});

describe('column definitions', () => {
  it('rejects unknown and unsupported column properties', () => {
    expect(() => parseColumn({ name: 'A', text: { foo: 1 } })).toThrow(/does not exist on type/);
    expect(() => parseColumn({ name: 'A', text: {}, colour: 'red' })).toThrow(/colour/);
    expect(() => parseColumn({ name: 'A', lookup: {} })).toThrow(/does not support/);
    expect(() => parseColumn({ name: 'A', text: {}, number: {} })).toThrow(/exactly one type/);
    expect(() => parseColumn({ name: 'Mit Leerzeichen', text: {} })).toThrow(/invalid/);
    expect(() => parseColumn({ name: 'A', choice: {} })).toThrow(/choices/);
  });

  it('keeps German display names and the facet', () => {
    const col = parseColumn({ name: 'TpKosten', displayName: 'Kosten', currency: { locale: 'de-DE' } });
    expect(col).toMatchObject({
      name: 'TpKosten',
      displayName: 'Kosten',
      type: 'currency',
      facet: { locale: 'de-DE' },
      hidden: false,
    });
  });
});
