import { errors } from './errors';

/** Rates 0..1 per request; latency in ms added before answering; Retry-After in seconds (default 1). */
export interface FaultOptions {
  rate429?: number;
  rate503?: number;
  latencyMs?: number;
  dropRate?: number;
  retryAfterSeconds?: number;
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

  constructor(
    faults: FaultOptions = {},
    private readonly random: () => number = Math.random,
  ) {
    this.faults = complete(faults);
  }

  set(faults: FaultOptions): void {
    this.faults = complete(faults);
  }

  get(): Required<FaultOptions> {
    return { ...this.faults };
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
}

function complete(f: FaultOptions): Required<FaultOptions> {
  return {
    rate429: f.rate429 ?? 0,
    rate503: f.rate503 ?? 0,
    latencyMs: f.latencyMs ?? 0,
    dropRate: f.dropRate ?? 0,
    retryAfterSeconds: f.retryAfterSeconds ?? 1,
  };
}

const RATE_KEYS = ['rate429', 'rate503', 'dropRate'] as const;
const ALL_KEYS: readonly string[] = [...RATE_KEYS, 'latencyMs', 'retryAfterSeconds'];

/** Checks a FaultOptions object from JSON (control endpoint) or from flags; throws a 400 Graph error. */
export function validateFaults(input: unknown): FaultOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw errors.badRequest('Fault options must be a JSON object.');
  const out: FaultOptions = {};
  for (const [key, value] of Object.entries(input)) {
    if (!ALL_KEYS.includes(key))
      throw errors.badRequest(`Unknown fault option '${key}'. Known: ${ALL_KEYS.join(', ')}.`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw errors.badRequest(`Fault option '${key}' must be a non-negative number.`);
    }
    if ((RATE_KEYS as readonly string[]).includes(key) && value > 1)
      throw errors.badRequest(`Fault option '${key}' is a rate between 0 and 1.`);
    (out as Record<string, number>)[key] = value;
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
