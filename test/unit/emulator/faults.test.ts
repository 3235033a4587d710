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
    expect(injector.get()).toEqual({
      rate429: 0,
      rate503: 0,
      dropRate: 0,
      latencyMs: 20,
      retryAfterSeconds: 4,
      maxPageSize: 0,
      lostAnswers: [],
      transactionIdWindowSeconds: 300,
    });
  });

  it('checks maxPageSize, transactionIdWindowSeconds and lostAnswers', () => {
    expect(validateFaults({ maxPageSize: 3, transactionIdWindowSeconds: 2 })).toEqual({
      maxPageSize: 3,
      transactionIdWindowSeconds: 2,
    });
    expect(() => validateFaults({ maxPageSize: 2.5 })).toThrow(/whole number/);
    expect(() => validateFaults({ maxPageSize: -1 })).toThrow(/non-negative/);
    expect(validateFaults({ lostAnswers: [{ method: 'post', path: '/me/sendMail' }] })).toEqual({
      lostAnswers: [{ method: 'POST', path: '/me/sendMail', as: '504', times: 1 }],
    });
    expect(() => validateFaults({ lostAnswers: {} })).toThrow(/array/);
    expect(() => validateFaults({ lostAnswers: [{ path: '' }] })).toThrow(/path/);
    expect(() => validateFaults({ lostAnswers: [{ path: '/x', as: '500' }] })).toThrow(/"504" or "drop"/);
    expect(() => validateFaults({ lostAnswers: [{ path: '/x', times: 0 }] })).toThrow(/times/);
    expect(() => validateFaults({ lostAnswers: [{ path: '(', regex: true }] })).toThrow(/regular expression/);
    expect(() => validateFaults({ lostAnswers: [{ path: '/x', verb: 'GET' }] })).toThrow(/unknown key 'verb'/);
  });

  it('loses answers of matching requests only, counting the rule down', () => {
    const injector = new FaultInjector({
      lostAnswers: [
        { method: 'POST', path: '/me/sendMail', as: 'drop', times: 2 },
        { path: '/lists/[^/]+/items$', regex: true, as: '504', times: 1 },
      ],
    });
    expect(injector.takeLostAnswer('GET', '/me/sendMail')).toBeUndefined();
    expect(injector.takeLostAnswer('POST', '/me/SENDMAIL')).toBe('drop');
    expect(injector.get().lostAnswers[0]?.times).toBe(1);
    expect(injector.takeLostAnswer('POST', '/users/x/me/sendMail')).toBe('drop');
    expect(injector.takeLostAnswer('POST', '/me/sendMail')).toBeUndefined();
    expect(injector.takeLostAnswer('POST', '/sites/a/lists/Vernetzungstreffen%20Orte/items/5')).toBeUndefined();
    expect(injector.takeLostAnswer('PATCH', '/sites/a/lists/b/items')).toBe('504');
    expect(injector.get().lostAnswers).toEqual([]);
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
      TREFFPUNKT_MAX_PAGE_SIZE: '3',
    };
    expect(faultsFromEnv(env)).toEqual({ rate429: 0.1, latencyMs: 150, dropRate: 0.05, maxPageSize: 3 });
    expect(() => faultsFromEnv({ TREFFPUNKT_FAULT_429: 'viel' })).toThrow(GraphError);
  });
});
