import { parseConfig } from '../../../src/config/config';
import { AppError } from '../../../src/domain/appError';
import { configuredTenant, deviceOwner } from '../../../src/taskpane/deviceOwner';

const organiser = { id: 'user-1', displayName: 'Miriam Albers', mail: 'm@x.de', jobTitle: '' };
const account = { loginHint: 'm@x.de', userPrincipalName: 'm@x.de', userObjectId: 'oid-1', tenantId: 'tid-1' };

describe('whose drafts the device holds', () => {
  it('names the account Outlook is signed in with, without asking Graph', async () => {
    const me = jest.fn();
    await expect(deviceOwner({ tenant: 'x', account: async () => account, me })).resolves.toEqual({
      tenant: 'tid-1',
      user: 'oid-1',
    });
    expect(me).not.toHaveBeenCalled();
  });

  it('else the signed-in user from /me in the configured tenant, or nobody while Graph is out of reach', async () => {
    const none = async () => undefined;
    await expect(deviceOwner({ tenant: 't', account: none, me: async () => organiser })).resolves.toEqual({
      tenant: 't',
      user: 'user-1',
    });
    const offline = async () => Promise.reject(new AppError('offline', 'fetch failed'));
    await expect(deviceOwner({ tenant: 't', account: none, me: offline })).resolves.toBeUndefined();
  });

  it('takes the tenant from the authority, or the emulator by its origin', () => {
    const tenant = parseConfig({
      mode: 'tenant',
      clientId: '00000000-0000-0000-0000-000000000001',
      authority: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555',
      site: 'landkreisnortheim.sharepoint.com:/sites/Integration',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      distributionList: 'v@landkreis-northeim.de',
    });
    expect(configuredTenant(tenant)).toBe('11111111-2222-3333-4444-555555555555');
    const emulator = parseConfig({
      mode: 'emulator',
      graphBaseUrl: 'http://127.0.0.1:4000/v1.0',
      site: 'landkreisnortheim.sharepoint.com:/sites/Integration',
      distributionList: 'v@landkreis-northeim.de',
    });
    expect(configuredTenant(emulator)).toBe('emulator:http://127.0.0.1:4000');
  });
});
