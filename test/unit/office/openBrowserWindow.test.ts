import { directDownloadWorks, openBrowserWindow } from '../../../src/office/openBrowserWindow';
import { installOffice, removeOffice } from '../../support/fakeOffice';

const URL_OF_FILE = 'https://landkreisnortheim.sharepoint.com/sites/Integration/Dokumente/2027-03-16/Tagesordnung.pdf';
const inOutlook = { inOffice: true };
const standalone = { inOffice: false };

let open: jest.Mock;
beforeEach(() => {
  open = jest.fn();
  (globalThis as { window?: unknown }).window = { open };
});
afterEach(() => {
  removeOffice();
  delete (globalThis as { window?: unknown }).window;
});

describe('openBrowserWindow', () => {
  it('opens through Outlook where OpenBrowserWindowApi 1.1 is supported (classic Windows, Mac)', () => {
    const office = installOffice({ requirementSets: { OpenBrowserWindowApi: '1.1' } });
    openBrowserWindow(URL_OF_FILE, inOutlook);
    expect(office.openBrowserWindow).toHaveBeenCalledWith(URL_OF_FILE);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens a new tab where Outlook does not support it (the web, new Outlook)', () => {
    const office = installOffice({ platform: 'OfficeOnline' });
    openBrowserWindow(URL_OF_FILE, inOutlook);
    expect(office.openBrowserWindow).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith(URL_OF_FILE, '_blank', 'noopener');
  });

  it('does not ask Office outside Outlook, even where Office.js is loaded', () => {
    const office = installOffice({ host: null, requirementSets: { OpenBrowserWindowApi: '1.1' } });
    openBrowserWindow(URL_OF_FILE, standalone);
    expect(office.openBrowserWindow).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith(URL_OF_FILE, '_blank', 'noopener');
  });

  it('falls back to a new tab when Outlook throws, and never throws itself', () => {
    const office = installOffice({ requirementSets: { OpenBrowserWindowApi: '1.1' } });
    office.openBrowserWindow.mockImplementation(() => {
      throw new Error('Not supported in this build');
    });
    open.mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(() => openBrowserWindow(URL_OF_FILE, inOutlook)).not.toThrow();
    expect(open).toHaveBeenCalledWith(URL_OF_FILE, '_blank', 'noopener');
  });
});

describe('directDownloadWorks', () => {
  it('is yes in a plain browser and in Outlook on the web', () => {
    expect(directDownloadWorks(standalone)).toBe(true);
    installOffice({ platform: 'OfficeOnline' });
    expect(directDownloadWorks(inOutlook)).toBe(true);
  });

  it.each(['PC', 'Mac', 'iOS', 'Android'] as const)('is no in Outlook on %s', (platform) => {
    installOffice({ platform });
    expect(directDownloadWorks(inOutlook)).toBe(false);
  });

  it('is no inside Outlook when Office.js cannot say', () => {
    expect(directDownloadWorks(inOutlook)).toBe(false);
  });
});
