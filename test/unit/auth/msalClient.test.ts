import { BrowserCacheLocation } from '@azure/msal-browser';
import { msalConfiguration } from '../../../src/auth/msalClient';
import { authRedirectUri, nestedAppAuthRedirectUri } from '../../../src/auth/redirectUri';

describe('MSAL configuration', () => {
  const config = msalConfiguration(
    { BrowserCacheLocation },
    {
      clientId: 'client',
      authority: 'https://login.microsoftonline.com/tid-1',
      redirectUri: 'https://localhost:3000/auth-redirect.html',
    },
  );

  it('keeps tokens in memory only', () => {
    expect(config.cache?.cacheLocation).toBe('memoryStorage');
  });

  it('writes no log lines and never personal data', () => {
    expect(config.system?.loggerOptions?.piiLoggingEnabled).toBe(false);
  });

  it('sends the popup back to the redirect page', () => {
    expect(config.auth.redirectUri).toBe('https://localhost:3000/auth-redirect.html');
  });
});

describe('redirect URIs of the app registration', () => {
  it('puts the popup redirect page next to the pane, without query or hash', () => {
    expect(authRedirectUri('https://localhost:3000/taskpane.html?x=1#y')).toBe(
      'https://localhost:3000/auth-redirect.html',
    );
    expect(authRedirectUri('https://addin.example.org/treffpunkt/taskpane.html')).toBe(
      'https://addin.example.org/treffpunkt/auth-redirect.html',
    );
  });

  it('names the NAA broker URI by origin only', () => {
    expect(nestedAppAuthRedirectUri('https://localhost:3000/taskpane.html')).toBe('brk-multihub://localhost:3000');
    expect(nestedAppAuthRedirectUri('https://addin.example.org/treffpunkt/taskpane.html')).toBe(
      'brk-multihub://addin.example.org',
    );
  });
});
