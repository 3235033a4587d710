import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import type { DocumentFormat, DocumentModel, MadeFile } from '../../../src/domain/documents/documentModel';
import { createBrowserStore } from '../../../src/office/browserStore';
import { DocumentActions } from '../../../src/taskpane/documents/DocumentActions';
import type { DocumentOffer, DocumentTarget, FiledDocument } from '../../../src/taskpane/documents/documentTypes';
import { LanguageContext } from '../../../src/taskpane/i18n/localized';
import type { Language } from '../../../src/taskpane/i18n/strings';
import { type Services, ServicesContext } from '../../../src/taskpane/services';
import { installOffice, removeOffice } from '../../support/fakeOffice';
import { axeViolations } from '../support/axe';
import { fakeGateway, testConfig } from '../support/renderPane';

const WEB_URL =
  'https://landkreisnortheim.sharepoint.com/sites/Integration/Treffpunkt/2027-03-16/Teilnehmendenliste.pdf';

const model: DocumentModel = {
  kind: 'teilnehmendenliste',
  title: 'Teilnehmendenliste – Vernetzungstreffen am 16. März 2027',
  fileName: '2027-03-16 Teilnehmendenliste',
  lang: 'de-DE',
  page: { size: 'A4', orientation: 'landscape' },
  pageNumbers: true,
  blocks: [{ kind: 'heading', level: 1, text: 'Teilnehmendenliste' }],
};

const madeFile = (): MadeFile => ({
  name: '2027-03-16 Teilnehmendenliste.pdf',
  contentType: 'application/pdf',
  bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xc3, 0x9f]),
});

const filed: FiledDocument = {
  kind: 'teilnehmendenliste',
  format: 'pdf',
  name: '2027-03-16 Teilnehmendenliste.pdf',
  webUrl: WEB_URL,
  itemId: '01ABC',
  size: 48_213,
  madeAt: '2027-03-16T16:20:00Z',
};

