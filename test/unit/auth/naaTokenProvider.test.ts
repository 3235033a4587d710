import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { createNaaTokenProvider } from '../../../src/auth/naaTokenProvider';

type Fake = Pick<IPublicClientApplication, 'acquireTokenSilent' | 'acquireTokenPopup'>;

function providerWith(fake: Fake) {
  return createNaaTokenProvider({
    clientId: 'id',
    authority: 'https://login.microsoftonline.com/organizations',
    clientFactory: async () => fake as IPublicClientApplication,
  });
}

const result = (accessToken: string) => ({ accessToken }) as Awaited<ReturnType<Fake['acquireTokenSilent']>>;

describe('naaTokenProvider', () => {
  it('uses the silent token when MSAL has one, and never opens a popup', async () => {
    const fake = { acquireTokenSilent: jest.fn().mockResolvedValue(result('silent')), acquireTokenPopup: jest.fn() };
    await expect(providerWith(fake).getToken(['User.Read'])).resolves.toBe('silent');
    expect(fake.acquireTokenSilent).toHaveBeenCalledWith(expect.objectContaining({ scopes: ['User.Read'] }));
    expect(fake.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('goes interactive only when MSAL says interaction is required', async () => {
    const fake = {
      acquireTokenSilent: jest
        .fn()
        .mockRejectedValue(new InteractionRequiredAuthError('interaction_required', 'corr-1')),
      acquireTokenPopup: jest.fn().mockResolvedValue(result('popup')),
    };
    await expect(providerWith(fake).getToken(['Calendars.ReadWrite'])).resolves.toBe('popup');
  });

  it('reports other silent failures as auth-required without a popup', async () => {
    const fake = {
      acquireTokenSilent: jest.fn().mockRejectedValue(Object.assign(new Error('x'), { errorCode: 'network_error' })),
      acquireTokenPopup: jest.fn(),
    };
    await expect(providerWith(fake).getToken(['User.Read'])).rejects.toMatchObject({ code: 'auth-required' });
    expect(fake.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('maps a consent failure in the popup to consent-required', async () => {
    const fake = {
      acquireTokenSilent: jest.fn().mockRejectedValue(new InteractionRequiredAuthError('consent_required', 'corr-1')),
      acquireTokenPopup: jest.fn().mockRejectedValue(Object.assign(new Error('x'), { errorCode: 'consent_required' })),
    };
    await expect(providerWith(fake).getToken(['Mail.Send'])).rejects.toMatchObject({ code: 'consent-required' });
  });

  it('answers a claims challenge interactively, passing the claims on', async () => {
    const fake = { acquireTokenSilent: jest.fn(), acquireTokenPopup: jest.fn().mockResolvedValue(result('claims')) };
    await expect(providerWith(fake).getToken(['User.Read'], { claims: '{"x":1}' })).resolves.toBe('claims');
    expect(fake.acquireTokenSilent).not.toHaveBeenCalled();
    expect(fake.acquireTokenPopup).toHaveBeenCalledWith(expect.objectContaining({ claims: '{"x":1}' }));
  });
});
