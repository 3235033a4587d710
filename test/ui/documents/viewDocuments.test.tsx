import { screen, waitFor, within } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type {
  DocumentFormat,
  DocumentKind,
  DocumentModel,
  MadeFile,
} from '../../../src/domain/documents/documentModel';
import type { FiledDocument } from '../../../src/domain/documents/filedDocument';
import type { MinutesMail } from '../../../src/domain/minutes';
import type { Meeting } from '../../../src/domain/planning';
import type { NamedAddress } from '../../../src/domain/settings';
import { makeDocument } from '../../../src/documents/make';
import type { MinutesMailOutcome } from '../../../src/graph/mailGateway';
import { entry } from '../verlauf/setupVerlauf';
import { listReply, setupEinladung, storedEvent } from '../einladung/setupEinladung';
import type { Invitation, StoredEvent } from '../../../src/domain/invitation';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { held, setupProtokoll } from '../protokoll/setupProtokoll';
import { axeViolations } from '../support/axe';
import { openedDialog } from '../support/dialogs';
import { fakeGateway, renderPane } from '../support/renderPane';
import userEvent from '@testing-library/user-event';

// The pane imports make.ts only dynamically (lazyMake); the fake stands in for it and its renderers.
jest.mock('../../../src/documents/make', () => ({ makeDocument: jest.fn() }));
const make = makeDocument as jest.MockedFunction<typeof makeDocument>;

const LIBRARY = 'https://landkreisnortheim.sharepoint.com/sites/Integration/Freigegebene%20Dokumente';
const EXTENSIONS: Record<DocumentFormat, string> = { pdf: 'pdf', docx: 'docx' };

function fakeMake() {
  make.mockImplementation((model: DocumentModel, format: DocumentFormat) =>
    Promise.resolve<MadeFile>({
      name: `${model.fileName}.${EXTENSIONS[format]}`,
      contentType: format === 'pdf' ? 'application/pdf' : 'application/msword',
      bytes: Uint8Array.from(`${model.title} ${format}`, (c) => c.charCodeAt(0) & 0xff),
    }),
  );
}

/** What the library answers for an upload: the file's name in the meeting's folder. */
function filedAs(kind: DocumentKind, file: MadeFile, folder = '2027-03-16 Vernetzungstreffen'): FiledDocument {
  const format = file.name.endsWith('.pdf') ? 'pdf' : 'docx';
  return {
    kind,
    format,
    name: file.name,
    webUrl: `${LIBRARY}/Vernetzungstreffen/${encodeURIComponent(folder)}/${encodeURIComponent(file.name)}`,
    itemId: `item-${file.name}`,
    size: file.bytes.byteLength,
    madeAt: '2027-03-16T16:20:00Z',
  };
}

const uploadFake = () =>
  jest.fn((_meeting: Pick<Meeting, 'date'>, kind: DocumentKind, file: MadeFile) =>
    Promise.resolve(filedAs(kind, file)),
  );

let windowOpen: jest.SpyInstance;
beforeEach(() => {
  make.mockReset();
  fakeMake();
  windowOpen = jest.spyOn(window, 'open').mockImplementation(() => null);
});
afterEach(() => jest.restoreAllMocks());

const section = () => screen.getByRole('heading', { name: 'Dokumente', level: 3 }).closest('section') as HTMLElement;

