import type { RouteContext } from '../context';
import { driveErrors } from './driveErrors';

export type ConflictBehavior = 'fail' | 'replace' | 'rename';
const BEHAVIORS: readonly string[] = ['fail', 'replace', 'rename'];
const ANNOTATION = '@microsoft.graph.conflictBehavior';

function parse(value: unknown): ConflictBehavior {
  if (typeof value === 'string' && BEHAVIORS.includes(value.toLowerCase()))
    return value.toLowerCase() as ConflictBehavior;
  throw driveErrors.invalidRequest(
    `Invalid value '${String(value)}' for ${ANNOTATION}; expected fail, replace or rename.`,
  );
}

/** From the query string (`?@microsoft.graph.conflictBehavior=…`), else from the body, else `fallback`. */
export function conflictBehavior(ctx: RouteContext, fallback: ConflictBehavior): ConflictBehavior {
  for (const part of (ctx.req.rawQuery ?? '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && decodeURIComponent(part.slice(0, eq)) === ANNOTATION)
      return parse(decodeURIComponent(part.slice(eq + 1)));
  }
  const body = ctx.req.body;
  if (typeof body === 'object' && body !== null && ANNOTATION in body)
    return parse((body as Record<string, unknown>)[ANNOTATION]);
  return fallback;
}
