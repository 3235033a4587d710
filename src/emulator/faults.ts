import { errors } from './errors';
import {
  completeRule,
  type LostAnswerInput,
  type LostAnswerRule,
  takeLostAnswer,
  validateLostAnswers,
} from './lostAnswers';

export type { LostAnswerInput, LostAnswerRule } from './lostAnswers';

/** Rates 0..1 per request; latency in ms added before answering; Retry-After in seconds (default 1). */
export interface FaultOptions {
  rate429?: number;
  rate503?: number;
  latencyMs?: number;
  dropRate?: number;
  retryAfterSeconds?: number;
  /** server-side paging: every collection in pages of at most N items, whatever $top asks (0: off) */
  maxPageSize?: number;
  /** requests carried out whose answer is then lost (504 or a dropped connection) */
  lostAnswers?: LostAnswerInput[];
  /** how long Exchange remembers an event's transactionId (default 300 s; undocumented, kept short) */
  transactionIdWindowSeconds?: number;
}

export type FaultDecision = 'none' | '429' | '503' | 'drop';

/** mulberry32: a small seedable generator, so fault tests are deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Decides, per request, whether to misbehave. One random draw per decision. */
export class FaultInjector {
  private faults: Required<FaultOptions>;
  /** the lostAnswers rules, complete, counted down in place */
  private rules: LostAnswerRule[];

  constructor(
    faults: FaultOptions = {},
    private readonly random: () => number = Math.random,
  ) {
    this.faults = complete(faults);
    this.rules = (faults.lostAnswers ?? []).map(completeRule);
  }

  set(faults: FaultOptions): void {
    this.faults = complete(faults);
    this.rules = (faults.lostAnswers ?? []).map(completeRule);
  }

  /** The options in force; `lostAnswers` with the times still left. */
  get(): Required<FaultOptions> {
    return { ...this.faults, lostAnswers: this.rules.map((rule) => ({ ...rule })) };
  }

  /** For a top-level request; `allowDrop` is false inside a $batch (there is no socket to drop). */
  decide(allowDrop = true): FaultDecision {
    const { dropRate, rate429, rate503 } = this.faults;
    const total = (allowDrop ? dropRate : 0) + rate429 + rate503;
    if (total <= 0) return 'none';
    const r = this.random();
    if (allowDrop && r < dropRate) return 'drop';
    const base = allowDrop ? dropRate : 0;
    if (r < base + rate429) return '429';
    if (r < base + rate429 + rate503) return '503';
    return 'none';
  }

  get latencyMs(): number {
    return this.faults.latencyMs;
  }

  get retryAfterSeconds(): number {
    return this.faults.retryAfterSeconds;
  }

  /** 0 when collections are not cut below their own page size */
  get maxPageSize(): number {
    return this.faults.maxPageSize;
  }

  get transactionIdWindowSeconds(): number {
    return this.faults.transactionIdWindowSeconds;
  }

  /** After a request was carried out with a 2xx answer: whether that answer is to be lost (counts the rule down). */
  takeLostAnswer(method: string, path: string): '504' | 'drop' | undefined {
    return takeLostAnswer(this.rules, method, path);
  }
}

export const DEFAULT_TRANSACTION_ID_WINDOW_SECONDS = 300;

function complete(f: FaultOptions): Required<FaultOptions> {
  return {
    rate429: f.rate429 ?? 0,
    rate503: f.rate503 ?? 0,
    latencyMs: f.latencyMs ?? 0,
    dropRate: f.dropRate ?? 0,
    retryAfterSeconds: f.retryAfterSeconds ?? 1,
    maxPageSize: f.maxPageSize ?? 0,
    lostAnswers: [],
    transactionIdWindowSeconds: f.transactionIdWindowSeconds ?? DEFAULT_TRANSACTION_ID_WINDOW_SECONDS,
  };
}

const RATE_KEYS = ['rate429', 'rate503', 'dropRate'] as const;
const INTEGER_KEYS = ['maxPageSize'];
const NUMBER_KEYS: readonly string[] = [
  ...RATE_KEYS,
  ...INTEGER_KEYS,
  'latencyMs',
  'retryAfterSeconds',
  'transactionIdWindowSeconds',
];
const ALL_KEYS: readonly string[] = [...NUMBER_KEYS, 'lostAnswers'];

function checkNumber(key: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw errors.badRequest(`Fault option '${key}' must be a non-negative number.`);
  if ((RATE_KEYS as readonly string[]).includes(key) && value > 1)
    throw errors.badRequest(`Fault option '${key}' is a rate between 0 and 1.`);
  if (INTEGER_KEYS.includes(key) && !Number.isInteger(value))
    throw errors.badRequest(`Fault option '${key}' must be a whole number (0: off).`);
  return value;
}

/** Checks a FaultOptions object from JSON (control endpoint) or from flags; throws a 400 Graph error. */
export function validateFaults(input: unknown): FaultOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw errors.badRequest('Fault options must be a JSON object.');
  const out: FaultOptions = {};
  for (const [key, value] of Object.entries(input)) {
    if (!ALL_KEYS.includes(key))
      throw errors.badRequest(`Unknown fault option '${key}'. Known: ${ALL_KEYS.join(', ')}.`);
    if (key === 'lostAnswers') out.lostAnswers = validateLostAnswers(value);
    else (out as Record<string, number>)[key] = checkNumber(key, value);
  }
  const sum = (out.rate429 ?? 0) + (out.rate503 ?? 0) + (out.dropRate ?? 0);
  if (sum > 1) throw errors.badRequest('rate429 + rate503 + dropRate must not exceed 1.');
  return out;
}

const ENV: Record<string, keyof FaultOptions> = {
  TREFFPUNKT_FAULT_429: 'rate429',
  TREFFPUNKT_FAULT_503: 'rate503',
  TREFFPUNKT_LATENCY_MS: 'latencyMs',
  TREFFPUNKT_DROP_RATE: 'dropRate',
  TREFFPUNKT_RETRY_AFTER: 'retryAfterSeconds',
  TREFFPUNKT_MAX_PAGE_SIZE: 'maxPageSize',
};

/** Fault options from TREFFPUNKT_* environment variables (unset or empty ones are skipped). */
export function faultsFromEnv(env: NodeJS.ProcessEnv): FaultOptions {
  const raw: Record<string, number> = {};
  for (const [name, key] of Object.entries(ENV)) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') raw[key] = Number(value);
  }
  return validateFaults(raw);
}
