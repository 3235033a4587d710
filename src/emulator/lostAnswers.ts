import { errors } from './errors';

/**
 * A request whose answer gets lost after the service acted on it: the emulator carries it out,
 * then answers 504 (Graph's gateway timeout) or drops the connection. Inside $batch always an inner 504.
 */
export interface LostAnswerRule {
  /** HTTP method; any method when left out */
  method?: string;
  /** the end of the path below /v1.0, compared case-insensitively (encoded and decoded path both tried) */
  path: string;
  /** read `path` as a case-insensitive regular expression instead */
  regex?: boolean;
  as: '504' | 'drop';
  /** how many more matching requests lose their answer */
  times: number;
}

/** A rule as given: `as` defaults to '504', `times` to 1. */
export type LostAnswerInput = Omit<LostAnswerRule, 'as' | 'times'> & Partial<Pick<LostAnswerRule, 'as' | 'times'>>;

export function completeRule(rule: LostAnswerInput): LostAnswerRule {
  return { ...rule, as: rule.as ?? '504', times: rule.times ?? 1 };
}

const RULE_KEYS = ['method', 'path', 'regex', 'as', 'times'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRule(raw: unknown, index: number): LostAnswerRule {
  const where = `lostAnswers[${index}]`;
  if (!isObject(raw)) throw errors.badRequest(`${where} must be an object.`);
  const unknown = Object.keys(raw).find((k) => !RULE_KEYS.includes(k));
  if (unknown) throw errors.badRequest(`${where} has the unknown key '${unknown}'. Known: ${RULE_KEYS.join(', ')}.`);
  const { method, path, regex, as, times } = raw;
  if (typeof path !== 'string' || path.trim() === '')
    throw errors.badRequest(`${where}.path must be a non-empty string.`);
  if (method !== undefined && (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)))
    throw errors.badRequest(`${where}.method must be an HTTP method such as "POST".`);
  if (regex !== undefined && typeof regex !== 'boolean')
    throw errors.badRequest(`${where}.regex must be true or false.`);
  if (regex === true) checkRegex(path, where);
  if (as !== undefined && as !== '504' && as !== 'drop')
    throw errors.badRequest(`${where}.as must be "504" or "drop".`);
  if (times !== undefined && (!Number.isInteger(times) || (times as number) < 1))
    throw errors.badRequest(`${where}.times must be a whole number of at least 1.`);
  return completeRule({
    ...(method === undefined ? {} : { method: method.toUpperCase() }),
    path,
    ...(regex === true ? { regex: true } : {}),
    ...(as === undefined ? {} : { as }),
    ...(times === undefined ? {} : { times: times as number }),
  });
}

function checkRegex(source: string, where: string): void {
  try {
    new RegExp(source, 'i');
  } catch {
    throw errors.badRequest(`${where}.path is not a valid regular expression.`);
  }
}

/** Checks the `lostAnswers` fault option from JSON; throws a 400 Graph error. */
export function validateLostAnswers(input: unknown): LostAnswerRule[] {
  if (!Array.isArray(input)) throw errors.badRequest("Fault option 'lostAnswers' must be an array of rules.");
  return input.map(readRule);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function pathMatches(rule: LostAnswerRule, path: string): boolean {
  const candidates = [path, safeDecode(path)];
  if (rule.regex) {
    const pattern = new RegExp(rule.path, 'i');
    return candidates.some((p) => pattern.test(p));
  }
  const suffix = rule.path.toLowerCase();
  return candidates.some((p) => p.toLowerCase().endsWith(suffix));
}

/** The first rule that matches and still has times left; counts it down (spent rules are removed). */
export function takeLostAnswer(rules: LostAnswerRule[], method: string, path: string): '504' | 'drop' | undefined {
  const index = rules.findIndex(
    (r) => r.times > 0 && (r.method === undefined || r.method === method.toUpperCase()) && pathMatches(r, path),
  );
  const rule = rules[index];
  if (!rule) return undefined;
  rule.times -= 1;
  if (rule.times === 0) rules.splice(index, 1);
  return rule.as;
}
