import { whenOfficeReady } from '../../../src/office/officeHost';
import { installOffice, removeOffice } from '../../support/fakeOffice';

afterEach(removeOffice);

describe('whenOfficeReady', () => {
  it('is standalone and German when Office.js is not loaded', async () => {
    await expect(whenOfficeReady()).resolves.toEqual({ inOffice: false, displayLanguage: 'de-DE', darkTheme: false });
  });

  it('is standalone when Office.onReady reports no host', async () => {
    installOffice({ host: null });
    await expect(whenOfficeReady()).resolves.toMatchObject({ inOffice: false });
  });

  it("takes Office's display language and a dark theme inside Outlook", async () => {
    installOffice({ host: 'Outlook', displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
    await expect(whenOfficeReady()).resolves.toEqual({ inOffice: true, displayLanguage: 'en-US', darkTheme: true });
  });

  it('does not hang when Office never answers', async () => {
    installOffice({ host: 'never' });
    await expect(whenOfficeReady(20)).resolves.toMatchObject({ inOffice: false });
  });
});
