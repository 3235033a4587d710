import { screen, waitFor, within } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { Meeting } from '../../../src/domain/planning';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { entry, openVerlauf, pastMeeting } from './setupVerlauf';

const september = entry('8', '2026-09-15');
const may = entry('7', '2026-05-20', { venueName: 'Familienzentrum Bad Gandersheim' });

describe('Verlauf: reading one past meeting', () => {
  it('shows minutes, decisions, action items, attendance and costs read-only, and goes back to its entry', async () => {
    const readMeeting = jest.fn().mockResolvedValue(pastMeeting(september, { nextMeetingDate: '2026-11-25' }));
    const user = await openVerlauf({
      readPage: jest.fn().mockResolvedValue({ entries: [september, may] }),
      readMeeting,
    });

    await user.click(await screen.findByRole('button', { name: 'Dienstag, 15. September 2026' }));
    const heading = screen.getByRole('heading', { name: 'Dienstag, 15. September 2026', level: 3 });
    expect(heading).toHaveFocus();
    const details = screen.getByRole('region', { name: 'Dienstag, 15. September 2026' });
    await within(details).findByText('Frau Aydın stellte die offenen Sprechstunden vor.');
    expect(readMeeting).toHaveBeenCalledWith('8');
    expect(within(details).getByText('• Northeim, Einbeck und Uslar')).toBeInTheDocument();
    expect(within(details).getByText('Eine Arbeitsgruppe Mobilität wird gebildet.')).toBeInTheDocument();
    expect(within(details).getByText(/Termin der AG Mobilität abstimmen/)).toBeInTheDocument();
    expect(within(details).getByText('Verpflegung: 18,65 € (Beleg 2025-066)')).toBeInTheDocument();
    expect(details).toHaveTextContent('Teilnehmende13');
    expect(details).toHaveTextContent('Kosten38,50 €');
    expect(details).toHaveTextContent('Nächstes TreffenMittwoch, 25. November 2026');
    expect(within(details).getByRole('link', { name: /Eintrag in SharePoint öffnen/ })).toHaveAttribute(
      'href',
      september.webUrl,
    );
    // Entered by hand in SharePoint: readable, but nothing to edit in the pane.
    expect(within(details).getByText(/direkt in SharePoint eingetragen/)).toBeInTheDocument();
    expect(within(details).queryByRole('button', { name: 'Dieses Treffen bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Frühere Treffen' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Zurück zur Übersicht' }));
    expect(screen.getByRole('button', { name: 'Dienstag, 15. September 2026' })).toHaveFocus();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('never puts the minutes into the page as HTML', async () => {
    const minutesText = '<img src=x onerror="alert(1)"> Kein HTML & keine Skripte';
    const readMeeting = jest.fn().mockResolvedValue(pastMeeting(september, { minutesText }));
    const user = await openVerlauf({ readPage: jest.fn().mockResolvedValue({ entries: [september] }), readMeeting });
    await user.click(await screen.findByRole('button', { name: 'Dienstag, 15. September 2026' }));
    expect(await screen.findByText(minutesText)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says why a meeting could not be read and reads it again on request', async () => {
    const readMeeting = jest
      .fn()
      .mockRejectedValueOnce(new AppError('not-found', 'gone'))
      .mockResolvedValue(pastMeeting(september));
    const user = await openVerlauf({ readPage: jest.fn().mockResolvedValue({ entries: [september] }), readMeeting });
    await user.click(await screen.findByRole('button', { name: 'Dienstag, 15. September 2026' }));
    expect(await screen.findByText('Das Treffen konnte nicht gelesen werden.')).toBeInTheDocument();
    expect(screen.getByText(/wurde nicht gefunden/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('Eine Arbeitsgruppe Mobilität wird gebildet.')).toBeInTheDocument();
  });

  it("opens a meeting the add-in filed for editing: it becomes the pane's meeting (Planen shows it)", async () => {
    const filed: Meeting = { ...heldMeeting, id: 'm-2026-09', date: '2026-09-15', status: 'protokolliert' };
    const readMeeting = jest.fn().mockResolvedValue(pastMeeting(september, { meeting: filed }));
    const saveMeeting = jest.fn().mockResolvedValue({ itemId: '9', etag: '"1"' });
    const user = await openVerlauf(
      { readPage: jest.fn().mockResolvedValue({ entries: [september] }), readMeeting },
      { saveMeeting },
    );
    await user.click(await screen.findByRole('button', { name: 'Dienstag, 15. September 2026' }));
    const edit = await screen.findByRole('button', { name: 'Dieses Treffen bearbeiten' });
    await waitFor(() => expect(edit).not.toHaveAttribute('aria-disabled', 'true'));
    await user.click(edit);

    expect(
      await screen.findByText(
        'Das Treffen vom Dienstag, 15. September 2026 ist geöffnet. Sie finden es jetzt in den Bereichen Planen, ' +
          'Einladung, Protokoll und Ausgaben.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(edit).toHaveFocus();

    await user.click(screen.getByRole('tab', { name: 'Planen' }));
    expect(await screen.findByLabelText('Datum des Treffens')).toHaveValue('15.09.2026');
  });
});
