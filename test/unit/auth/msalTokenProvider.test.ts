import {
  type AccountInfo,
  type AuthenticationResult,
  BrowserAuthError,
  InteractionRequiredAuthError,
} from '@azure/msal-browser';
import type { MsalClientKind, MsalClientOptions } from '../../../src/auth/msalClient';
import { createMsalTokenProvider, type MsalClient } from '../../../src/auth/msalTokenProvider';
import type { SignInHost } from '../../../src/office/signInHost';
import { alice, fakeHost, outlookAlice } from './signInFakes';

const result = (accessToken: string, account: AccountInfo | null = alice) =>
  ({ accessToken, account }) as AuthenticationResult;

const noAccount = () => new BrowserAuthError('no_account_error', '');

/** A typed fake of MSAL's public client: silent answers with no account, nothing else set up. */
function fakeMsal(setup: Partial<MsalClient> = {}) {
  return {
    acquireTokenSilent: jest.fn(setup.acquireTokenSilent ?? (() => Promise.reject(noAccount()))),
    ssoSilent: jest.fn(
      setup.ssoSilent ?? (() => Promise.reject(new InteractionRequiredAuthError('login_required', ''))),
    ),
    acquireTokenPopup: jest.fn(setup.acquireTokenPopup ?? (() => Promise.resolve(result('popup')))),
    getAccount: jest.fn(setup.getAccount ?? (() => null)),
    getActiveAccount: jest.fn(setup.getActiveAccount ?? (() => null)),
    setActiveAccount: jest.fn(),
  } satisfies MsalClient;
}

function providerWith(msal: MsalClient, host: SignInHost) {
  const created: { kind: MsalClientKind; options: MsalClientOptions }[] = [];
  const provider = createMsalTokenProvider({
    clientId: '00000000-0000-0000-0000-000000000001',
    authority: 'https://login.microsoftonline.com/tid-1',
    paneUrl: 'https://addin.landkreis-northeim.de/treffpunkt/taskpane.html?et=1',
    host,
    clientFactory: async (kind, options) => {
      created.push({ kind, options });
      return msal;
    },
  });
  return { provider, created };
}

describe('msalTokenProvider: where Outlook offers nested app authentication', () => {
  it('uses the nestable client and the account Outlook is signed in with, silently', async () => {
    const msal = fakeMsal({ getAccount: () => alice, acquireTokenSilent: async () => result('silent') });
    const { provider, created } = providerWith(msal, fakeHost(true, outlookAlice));
    await expect(provider.getToken(['User.Read'])).resolves.toBe('silent');
    expect(created).toEqual([{ kind: 'nested', options: expect.objectContaining({ clientId: expect.any(String) }) }]);
    expect(msal.getAccount).toHaveBeenCalledWith({
      username: alice.username,
      localAccountId: 'oid-1',
      tenantId: 'tid-1',
    });
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ['User.Read'],
      account: alice,
      forceRefresh: false,
    });
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
    await expect(provider.signInMethod?.()).resolves.toBe('nested');
  });

  it("without a matching MSAL account asks ssoSilent with Outlook's login hint, then keeps the account", async () => {
    const msal = fakeMsal({ ssoSilent: async () => result('sso'), acquireTokenSilent: async () => result('cached') });
    const { provider } = providerWith(msal, fakeHost(true, outlookAlice));
    await expect(provider.getToken(['User.Read'])).resolves.toBe('sso');
    expect(msal.ssoSilent).toHaveBeenCalledWith({ scopes: ['User.Read'], loginHint: 'hint-alice' });
    await expect(provider.getToken(['Calendars.ReadWrite'])).resolves.toBe('cached');
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith(expect.objectContaining({ account: alice }));
    expect(msal.setActiveAccount).not.toHaveBeenCalled();
  });

  it('passes forceRefresh on to the silent call', async () => {
    const msal = fakeMsal({ getAccount: () => alice, acquireTokenSilent: async () => result('fresh') });
    const { provider } = providerWith(msal, fakeHost(true, outlookAlice));
    await provider.getToken(['Sites.Selected'], { forceRefresh: true });
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ['Sites.Selected'],
      account: alice,
      forceRefresh: true,
    });
  });

  it('asked silentOnly, never opens a prompt: a silent failure that would need the user is a refusal', async () => {
    const consent = new InteractionRequiredAuthError('consent_required', 'AADSTS65001: not consented');
    const msal = fakeMsal({ getAccount: () => alice, acquireTokenSilent: () => Promise.reject(consent) });
    const { provider } = providerWith(msal, fakeHost(true, outlookAlice));
    await expect(provider.getToken(['Sites.Selected', 'User.Read'], { silentOnly: true })).rejects.toMatchObject({
      code: 'consent-required',
    });
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
    // Without silentOnly the same failure goes on to the prompt, as before.
    await expect(provider.getToken(['User.Read'])).resolves.toBe('popup');
    expect(msal.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('answers a claims challenge interactively, passing the claims on', async () => {
    const msal = fakeMsal({ getAccount: () => alice });
    const { provider } = providerWith(msal, fakeHost(true, outlookAlice));
    await expect(provider.getToken(['User.Read'], { claims: '{"x":1}' })).resolves.toBe('popup');
    expect(msal.acquireTokenSilent).not.toHaveBeenCalled();
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['User.Read'], account: alice, claims: '{"x":1}' });
  });
});

describe('msalTokenProvider: outside Office (no NAA, no Office dialog)', () => {
  it("signs in through a standard client's popup that returns to auth-redirect.html", async () => {
    const msal = fakeMsal();
    const host = fakeHost(false, outlookAlice, 'alice@landkreis-northeim.de');
    const { provider, created } = providerWith(msal, host);
    await expect(provider.signInMethod?.()).resolves.toBe('popup');
    await expect(provider.getToken(['User.Read'])).resolves.toBe('popup');
    expect(created).toEqual([
      {
        kind: 'standard',
        options: expect.objectContaining({
          redirectUri: 'https://addin.landkreis-northeim.de/treffpunkt/auth-redirect.html',
        }),
      },
    ]);
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ['User.Read'],
      loginHint: 'alice@landkreis-northeim.de',
    });
    expect(msal.setActiveAccount).toHaveBeenCalledWith(alice);
  });

  it('without any hint, the silent call without an account fails with no_account_error and the popup follows', async () => {
    const msal = fakeMsal();
    const { provider } = providerWith(msal, fakeHost(false));
    await expect(provider.getToken(['User.Read'])).resolves.toBe('popup');
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['User.Read'], forceRefresh: false });
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['User.Read'] });
  });

  it('opens one popup for requests made at the same time; the others then succeed silently', async () => {
    let signedIn = false;
    const msal = fakeMsal({
      acquireTokenSilent: async (request) => {
        if (!request.account) throw noAccount();
        return result(`silent-${request.scopes.join()}`);
      },
      acquireTokenPopup: async () => {
        signedIn = true;
        return result('popup');
      },
    });
    const { provider } = providerWith(msal, fakeHost(false));
    const tokens = await Promise.all([provider.getToken(['User.Read']), provider.getToken(['Tasks.ReadWrite'])]);
    expect(signedIn).toBe(true);
    expect(tokens).toEqual(['popup', 'silent-Tasks.ReadWrite']);
    expect(msal.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });
});
