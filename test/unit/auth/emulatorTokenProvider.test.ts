import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';

interface TokenCall {
  scopes: string[];
  flow?: string;
}

type Answer = { status?: number; body: Record<string, unknown> };

/** A fake emulator token endpoint: answers in turn, records what was asked (and how it was sent). */
function fakeEmulator(answers: Answer[]) {
  const calls: TokenCall[] = [];
  const requests: RequestInit[] = [];
  const fetchFn: typeof fetch = async (_url, init) => {
    requests.push(init ?? {});
    const form = new URLSearchParams(String(init?.body));
    calls.push({ scopes: (form.get('scope') ?? '').split(' '), flow: form.get('flow') ?? undefined });
    const answer = answers.shift() ?? { body: { access_token: 'spare', expires_in: 3600, sign_in: 'nested' } };
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 });
  };
  return { fetchFn, calls, requests };
}

const token = (access_token: string, sign_in = 'nested'): Answer => ({
  body: { access_token, token_type: 'Bearer', expires_in: 3600, scope: '', sign_in },
});

const origin = 'http://127.0.0.1:4000';

describe('emulatorTokenProvider', () => {
  it('asks the emulator once per scope set and keeps the token in memory until it nearly expires', async () => {
    let now = 0;
    const { fetchFn, calls } = fakeEmulator([token('a'), token('b'), token('c')]);
    const provider = createEmulatorTokenProvider({ origin, fetchFn, now: () => now });
    expect(await provider.getToken(['User.Read'])).toBe('a');
    expect(await provider.getToken(['User.Read'])).toBe('a');
    expect(await provider.getToken(['Calendars.ReadWrite'])).toBe('b');
    now = 3600 * 1000;
    expect(await provider.getToken(['User.Read'])).toBe('c');
    expect(calls.map((call) => call.scopes)).toEqual([['User.Read'], ['Calendars.ReadWrite'], ['User.Read']]);
  });

  it('posts a form, as Entra ID takes it: a CORS simple request, with no preflight before it', async () => {
    const { fetchFn, requests } = fakeEmulator([token('a')]);
    await createEmulatorTokenProvider({ origin, fetchFn }).getToken(['User.Read', 'Sites.Selected']);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.headers).toBeUndefined();
    expect(requests[0]?.body).toBeInstanceOf(URLSearchParams);
    expect(String(requests[0]?.body)).toBe('scope=User.Read+Sites.Selected&flow=nested');
  });

  it('asks afresh when forceRefresh is set', async () => {
    const { fetchFn, calls } = fakeEmulator([token('old'), token('new')]);
    const provider = createEmulatorTokenProvider({ origin, fetchFn });
    expect(await provider.getToken(['User.Read'])).toBe('old');
    expect(await provider.getToken(['User.Read'], { forceRefresh: true })).toBe('new');
    expect(await provider.getToken(['User.Read'])).toBe('new');
    expect(calls).toHaveLength(2);
  });

  it('keeps SharePoint tokens apart from Graph tokens (the resource is part of the key)', async () => {
    const sharePoint = 'https://landkreisnortheim.sharepoint.com/Sites.Selected';
    const { fetchFn, calls } = fakeEmulator([token('graph'), token('sharepoint')]);
    const provider = createEmulatorTokenProvider({ origin, fetchFn });
    expect(await provider.getToken(['Sites.Selected'])).toBe('graph');
    expect(await provider.getToken([sharePoint])).toBe('sharepoint');
    expect(await provider.getToken([sharePoint])).toBe('sharepoint');
    expect(calls.map((call) => call.scopes)).toEqual([['Sites.Selected'], [sharePoint]]);
  });

  it('signs in through nested app authentication where the tenant profile offers it', async () => {
    const { fetchFn, calls } = fakeEmulator([token('a', 'nested')]);
    const provider = createEmulatorTokenProvider({ origin, fetchFn });
    await expect(provider.signInMethod?.()).resolves.toBe('emulator-nested');
    expect(calls).toEqual([{ scopes: ['User.Read'], flow: 'nested' }]);
  });

  it('falls back to the popup flow on nested_app_auth_unavailable, and stays there', async () => {
    const unavailable: Answer = { status: 400, body: { error: 'nested_app_auth_unavailable' } };
    const { fetchFn, calls } = fakeEmulator([unavailable, token('a', 'popup'), token('b', 'popup')]);
    const provider = createEmulatorTokenProvider({ origin, fetchFn });
    expect(await provider.getToken(['User.Read'])).toBe('a');
    expect(await provider.getToken(['Tasks.ReadWrite'])).toBe('b');
    await expect(provider.signInMethod?.()).resolves.toBe('emulator-popup');
    expect(calls.map((call) => call.flow)).toEqual(['nested', 'popup', 'popup']);
  });

  it('maps a consent_required answer to consent-required naming the missing permissions', async () => {
    const refused: Answer = {
      status: 400,
      body: {
        error: 'invalid_grant',
        suberror: 'consent_required',
        error_description: 'AADSTS65001: …',
        missing: ['Mail.Send'],
      },
    };
    const { fetchFn } = fakeEmulator([refused]);
    const provider = createEmulatorTokenProvider({ origin, fetchFn });
    await expect(provider.getToken(['User.Read', 'Mail.Send'])).rejects.toMatchObject({
      code: 'consent-required',
      details: { missing: 'Mail.Send' },
    });
  });

  it('reports other refusals as auth-required with the status', async () => {
    const { fetchFn } = fakeEmulator([{ status: 400, body: { error: 'invalid_scope' } }]);
    const provider = createEmulatorTokenProvider({ origin, fetchFn });
    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({
      code: 'auth-required',
      details: { status: 400, serviceCode: 'invalid_scope' },
    });
  });

  it('reports an unreachable emulator as offline', async () => {
    const fetchFn = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    const provider = createEmulatorTokenProvider({ origin: 'http://127.0.0.1:1', fetchFn });
    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({ code: 'offline' });
  });
});
