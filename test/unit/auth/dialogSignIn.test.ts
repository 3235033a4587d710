import { type DialogAnswer, readDialogRequest } from '../../../src/auth/dialogProtocol';
import { createMsalTokenProvider } from '../../../src/auth/msalTokenProvider';
import type { SignInHost } from '../../../src/office/signInHost';
import { SignInDialogError } from '../../../src/office/authDialog';

const HOUR = 3_600_000;

/** A typed fake of an Outlook without NAA: Office dialogs open and answer in turn. */
function outlookWithoutNaa(answers: (DialogAnswer | Error)[]) {
  const opened: string[] = [];
  const host: SignInHost = {
    nestedAppAuthSupported: () => false,
    account: async () => undefined,
    mailboxLoginHint: () => 'alice@landkreis-northeim.de',
    dialogAvailable: () => true,
    openDialog: async (url) => {
      opened.push(url);
      const answer = answers.shift() ?? new SignInDialogError('dialog_failed');
      if (answer instanceof Error) throw answer;
      return JSON.stringify(answer);
    },
  };
  return { host, opened };
}

const signedIn = (...sets: string[][]): DialogAnswer => ({
  ok: true,
  tokens: sets.map((scopes) => ({ scopes, accessToken: `token-${scopes.join('+')}`, expiresOn: Date.now() + HOUR })),
});

function providerFor(host: SignInHost) {
  const clientFactory = jest.fn();
  const provider = createMsalTokenProvider({
    clientId: 'client-1',
    authority: 'https://login.microsoftonline.com/tid-1',
    paneUrl: 'https://addin.landkreis-northeim.de/treffpunkt/taskpane.html',
    host,
    prefetchScopes: [['User.Read'], ['Calendars.ReadWrite'], ['Tasks.ReadWrite']],
    clientFactory,
  });
  return { provider, clientFactory };
}

describe('msalTokenProvider: in an Outlook without NAA (Office dialog)', () => {
  it('signs in once in an Office dialog next to the pane and keeps the tokens it brings', async () => {
    const { host, opened } = outlookWithoutNaa([signedIn(['User.Read'], ['Calendars.ReadWrite'])]);
    const { provider, clientFactory } = providerFor(host);
    await expect(provider.getToken(['User.Read'])).resolves.toBe('token-User.Read');
    await expect(provider.getToken(['Calendars.ReadWrite'])).resolves.toBe('token-Calendars.ReadWrite');
    expect(opened).toHaveLength(1);
    expect(clientFactory).not.toHaveBeenCalled();
    const url = new URL(opened[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://addin.landkreis-northeim.de/treffpunkt/auth-dialog.html');
    expect(readDialogRequest(url.search)).toEqual({
      clientId: 'client-1',
      authority: 'https://login.microsoftonline.com/tid-1',
      scopes: ['User.Read'],
      extraScopeSets: [['Calendars.ReadWrite'], ['Tasks.ReadWrite']],
      loginHint: 'alice@landkreis-northeim.de',
      claims: undefined,
    });
    await expect(provider.signInMethod?.()).resolves.toBe('popup');
  });

  it('opens one dialog for requests made at the same time', async () => {
    const { host, opened } = outlookWithoutNaa([signedIn(['User.Read'], ['Tasks.ReadWrite'])]);
    const { provider } = providerFor(host);
    const tokens = await Promise.all([provider.getToken(['User.Read']), provider.getToken(['Tasks.ReadWrite'])]);
    expect(tokens).toEqual(['token-User.Read', 'token-Tasks.ReadWrite']);
    expect(opened).toHaveLength(1);
  });

  it('opens the dialog again for forceRefresh', async () => {
    const { host, opened } = outlookWithoutNaa([signedIn(['User.Read']), signedIn(['User.Read'])]);
    const { provider } = providerFor(host);
    await provider.getToken(['User.Read']);
    await provider.getToken(['User.Read'], { forceRefresh: true });
    expect(opened).toHaveLength(2);
  });

  it('turns a dialog closed by the user into auth-required with a German message', async () => {
    const { host } = outlookWithoutNaa([new SignInDialogError('user_cancelled', 12006)]);
    const { provider } = providerFor(host);
    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({
      code: 'auth-required',
      message: 'Die Anmeldung wurde abgebrochen. Bitte melden Sie sich an, um fortzufahren.',
    });
  });

  it('maps missing admin consent reported by the dialog to consent-required', async () => {
    const refused: DialogAnswer = {
      ok: false,
      errorCode: 'invalid_grant',
      subError: 'consent_required',
      message: 'AADSTS65001: The user or administrator has not consented',
    };
    const { host } = outlookWithoutNaa([refused]);
    const { provider } = providerFor(host);
    await expect(provider.getToken(['Mail.Send'])).rejects.toMatchObject({
      code: 'consent-required',
      details: { missing: 'Mail.Send' },
    });
  });

  it('passes a claims challenge on to the dialog', async () => {
    const { host, opened } = outlookWithoutNaa([signedIn(['User.Read'])]);
    const { provider } = providerFor(host);
    await provider.getToken(['User.Read'], { claims: '{"access_token":{}}' });
    expect(readDialogRequest(new URL(opened[0] ?? '').search)?.claims).toBe('{"access_token":{}}');
  });
});