describe('Einladung: Dokumente', () => {
  it('offers the sign-in sheet, the agenda and the photo poster in A4 and A3, each filed with the meeting', async () => {
    const upload = uploadFake();
    const { user, latest, update } = await setupEinladung({ gateway: { documents: { upload } } });
    const documents = section();
    expect(
      within(documents)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Teilnehmendenliste erstellen',
      'Tagesordnung erstellen',
      'Fotohinweis (A4) erstellen',
      'Fotohinweis (A3) erstellen',
    ]);

    await user.click(within(documents).getByRole('button', { name: 'Fotohinweis (A3) erstellen' }));
    const open = await within(documents).findByRole('link', { name: 'Öffnen – Fotohinweis (A3)' });
    const [model, format] = make.mock.calls[0]!;
    expect(model).toMatchObject({ kind: 'fotohinweis', page: { size: 'A3' }, fileName: '2027-03-16 Fotohinweis A3' });
    expect(format).toBe('pdf');
    expect(upload).toHaveBeenCalledWith(
      { date: '2027-03-16' },
      'fotohinweis',
      expect.objectContaining({ name: '2027-03-16 Fotohinweis A3.pdf' }),
    );
    const filed = latest.meeting.documents?.fotohinweis;
    expect(filed?.name).toBe('2027-03-16 Fotohinweis A3.pdf');
    expect(update.mock.calls.at(-1)?.[1]).toEqual({ now: true });
    expect(open).toHaveAttribute('href', filed?.webUrl);
    expect(windowOpen).toHaveBeenCalledWith(filed?.webUrl, '_blank', 'noopener');
    // The A4 poster was not filed: no link offered for it.
    expect(within(documents).queryByRole('link', { name: 'Öffnen – Fotohinweis (A4)' })).not.toBeInTheDocument();

    await user.click(within(documents).getByRole('button', { name: 'Tagesordnung erstellen' }));
    await within(documents).findByRole('link', { name: 'Öffnen – Tagesordnung' });
    expect(make.mock.calls[1]![0].kind).toBe('tagesordnung');
    expect(latest.meeting.documents?.tagesordnung?.format).toBe('pdf');
    expect(latest.meeting.documents?.fotohinweis?.name).toBe('2027-03-16 Fotohinweis A3.pdf');
    expect(await axeViolations(documents)).toEqual([]);
  });

  it('keeps the poster in both sizes: filing A3 after A4 leaves the A4 record and its "Öffnen"', async () => {
    const upload = uploadFake();
    const { user, latest } = await setupEinladung({ gateway: { documents: { upload } } });
    const documents = section();
    await user.click(within(documents).getByRole('button', { name: 'Fotohinweis (A4) erstellen' }));
    await within(documents).findByRole('link', { name: 'Öffnen – Fotohinweis (A4)' });
    await user.click(within(documents).getByRole('button', { name: 'Fotohinweis (A3) erstellen' }));
    await within(documents).findByRole('link', { name: 'Öffnen – Fotohinweis (A3)' });
    expect(within(documents).getByRole('link', { name: 'Öffnen – Fotohinweis (A4)' })).toHaveAttribute(
      'href',
      expect.stringContaining('Fotohinweis%20A4.pdf'),
    );
    const record = latest.meeting.documents?.fotohinweis;
    expect(record).toMatchObject({ name: '2027-03-16 Fotohinweis A3.pdf', paper: 'A3' });
    expect(record?.others).toEqual([expect.objectContaining({ name: '2027-03-16 Fotohinweis A4.pdf', paper: 'A4' })]);
  });

  it('opens on a record written before the sizes were kept apart: each poster under its own size', async () => {
    const a3 = filedAs('fotohinweis', {
      name: '2027-03-16 Fotohinweis A3.pdf',
      contentType: '',
      bytes: new Uint8Array(3),
    });
    await setupEinladung({ meeting: { ...plannedMeeting, documents: { fotohinweis: a3 } } });
    const documents = section();
    expect(within(documents).getByRole('link', { name: 'Öffnen – Fotohinweis (A3)' })).toHaveAttribute(
      'href',
      a3.webUrl,
    );
    expect(within(documents).queryByRole('link', { name: 'Öffnen – Fotohinweis (A4)' })).not.toBeInTheDocument();
  });

  it('attaches the agenda as PDF to the invitation when asked, made before the invitation goes out', async () => {
    const sendWithFile = jest.fn<Promise<StoredEvent>, [Invitation, MadeFile, string?]>(() =>
      Promise.resolve(storedEvent([listReply], 'evt-9')),
    );
    const send = jest.fn(() => Promise.resolve(storedEvent([listReply], 'evt-9')));
    const { user, latest } = await setupEinladung({
      today: '2027-03-02',
      gateway: { invitation: { send, sendWithFile }, events: { get: () => Promise.resolve(storedEvent([listReply])) } },
    });
    const attach = screen.getByRole('checkbox', { name: 'Tagesordnung als PDF an die Einladung anhängen' });
    expect(attach).not.toBeChecked();
    await user.click(attach);
    await user.click(screen.getByRole('button', { name: /^Einladung jetzt senden/ }));
    await screen.findByText('Einladung verschickt');
    expect(send).not.toHaveBeenCalled();
    expect(sendWithFile).toHaveBeenCalledTimes(1);
    const [, file, heldId] = sendWithFile.mock.calls[0]!;
    expect(file).toMatchObject({ name: '2027-03-16 Tagesordnung.pdf', contentType: 'application/pdf' });
    expect(heldId).toBeUndefined();
    expect(make.mock.calls[0]?.[0]).toMatchObject({ kind: 'tagesordnung' });
    expect(make.mock.calls[0]?.[1]).toBe('pdf');
    expect(latest.meeting.invitation).toMatchObject({ eventId: 'evt-9' });
  });

  it('sends without a file while the option is not ticked', async () => {
    const sendWithFile = jest.fn();
    const send = jest.fn(() => Promise.resolve(storedEvent([listReply], 'evt-9')));
    const { user } = await setupEinladung({
      today: '2027-03-02',
      gateway: { invitation: { send, sendWithFile }, events: { get: () => Promise.resolve(storedEvent([listReply])) } },
    });
    await user.click(screen.getByRole('button', { name: /^Einladung jetzt senden/ }));
    await screen.findByText('Einladung verschickt');
    expect(send).toHaveBeenCalledTimes(1);
    expect(sendWithFile).not.toHaveBeenCalled();
    expect(make).not.toHaveBeenCalled();
  });

  it('says what IT has to grant when the library refuses (403)', async () => {
    const refused = new AppError('forbidden', 'accessDenied', {
      status: 403,
      capability: 'documentLibrary',
      missing: 'write',
    });
    const upload = jest.fn(() => Promise.reject(refused));
    const { user, latest } = await setupEinladung({ gateway: { documents: { upload } } });
    await user.click(within(section()).getByRole('button', { name: 'Teilnehmendenliste erstellen' }));
    expect(
      await screen.findByText('Teilnehmendenliste ist erstellt, aber nicht in SharePoint abgelegt.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Treffpunkt fehlt dafür eine Berechtigung/)).toBeInTheDocument();
    expect(screen.getByText(/Die IT des Landkreises muss erteilen: Rolle „write“/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut hochladen' })).toBeInTheDocument();
    expect(latest.meeting.documents).toBeUndefined();
  });

  it('makes no document while the team’s settings are unread', async () => {
    const retry = jest.fn();
    const { user } = await setupEinladung({ model: { settingsUnread: { retry } } });
    expect(within(section()).queryByRole('button', { name: /erstellen/ })).not.toBeInTheDocument();
    await user.click(within(section()).getByRole('button', { name: 'Einstellungen erneut lesen' }));
    expect(retry).toHaveBeenCalled();
  });
});

describe('Protokoll: Dokumente', () => {
  it('files the minutes as Word and PDF, and the minutes mail carries the PDF’s link', async () => {
    const upload = uploadFake();
    const sendMinutes = jest.fn<Promise<MinutesMailOutcome>, [MinutesMail, NamedAddress]>(() =>
      Promise.resolve({ outcome: 'sent' }),
    );
    const { user, latest } = await setupProtokoll({
      meeting: held(),
      gateway: { documents: { upload }, mail: { sendMinutes } },
    });
    const documents = section();
    expect(
      within(documents)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Teilnehmendenliste erstellen', 'Protokoll (Word) erstellen', 'Protokoll (PDF) erstellen']);

    await user.click(within(documents).getByRole('button', { name: 'Protokoll (Word) erstellen' }));
    await within(documents).findByRole('link', { name: 'Öffnen – Protokoll (Word)' });
    await user.click(within(documents).getByRole('button', { name: 'Protokoll (PDF) erstellen' }));
    const pdfLink = await within(documents).findByRole('link', { name: 'Öffnen – Protokoll (PDF)' });
    expect(make.mock.calls.map(([model, format]) => [model.kind, format])).toEqual([
      ['protokoll', 'docx'],
      ['protokoll', 'pdf'],
    ]);
    const record = latest.meeting.documents?.protokoll;
    expect(record?.format).toBe('pdf');
    expect(record?.others?.map((f) => f.format)).toEqual(['docx']);
    // Both stay offered for opening.
    expect(within(documents).getByRole('link', { name: 'Öffnen – Protokoll (Word)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    const dialog = await openedDialog('Protokoll an 10 Personen senden?');
    await user.click(within(dialog).getByRole('button', { name: 'Jetzt senden', hidden: true }));
    await waitFor(() => expect(sendMinutes).toHaveBeenCalled());
    const html = sendMinutes.mock.calls[0]![0].html;
    expect(html).toContain(`<a href="${pdfLink.getAttribute('href')}">Protokoll (PDF) öffnen</a>`);
    expect(html.match(/\.pdf/g)).toHaveLength(1);
  });

  it('sends the mail without a PDF line while no PDF is filed', async () => {
    const sendMinutes = jest.fn<Promise<MinutesMailOutcome>, [MinutesMail, NamedAddress]>(() =>
      Promise.resolve({ outcome: 'sent' }),
    );
    const { user } = await setupProtokoll({ meeting: held(), gateway: { mail: { sendMinutes } } });
    await user.click(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    const dialog = await openedDialog('Protokoll an 10 Personen senden?');
    await user.click(within(dialog).getByRole('button', { name: 'Jetzt senden', hidden: true }));
    await waitFor(() => expect(sendMinutes).toHaveBeenCalled());
    expect(sendMinutes.mock.calls[0]![0].html).not.toContain('PDF');
  });
});

describe('Verlauf: Dokumente', () => {
  it('makes the year report of the chosen year from every page of the list, as Word, in "Jahresberichte"', async () => {
    const firstPage = { entries: [entry('8', '2026-09-15'), entry('5', '2025-11-26')], nextLink: 'page-2' };
    const secondPage = { entries: [entry('3', '2025-06-10', { costCents: 1200 }), entry('1', '2025-01-29')] };
    const readPage = jest.fn((options: { nextLink?: string } = {}) =>
      Promise.resolve(options.nextLink === 'page-2' ? secondPage : firstPage),
    );
    const uploadYearReport = jest.fn((file: MadeFile) =>
      Promise.resolve(filedAs('jahresbericht', file, 'Jahresberichte')),
    );
    const user = userEvent.setup();
    renderPane(fakeGateway({ history: { readPage }, documents: { uploadYearReport } }));
    screen.getByRole('tab', { name: 'Verlauf' }).focus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Dokumente', level: 3 });
    const documents = heading.closest('section') as HTMLElement;
    // The years come with the overview's first page.
    await within(documents).findByRole('option', { name: '2025' });
    await user.selectOptions(within(documents).getByRole('combobox', { name: 'Jahr des Berichts' }), '2025');
    readPage.mockClear();
    await user.click(await within(documents).findByRole('button', { name: 'Jahresbericht 2025 (Word) erstellen' }));
    await within(documents).findByRole('link', { name: 'Öffnen – Jahresbericht 2025 (Word)' });

    expect(readPage.mock.calls).toEqual([[{}], [{ nextLink: 'page-2' }]]);
    const [model, format] = make.mock.calls[0]!;
    expect(format).toBe('docx');
    expect(model.kind).toBe('jahresbericht');
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.length).toBe(3);
    expect(uploadYearReport).toHaveBeenCalledWith(expect.objectContaining({ name: 'Jahresbericht 2025.docx' }));
    expect(await axeViolations(documents)).toEqual([]);
  });
});
