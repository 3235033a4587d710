import { whenOfficeReady } from '../../../src/office/officeHost';

type OfficeGlobal = { Office?: unknown };

function installOffice(onReady: () => Promise<{ host: unknown }>, context: object = {}) {
  (globalThis as OfficeGlobal).Office = { onReady, context };
}

afterEach(() => {
  delete (globalThis as OfficeGlobal).Office;
});

describe('whenOfficeReady', () => {
  it('is standalone and German when Office.js is not loaded', async () => {
    await expect(whenOfficeReady()).resolves.toEqual({ inOffice: false, displayLanguage: 'de-DE', darkTheme: false });
  });

  it('is standalone when Office.onReady reports no host', async () => {
    installOffice(() => Promise.resolve({ host: null }));
    await expect(whenOfficeReady()).resolves.toMatchObject({ inOffice: false });
  });

  it("takes Office's display language and a dark theme inside Outlook", async () => {
    installOffice(() => Promise.resolve({ host: 'Outlook' }), {
      displayLanguage: 'en-US',
      officeTheme: { bodyBackgroundColor: '#1f1f1f' },
    });
    await expect(whenOfficeReady()).resolves.toEqual({ inOffice: true, displayLanguage: 'en-US', darkTheme: true });
  });

  it('does not hang when Office never answers', async () => {
    installOffice(() => new Promise(() => undefined));
    await expect(whenOfficeReady(20)).resolves.toMatchObject({ inOffice: false });
  });
});
