import { GraphError } from '../../../src/emulator/errors';
import { FaultInjector, faultsFromEnv, seededRandom, validateFaults } from '../../../src/emulator/faults';

describe('fault injection', () => {
  it('seeded random sources repeat exactly', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('decides nothing without rates and never calls the random source then', () => {
    const random = jest.fn(() => 0);
    expect(new FaultInjector({}, random).decide()).toBe('none');
    expect(random).not.toHaveBeenCalled();
  });

  it('maps one draw to drop, 429, 503 or none by the configured rates', () => {
    const draws = [0.05, 0.15, 0.35, 0.9];
    const injector = new FaultInjector({ dropRate: 0.1, rate429: 0.2, rate503: 0.3 }, () => draws.shift() ?? 0);
    expect([injector.decide(), injector.decide(), injector.decide(), injector.decide()]).toEqual([
      'drop',
      '429',
      '503',
      'none',
    ]);
  });

  it('never drops inside a batch', () => {
    const injector = new FaultInjector({ dropRate: 1 }, () => 0);
    expect(injector.decide(false)).toBe('none');
    expect(new FaultInjector({ dropRate: 0.5, rate429: 0.5 }, () => 0.1).decide(false)).toBe('429');
  });

  it('hits roughly the configured rate with a seeded source', () => {
    const injector = new FaultInjector({ rate429: 0.25 }, seededRandom(7));
    const hits = Array.from({ length: 2000 }, () => injector.decide()).filter((d) => d === '429').length;
    expect(hits / 2000).toBeGreaterThan(0.2);
    expect(hits / 2000).toBeLessThan(0.3);
  });

  it('defaults Retry-After to 1 second and can be replaced', () => {
    const injector = new FaultInjector();
    expect(injector.retryAfterSeconds).toBe(1);
    injector.set({ retryAfterSeconds: 4, latencyMs: 20 });
    expect(injector.get()).toEqual({ rate429: 0, rate503: 0, dropRate: 0, latencyMs: 20, retryAfterSeconds: 4 });
  });

  it('validates options strictly', () => {
    expect(() => validateFaults({ rate429: 2 })).toThrow(GraphError);
    expect(() => validateFaults({ rate429: '0.1' })).toThrow(GraphError);
    expect(() => validateFaults({ rate42: 0.1 })).toThrow(/Unknown fault option/);
    expect(() => validateFaults({ rate429: 0.6, rate503: 0.6 })).toThrow(/exceed/);
    expect(validateFaults({ rate503: 0.1, latencyMs: 200 })).toEqual({ rate503: 0.1, latencyMs: 200 });
  });

  it('reads TREFFPUNKT_* environment variables', () => {
    const env = {
      TREFFPUNKT_FAULT_429: '0.1',
      TREFFPUNKT_FAULT_503: '',
      TREFFPUNKT_LATENCY_MS: '150',
      TREFFPUNKT_DROP_RATE: '0.05',
    };
    expect(faultsFromEnv(env)).toEqual({ rate429: 0.1, latencyMs: 150, dropRate: 0.05 });
    expect(() => faultsFromEnv({ TREFFPUNKT_FAULT_429: 'viel' })).toThrow(GraphError);
  });
});
