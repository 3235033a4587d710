import { type AuthenticationResult, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { type DialogAnswer, type DialogRequest, dialogUrl, parseDialogAnswer } from '../../../src/auth/dialogProtocol';
import { type DialogMsal, runSignInDialog } from '../../../src/auth/signInDialog';
import { alice } from './signInFakes';

const request: DialogRequest = {
  clientId: 'client-1',
  authority: 'https://login.microsoftonline.com/tid-1',
  scopes: ['User.Read'],
  extraScopeSets: [['Calendars.ReadWrite'], ['GroupMember.Read.All']],
  loginHint: 'alice@landkreis-northeim.de',
};

const result = (accessToken: string) =>
  ({ accessToken, account: alice, expiresOn: new Date(3_600_000) }) as AuthenticationResult;

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** A typed fake of the dialog's MSAL client. */
function fakeMsal(redirectResult: AuthenticationResult | null | Error) {
  return {
    handleRedirectPromise: jest.fn(async () => {
      if (redirectResult instanceof Error) throw redirectResult;
      return redirectResult;
    }),
    acquireTokenRedirect: jest.fn(async () => undefined),
    acquireTokenSilent: jest.fn(async ({ scopes }: { scopes: string[] }) => {
      if (scopes.includes('GroupMember.Read.All')) throw new InteractionRequiredAuthError('consent_required', '');
      return result(`silent-${scopes.join('+')}`);
    }),
    clearCache: jest.fn(async () => undefined),
  } satisfies DialogMsal;
}

async function run(msal: DialogMsal, storage = memoryStorage(), withRequest = true) {
  const answers: DialogAnswer[] = [];
  await runSignInDialog({
    request: withRequest ? request : undefined,
    storage,
    createClient: async () => msal,
    answer: (message) => answers.push(parseDialogAnswer(message)),
  });
  return { answers, storage };
}

describe('the sign-in dialog page', () => {
  it('first redirects to the sign-in page with the hint, answering nothing yet', async () => {
    const msal = fakeMsal(null);
    const { answers, storage } = await run(msal);
    expect(msal.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: ['User.Read'], loginHint: request.loginHint });
    expect(answers).toEqual([]);
    expect(storage.items.size).toBe(1);
  });

  it('back from the sign-in, sends the token and the further scope sets it could get silently, leaving nothing behind', async () => {
    const msal = fakeMsal(result('first'));
    const storage = memoryStorage();
    storage.setItem('treffpunkt.signInStarted', '1');
    const { answers } = await run(msal, storage);
    expect(answers).toEqual([
      {
        ok: true,
        tokens: [
          { scopes: ['User.Read'], accessToken: 'first', expiresOn: 3_600_000 },
          { scopes: ['Calendars.ReadWrite'], accessToken: 'silent-Calendars.ReadWrite', expiresOn: 3_600_000 },
        ],
      },
    ]);
    expect(msal.clearCache).toHaveBeenCalled();
    expect(storage.items.size).toBe(0);
  });

  it('answers a failure instead of redirecting in circles', async () => {
    const storage = memoryStorage();
    storage.setItem('treffpunkt.signInStarted', '1');
    const { answers } = await run(fakeMsal(null), storage);
    expect(answers).toEqual([{ ok: false, errorCode: 'no_response', subError: '', message: '' }]);
  });

  it("passes the sign-in page's error on (e.g. missing consent)", async () => {
    const refused = new ServerError('invalid_grant', '', 'AADSTS65001: not consented', 'consent_required');
    const { answers } = await run(fakeMsal(refused));
    expect(answers[0]).toMatchObject({ ok: false, errorCode: 'invalid_grant', subError: 'consent_required' });
  });

  it('answers a failure when opened without a request', async () => {
    const { answers } = await run(fakeMsal(null), memoryStorage(), false);
    expect(answers[0]).toMatchObject({ ok: false, errorCode: 'dialog_failed' });
  });
});

describe('the dialog protocol', () => {
  it('puts the dialog next to the pane and drops the pane query', () => {
    const url = dialogUrl('https://localhost:3000/taskpane.html?et=1#x', { ...request, extraScopeSets: [] });
    expect(url).toBe(
      'https://localhost:3000/auth-dialog.html?client=client-1&authority=https%3A%2F%2Flogin.microsoftonline.com%2Ftid-1&scopes=User.Read&hint=alice%40landkreis-northeim.de',
    );
  });

  it('reads anything malformed as a failure', () => {
    expect(parseDialogAnswer('not json')).toMatchObject({ ok: false, errorCode: 'dialog_failed' });
    expect(parseDialogAnswer('{"ok":true,"tokens":[{"accessToken":1}]}')).toMatchObject({ ok: false });
  });
});
