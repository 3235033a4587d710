import {
  mailboxLoginHint,
  nestedAppAuthSupported,
  type OfficeAuth,
  officeAccount,
  type OfficeRequirements,
} from '../../../src/office/nestedAppAuth';

function requirements(answer: boolean | Error): OfficeRequirements & { asked: [string, string | undefined][] } {
  const asked: [string, string | undefined][] = [];
  return {
    asked,
    isSetSupported(name, minVersion) {
      asked.push([name, minVersion]);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

const context: Office.AuthContext = {
  userObjectId: 'oid-1',
  tenantId: 'tid-1',
  userPrincipalName: 'alice@landkreis-northeim.de',
  authorityType: 'aad',
  authorityBaseUrl: 'https://login.microsoftonline.com',
  loginHint: 'hint-1',
};

describe('nestedAppAuthSupported', () => {
  it("asks Office for NestedAppAuth 1.1 and reports Outlook's answer", () => {
    const yes = requirements(true);
    expect(nestedAppAuthSupported(yes)).toBe(true);
    expect(yes.asked).toEqual([['NestedAppAuth', '1.1']]);
    expect(nestedAppAuthSupported(requirements(false))).toBe(false);
  });

  it('reports false outside Office or when Office throws, never throwing itself', () => {
    expect(nestedAppAuthSupported(undefined)).toBe(false);
    expect(nestedAppAuthSupported()).toBe(false);
    expect(nestedAppAuthSupported(requirements(new Error('not ready')))).toBe(false);
  });
});

describe('officeAccount', () => {
  it('gives the account Outlook is signed in with, the login hint first', async () => {
    const auth: OfficeAuth = { getAuthContext: async () => context };
    await expect(officeAccount(auth)).resolves.toEqual({
      loginHint: 'hint-1',
      userPrincipalName: 'alice@landkreis-northeim.de',
      userObjectId: 'oid-1',
      tenantId: 'tid-1',
    });
  });

  it('falls back to the UPN as hint, and resolves undefined where Office cannot say', async () => {
    const noHint: OfficeAuth = { getAuthContext: async () => ({ ...context, loginHint: '' }) };
    await expect(officeAccount(noHint)).resolves.toMatchObject({ loginHint: 'alice@landkreis-northeim.de' });
    const failing: OfficeAuth = { getAuthContext: () => Promise.reject(new Error('13001')) };
    await expect(officeAccount(failing)).resolves.toBeUndefined();
    await expect(officeAccount(undefined)).resolves.toBeUndefined();
  });
});

describe('mailboxLoginHint', () => {
  it('is undefined outside Office', () => {
    expect(mailboxLoginHint()).toBeUndefined();
  });
});