/** A promise the test settles when it wants: each step of the way can be watched. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Setup {
  make?: (model: DocumentModel, format: DocumentFormat) => Promise<MadeFile>;
  upload?: (file: MadeFile) => Promise<FiledDocument>;
  inOffice?: boolean;
  language?: Language;
  offers?: DocumentOffer[];
}

function setup(options: Setup = {}) {
  const make = jest.fn(options.make ?? (() => Promise.resolve(madeFile())));
  const upload = jest.fn(options.upload ?? (() => Promise.resolve(filed)));
  const record = jest.fn<void, [FiledDocument]>();
  const build = jest.fn(() => model);
  const target: DocumentTarget = { upload, record };
  const offers = options.offers ?? [
    { id: 'teilnehmendenliste', label: 'Teilnehmendenliste', kind: 'teilnehmendenliste', format: 'pdf', build },
  ];
  const services: Services = {
    config: testConfig,
    host: { inOffice: options.inOffice ?? false, displayLanguage: 'de-DE', darkTheme: false },
    gateway: fakeGateway(),
    drafts: createBrowserStore(null),
    suggestions: createBrowserStore(null),
    clock: { today: () => '2027-03-16', now: () => new Date('2027-03-16T16:15:00Z') },
    newId: () => 'id',
    makeDocument: make,
  };
  const view = render(
    <ServicesContext.Provider value={services}>
      <LanguageContext.Provider value={options.language ?? 'de'}>
        <FluentProvider theme={webLightTheme}>
          <DocumentActions offers={offers} target={target} />
        </FluentProvider>
      </LanguageContext.Provider>
    </ServicesContext.Provider>,
  );
  return { user: userEvent.setup(), make, upload, record, build, container: view.container };
}

let windowOpen: jest.SpyInstance;
beforeEach(() => {
  windowOpen = jest.spyOn(window, 'open').mockImplementation(() => null);
});
afterEach(() => {
  jest.restoreAllMocks();
  removeOffice();
});

const createButton = () => screen.getByRole('button', { name: 'Teilnehmendenliste erstellen' });

describe('Documents: making, filing and opening one document', () => {
  it('says each step (making, uploading, filed), records the file and opens its web address', async () => {
    const making = deferred<MadeFile>();
    const uploading = deferred<FiledDocument>();
    const { user, make, upload, record, container } = setup({
      make: jest.fn(() => making.promise),
      upload: jest.fn(() => uploading.promise),
    });
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('link', { name: /Öffnen/ })).not.toBeInTheDocument();

    // By keyboard: the button is the first stop.
    await user.tab();
    expect(createButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(status).toHaveTextContent('Teilnehmendenliste wird erstellt …');
    expect(createButton()).toHaveAttribute('aria-disabled', 'true');
    expect(make).toHaveBeenCalledWith(model, 'pdf');

    const file = madeFile();
    making.resolve(file);
    await waitFor(() => expect(status).toHaveTextContent('Teilnehmendenliste wird in SharePoint abgelegt …'));
    expect(upload).toHaveBeenCalledWith(file, 'teilnehmendenliste');
    expect(record).not.toHaveBeenCalled();
    expect(windowOpen).not.toHaveBeenCalled();

    uploading.resolve(filed);
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'Teilnehmendenliste ist in SharePoint abgelegt (2027-03-16 Teilnehmendenliste.pdf, 47 KB).',
      ),
    );
    expect(record).toHaveBeenCalledWith(filed);
    expect(windowOpen).toHaveBeenCalledWith(WEB_URL, '_blank', 'noopener');
    const open = screen.getByRole('link', { name: 'Öffnen – Teilnehmendenliste' });
    expect(open).toHaveAttribute('href', WEB_URL);
    expect(createButton()).not.toHaveAttribute('aria-disabled');
    expect(await axeViolations(container)).toEqual([]);

    // "Öffnen" opens it again, through the same wrapper (not by navigating the pane).
    windowOpen.mockClear();
    await user.click(open);
    expect(windowOpen).toHaveBeenCalledWith(WEB_URL, '_blank', 'noopener');
  });

  it('opens through Outlook where OpenBrowserWindowApi 1.1 is supported, else with window.open', async () => {
    const office = installOffice({ requirementSets: { OpenBrowserWindowApi: '1.1' } });
    const first = setup({ inOffice: true });
    await first.user.click(createButton());
    await screen.findByRole('link', { name: 'Öffnen – Teilnehmendenliste' });
    expect(office.openBrowserWindow).toHaveBeenCalledWith(WEB_URL);
    expect(windowOpen).not.toHaveBeenCalled();
  });

  it('opens a new tab in an Outlook without openBrowserWindow (new Outlook, the web)', async () => {
    const office = installOffice({ platform: 'OfficeOnline' });
    const { user } = setup({ inOffice: true });
    await user.click(createButton());
    await screen.findByRole('link', { name: 'Öffnen – Teilnehmendenliste' });
    expect(office.openBrowserWindow).not.toHaveBeenCalled();
    expect(windowOpen).toHaveBeenCalledWith(WEB_URL, '_blank', 'noopener');
  });
});

describe('Documents: a failed upload keeps the made file', () => {
  it.each([
    ['throttled', new AppError('throttled', '429', { status: 429, retryAfterSeconds: 30 }), /ausgelastet/],
    ['offline', new AppError('offline', 'fetch failed'), /Keine Verbindung zu Microsoft 365/],
  ])('when %s: says so at the document, uploads the same bytes again without remaking', async (_, error, reason) => {
    const upload = jest
      .fn<Promise<FiledDocument>, [MadeFile]>()
      .mockRejectedValueOnce(error)
      .mockResolvedValueOnce(filed);
    const { user, make, record, container } = setup({ upload });
    await user.click(createButton());
    const problem = await screen.findByText('Teilnehmendenliste ist erstellt, aber nicht in SharePoint abgelegt.');
    const message = problem.closest('[role="group"]') as HTMLElement;
    expect(within(message).getByText(reason)).toBeInTheDocument();
    expect(within(message).getByText(/„Erneut hochladen“ legt genau sie ab/)).toBeInTheDocument();
    expect(record).not.toHaveBeenCalled();
    expect(windowOpen).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Erneut hochladen' }));
    await screen.findByRole('link', { name: 'Öffnen – Teilnehmendenliste' });
    expect(make).toHaveBeenCalledTimes(1);
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload.mock.calls[1]![0]).toBe(upload.mock.calls[0]![0]);
    expect(Array.from(upload.mock.calls[1]![0].bytes)).toEqual(Array.from(madeFile().bytes));
    expect(record).toHaveBeenCalledWith(filed);
    expect(screen.queryByRole('button', { name: 'Erneut hochladen' })).not.toBeInTheDocument();
  });

  it('on 403 says what is missing and what IT has to grant', async () => {
    const refused = new AppError('forbidden', 'Access denied', { status: 403, capability: 'site', missing: 'write' });
    const { user } = setup({ upload: jest.fn(() => Promise.reject(refused)) });
    await user.click(createButton());
    expect(
      await screen.findByText(/Treffpunkt fehlt dafür eine Berechtigung: SharePoint-Website\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Die IT des Landkreises muss erteilen: Rolle „write“/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut hochladen' })).toBeInTheDocument();
  });

  it('offers the made file for download outside Outlook, the same bytes', async () => {
    const clicks: { name: string; href: string }[] = [];
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:treffpunkt/${blobs.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href });
    });
    const { user } = setup({ upload: jest.fn(() => Promise.reject(new AppError('offline', 'down'))) });
    await user.click(createButton());
    await screen.findByText(/Sie können sie auch direkt herunterladen/);
    await user.click(screen.getByRole('button', { name: 'Herunterladen – Teilnehmendenliste' }));
    expect(clicks).toEqual([{ name: '2027-03-16 Teilnehmendenliste.pdf', href: 'blob:treffpunkt/1' }]);
    expect(blobs[0]!.type).toBe('application/pdf');
    expect(blobs[0]!.size).toBe(madeFile().bytes.length);
  });

  it('offers no download in classic Outlook, where the webview swallows it', async () => {
    installOffice({ platform: 'PC' });
    const { user } = setup({ inOffice: true, upload: jest.fn(() => Promise.reject(new AppError('offline', 'x'))) });
    await user.click(createButton());
    await screen.findByRole('button', { name: 'Erneut hochladen' });
    expect(screen.queryByRole('button', { name: /Herunterladen/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/direkt herunterladen/)).not.toBeInTheDocument();
  });
});

describe('Documents: making fails', () => {
  it('says so and makes it anew on "Erneut versuchen"', async () => {
    const make = jest
      .fn<Promise<MadeFile>, [DocumentModel, DocumentFormat]>()
      .mockRejectedValueOnce(new AppError('offline', 'chunk'))
      .mockResolvedValueOnce(madeFile());
    const { user, upload } = setup({ make });
    await user.click(createButton());
    expect(await screen.findByText('Teilnehmendenliste konnte nicht erstellt werden.')).toBeInTheDocument();
    expect(upload).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await screen.findByRole('link', { name: 'Öffnen – Teilnehmendenliste' });
    expect(make).toHaveBeenCalledTimes(2);
    expect(upload).toHaveBeenCalledTimes(1);
  });
});

describe('Documents: what was filed before, and in English', () => {
  it('offers the file filed before for opening, with when it was filed', () => {
    setup({
      offers: [
        { id: 'tagesordnung', label: 'Tagesordnung', kind: 'tagesordnung', format: 'pdf', build: () => model, filed },
      ],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Zuletzt abgelegt: Dienstag, 16. März 2027, 17:20 Uhr.');
    expect(screen.getByRole('link', { name: 'Öffnen – Tagesordnung' })).toHaveAttribute('href', WEB_URL);
  });

  it('speaks English where Outlook does', async () => {
    const { user } = setup({
      language: 'en',
      offers: [
        {
          id: 'teilnehmendenliste',
          label: 'Sign-in sheet',
          kind: 'teilnehmendenliste',
          format: 'pdf',
          build: () => model,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Create sign-in sheet' }));
    await screen.findByText('Sign-in sheet is filed in SharePoint (2027-03-16 Teilnehmendenliste.pdf, 47 KB).');
    expect(screen.getByRole('link', { name: 'Open – Sign-in sheet' })).toBeInTheDocument();
  });
});
