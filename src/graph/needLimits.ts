import { columnTextLimit } from './fieldLimits';
import { needColumns } from './listSchema';

/** SharePoint's Title column: a single line of text. */
const TITLE_LIMIT = columnTextLimit({ name: 'Title', text: {} }) ?? 255;

const limitOf = (name: string) => {
  const column = needColumns.find((c) => c.name === name);
  return (column && columnTextLimit(column)) ?? 0;
};

/** How many characters the fields of a need may hold: the limits of its columns in the needs list. */
export const NEED_TEXT_LIMITS = {
  title: TITLE_LIMIT,
  note: limitOf('TpNotiz'),
  raisedBy: limitOf('TpGenanntVon'),
} as const;
