import { AppError } from './appError';

/**
 * SharePoint's value limits for text columns, counted as SharePoint counts them: UTF-16 code units
 * (JavaScript's `length`). A single line of text holds at most 255 characters (less where the column
 * says so). A multiple-lines column holds at most 63,999 in SharePoint Online: the commonly documented
 * figure (no Microsoft page states one; the stricter reading). Rich text counts with its markup, the
 * hidden JSON column with its quotes and escapes.
 */
export const SINGLE_LINE_TEXT_LIMIT = 255;
export const MULTI_LINE_TEXT_LIMIT = 63_999;

/** A text column as far as its limit goes. */
export interface TextColumnShape {
  multipleLines: boolean;
  /** The column's own smaller limit, where it has one. */
  maxLength?: number;
}

/** How many characters a value of this column may have. */
export function textColumnLimit({ multipleLines, maxLength }: TextColumnShape): number {
  const ceiling = multipleLines ? MULTI_LINE_TEXT_LIMIT : SINGLE_LINE_TEXT_LIMIT;
  return typeof maxLength === 'number' && maxLength > 0 ? Math.min(maxLength, ceiling) : ceiling;
}

/** One text column of a list item as it would be saved: how long its value is and may be. */
export interface ColumnFill {
  /** The column's internal name (e.g. `TpProtokoll`). */
  column: string;
  /** The column's German name, as colleagues see it in the list (e.g. "Protokoll"). */
  label: string;
  length: number;
  limit: number;
}

/** A column whose value would be longer than SharePoint takes: saving it would be refused. */
export type FieldLimitProblem = ColumnFill;

export const isOverLimit = (fill: ColumnFill): boolean => fill.length > fill.limit;

/**
 * The error a save reports instead of sending an item SharePoint would refuse: code `too-long`, the
 * first column's German name and limit in the details (the pane names the field with them).
 */
export function fieldLimitError(problems: readonly FieldLimitProblem[]): AppError {
  const first = problems[0];
  const what = problems.map((p) => `${p.column} has ${p.length} characters, at most ${p.limit}`).join('; ');
  return new AppError('too-long', `Too long for SharePoint: ${what}.`, {
    ...(first ? { field: first.label, limit: first.limit } : {}),
  });
}

/** Where a field stands against its limit: a counter from 90 % on, a message over it. */
export type LimitState = 'fine' | 'near' | 'over';

export const NEAR_LIMIT_SHARE = 0.9;

export function limitState(length: number, limit: number): LimitState {
  if (length > limit) return 'over';
  return length >= NEAR_LIMIT_SHARE * limit ? 'near' : 'fine';
}
