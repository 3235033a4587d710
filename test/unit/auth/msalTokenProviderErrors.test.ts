import {
  type AuthenticationResult,
  AuthError,
  BrowserAuthError,
  ClientAuthError,
  InteractionRequiredAuthError,
  ServerError,
} from '@azure/msal-browser';
import { createMsalTokenProvider, type MsalClient } from '../../../src/auth/msalTokenProvider';
import { AppError } from '../../../src/domain/appError';
import { alice, fakeHost, outlookAlice } from './signInFakes';

const result = (accessToken: string) => ({ accessToken, account: alice }) as AuthenticationResult;

function fakeMsal(silentError: unknown, popup: MsalClient['acquireTokenPopup'] = async () => result('popup')) {
  return {
    acquireTokenSilent: jest.fn(() => Promise.reject(silentError)),
    ssoSilent: jest.fn(() => Promise.reject(silentError)),
    acquireTokenPopup: jest.fn(popup),
    getAccount: jest.fn(() => alice),
    getActiveAccount: jest.fn(() => null),
    setActiveAccount: jest.fn(),
  } satisfies MsalClient;
}

const nestedHost = fakeHost(true, outlookAlice);

function providerWith(msal: MsalClient) {
  return createMsalTokenProvider({
    clientId: '00000000-0000-0000-0000-000000000001',
    authority: 'https://login.microsoftonline.com/tid-1',
    paneUrl: 'https://localhost:3000/taskpane.html',
    host: nestedHost,
    clientFactory: async () => msal,
  });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('msalTokenProvider: silent failures that warrant the interactive call', () => {
  it.each([
    ['InteractionRequiredAuthError interaction_required', new InteractionRequiredAuthError('interaction_required', '')],
    ['InteractionRequiredAuthError consent_required', new InteractionRequiredAuthError('consent_required', '')],
    ['InteractionRequiredAuthError login_required', new InteractionRequiredAuthError('login_required', '')],
    ['no_account_error (silent call without an account)', new BrowserAuthError('no_account_error', '')],
    ['no_account_found (NAA broker: account unavailable)', new ClientAuthError('no_account_found', '')],
    [
      'monitor_window_timeout (MSAL v5: timed_out)',
      new AuthError('timed_out', '', undefined, 'monitor_window_timeout'),
    ],
    ['monitor_window_timeout (older MSAL)', new BrowserAuthError('monitor_window_timeout', '')],
    ['token_renewal_error (older MSAL)', new AuthError('token_renewal_error', '')],
    ['server sub-error basic_action', new ServerError('invalid_grant', '', 'AADSTS50076', 'basic_action')],
    ['refresh_token_expired', new InteractionRequiredAuthError('refresh_token_expired', '')],
  ])('%s → popup', async (_label, error) => {
    const msal = fakeMsal(error);
    await expect(providerWith(msal).getToken(['Mail.Send'])).resolves.toBe('popup');
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith(expect.objectContaining({ scopes: ['Mail.Send'] }));
  });
});

describe('msalTokenProvider: failures no popup can fix', () => {
  it('reports a network failure as offline without a popup', async () => {
    const msal = fakeMsal(new ClientAuthError('no_network_connectivity', ''));
    const error = await failure(providerWith(msal).getToken(['User.Read']));
    expect(error.code).toBe('offline');
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('reports an unknown silent failure as auth-required with its code, without a popup', async () => {
    const msal = fakeMsal(new AuthError('unknown_error', ''));
    const error = await failure(providerWith(msal).getToken(['User.Read']));
    expect(error).toMatchObject({ code: 'auth-required', details: { serviceCode: 'unknown_error' } });
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('reports a client that cannot be created as auth-required, and tries again next time', async () => {
    const msal = fakeMsal(new InteractionRequiredAuthError('login_required', ''));
    let attempts = 0;
    const provider = createMsalTokenProvider({
      clientId: 'id',
      authority: 'https://login.microsoftonline.com/tid-1',
      paneUrl: 'https://localhost:3000/taskpane.html',
      host: nestedHost,
      clientFactory: async () => {
        if (++attempts === 1) throw new AuthError('endpoints_resolution_error', '');
        return msal;
      },
    });
    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({ code: 'auth-required' });
    await expect(provider.getToken(['User.Read'])).resolves.toBe('popup');
  });
});

describe('msalTokenProvider: the interactive call failing', () => {
  it('turns a cancelled popup into auth-required with a German message', async () => {
    const msal = fakeMsal(new InteractionRequiredAuthError('login_required', ''), () =>
      Promise.reject(new BrowserAuthError('user_cancelled', '')),
    );
    const error = await failure(providerWith(msal).getToken(['User.Read']));
    expect(error.code).toBe('auth-required');
    expect(error.message).toBe('Die Anmeldung wurde abgebrochen. Bitte melden Sie sich an, um fortzufahren.');
  });

  it('says so when the popup was blocked', async () => {
    const msal = fakeMsal(new BrowserAuthError('no_account_error', ''), () =>
      Promise.reject(new BrowserAuthError('popup_window_error', '')),
    );
    const error = await failure(providerWith(msal).getToken(['User.Read']));
    expect(error).toMatchObject({ code: 'auth-required', message: expect.stringContaining('Popups') });
  });

  it('maps missing admin consent in the popup to consent-required naming the permissions', async () => {
    const msal = fakeMsal(new InteractionRequiredAuthError('interaction_required', ''), () =>
      Promise.reject(new ServerError('invalid_grant', '', 'AADSTS65001: The user or administrator has not consented')),
    );
    const error = await failure(providerWith(msal).getToken(['Mail.Send', 'Mail.ReadBasic']));
    expect(error).toMatchObject({ code: 'consent-required', details: { missing: 'Mail.Send Mail.ReadBasic' } });
    expect(error.message).toContain('Mail.Send');
  });

  it('treats closing the admin-approval page after a silent consent_required as consent-required', async () => {
    const msal = fakeMsal(new InteractionRequiredAuthError('consent_required', ''), () =>
      Promise.reject(new ClientAuthError('user_canceled', '')),
    );
    const error = await failure(providerWith(msal).getToken(['GroupMember.Read.All']));
    expect(error).toMatchObject({ code: 'consent-required', details: { missing: 'GroupMember.Read.All' } });
  });
});
