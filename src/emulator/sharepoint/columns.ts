import { errors } from '../errors';
import { newGuid, stableGuid } from '../ids';
import type { ColumnRecord, ColumnType } from '../state';

type Check = (value: unknown) => boolean;
const isBool: Check = (v) => typeof v === 'boolean';
const isInt: Check = (v) => Number.isInteger(v);
const isNum: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isStr: Check = (v) => typeof v === 'string';
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const isStrArray: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The facet properties Graph defines per column type, with their JSON types. */
const FACETS: Record<ColumnType, Record<string, Check>> = {
  text: {
    allowMultipleLines: isBool,
    appendChangesToExistingText: isBool,
    linesForEditing: isInt,
    maxLength: isInt,
    textType: oneOf('plain', 'richText'),
  },
  number: {
    decimalPlaces: oneOf('automatic', 'none', 'one', 'two', 'three', 'four', 'five'),
    displayAs: oneOf('number', 'percentage'),
    maximum: isNum,
    minimum: isNum,
  },
  currency: { locale: isStr },
  dateTime: { displayAs: oneOf('default', 'friendly', 'standard'), format: oneOf('dateOnly', 'dateTime') },
  choice: {
    allowTextEntry: isBool,
    choices: isStrArray,
    displayAs: oneOf('checkBoxes', 'dropDownMenu', 'radioButtons'),
  },
  boolean: {},
};

const UNSUPPORTED_TYPES = [
  'calculated',
  'contentApprovalStatus',
  'geolocation',
  'hyperlinkOrPicture',
  'lookup',
  'personOrGroup',
  'term',
  'thumbnail',
];
const FLAGS: Record<string, Check> = {
  name: isStr,
  displayName: isStr,
  description: isStr,
  columnGroup: isStr,
  enforceUniqueValues: isBool,
  hidden: isBool,
  indexed: isBool,
  readOnly: isBool,
  required: isBool,
};
const UNSUPPORTED_PROPS = [
  'defaultValue',
  'validation',
  'isDeletable',
  'isReorderable',
  'isSealed',
  'propagateChanges',
  'sourceColumn',
  'contentType',
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFacet(type: ColumnType, facet: unknown, column: string): Record<string, unknown> {
  if (!isObject(facet)) throw errors.badRequest(`Column '${column}': '${type}' must be an object.`);
  for (const [key, value] of Object.entries(facet)) {
    const check = FACETS[type][key];
    if (!check) throw errors.unknownProperty(key, `microsoft.graph.${type}Column`);
    if (!check(value)) throw errors.badRequest(`Column '${column}': '${type}.${key}' has the wrong type or value.`);
  }
  return { ...facet };
}

function columnType(input: Record<string, unknown>, name: string): ColumnType {
  const unsupported = UNSUPPORTED_TYPES.find((t) => t in input);
  if (unsupported) throw errors.notImplemented(`'${unsupported}' columns (column '${name}')`);
  const types = (Object.keys(FACETS) as ColumnType[]).filter((t) => t in input);
  if (types.length !== 1)
    throw errors.invalidRequest(
      `Column '${name}' needs exactly one type facet (text, number, currency, dateTime, choice or boolean).`,
    );
  return types[0] as ColumnType;
}

/** A columnDefinition from a request body, checked strictly. */
export function parseColumn(input: unknown): ColumnRecord {
  if (!isObject(input)) throw errors.badRequest('Each column must be a JSON object.');
  const name = input.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name)) {
    throw errors.invalidRequest(`Column name '${String(name)}' is invalid: use 1–32 ASCII letters, digits or '_'.`);
  }
  const type = columnType(input, name);
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith('@') || key === type) continue;
    if (UNSUPPORTED_PROPS.includes(key)) throw errors.notImplemented(`the column property '${key}'`);
    const check = FLAGS[key];
    if (!check) throw errors.unknownProperty(key, 'microsoft.graph.columnDefinition');
    if (!check(value)) throw errors.badRequest(`Column '${name}': '${key}' has the wrong JSON type.`);
  }
  const facet = checkFacet(type, input[type], name);
  if (type === 'choice' && !isStrArray(facet.choices))
    throw errors.invalidRequest(`Choice column '${name}' needs 'choices'.`);
  const flag = (key: string) => input[key] === true;
  return {
    id: newGuid(),
    name,
    displayName: typeof input.displayName === 'string' ? input.displayName : name,
    description: typeof input.description === 'string' ? input.description : '',
    columnGroup: typeof input.columnGroup === 'string' ? input.columnGroup : 'Custom Columns',
    enforceUniqueValues: flag('enforceUniqueValues'),
    hidden: flag('hidden'),
    indexed: flag('indexed'),
    readOnly: flag('readOnly'),
    required: flag('required'),
    type,
    facet,
  };
}

function builtIn(
  name: string,
  type: ColumnType,
  facet: Record<string, unknown>,
  extra: Partial<ColumnRecord>,
): ColumnRecord {
  return {
    id: stableGuid(`column:${name}`),
    name,
    displayName: name,
    description: '',
    columnGroup: 'Custom Columns',
    enforceUniqueValues: false,
    hidden: false,
    indexed: false,
    readOnly: false,
    required: false,
    type,
    facet,
    ...extra,
  };
}

/** The columns every generic list has before its own. */
export function builtInColumns(): ColumnRecord[] {
  const readOnly = { readOnly: true, columnGroup: '_Hidden' };
  return [
    builtIn('Title', 'text', { allowMultipleLines: false, maxLength: 255 }, { required: true }),
    builtIn(
      'Created',
      'dateTime',
      { displayAs: 'default', format: 'dateTime' },
      { ...readOnly, displayName: 'Created' },
    ),
    builtIn(
      'Modified',
      'dateTime',
      { displayAs: 'default', format: 'dateTime' },
      { ...readOnly, displayName: 'Modified' },
    ),
  ];
}

/** A column as Graph returns it. */
export function columnView(column: ColumnRecord): Record<string, unknown> {
  const { type, facet, ...rest } = column;
  return { ...rest, [type]: facet };
}
