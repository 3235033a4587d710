import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';

function fakeFetch(tokens: string[]) {
  const calls: unknown[] = [];
  const fetchFn = jest.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    calls.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify({ access_token: tokens[calls.length - 1], expires_in: 3600 }));
  });
  return { fetchFn: fetchFn as unknown as typeof fetch, calls };
}

describe('emulatorTokenProvider', () => {
  it('asks the emulator once per scope set and keeps the token in memory until it nearly expires', async () => {
    let now = 0;
    const { fetchFn, calls } = fakeFetch(['a', 'b', 'c']);
    const provider = createEmulatorTokenProvider({ origin: 'http://127.0.0.1:4000', fetchFn, now: () => now });
    expect(await provider.getToken(['User.Read'])).toBe('a');
    expect(await provider.getToken(['User.Read'])).toBe('a');
    expect(await provider.getToken(['Calendars.ReadWrite'])).toBe('b');
    now = 3600 * 1000;
    expect(await provider.getToken(['User.Read'])).toBe('c');
    expect(calls).toEqual([{ scopes: ['User.Read'] }, { scopes: ['Calendars.ReadWrite'] }, { scopes: ['User.Read'] }]);
  });

  it('reports an unreachable emulator as offline', async () => {
    const fetchFn = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    const provider = createEmulatorTokenProvider({ origin: 'http://127.0.0.1:1', fetchFn });
    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({ code: 'offline' });
  });
});
