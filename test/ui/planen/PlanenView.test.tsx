import { act, fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { AppError } from '../../../src/domain/appError';
import type { SyncState } from '../../../src/taskpane/meeting/planningModel';
import { openItem, renderPlanen, setup, suggestion, titles } from './setupPlanen';

describe('Planen: rendering in two tasks', () => {
  it('renders the date, the venue and the speaker first, and the rest of the body in a task of its own', async () => {
    renderPlanen();
    expect(screen.getByRole('textbox', { name: /^Datum/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Input von dritter Seite' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tagesordnung' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Tagesordnung' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Datum/ })).toBeInTheDocument();
  });
});

describe('Planen: saving to SharePoint', () => {
  it('says when it was saved, in Berlin time, and while saving', async () => {
    const { rerender } = await setup();
    expect(screen.getByRole('status')).toHaveTextContent('In SharePoint gespeichert um 14:05');
    rerender({ sync: { status: 'saved', at: '2027-07-01T13:05:00Z' } });
    expect(screen.getByRole('status')).toHaveTextContent('In SharePoint gespeichert um 15:05');
    for (const status of ['pending', 'saving'] as const) {
      rerender({ sync: { status } });
      expect(screen.getByRole('status')).toHaveTextContent('Änderungen werden gespeichert …');
    }
  });

  it('offers to save again after an error', async () => {
    const { user, fixed, rerender } = await setup();
    const sync: SyncState = { status: 'error', error: new AppError('offline', 'fetch failed') };
    rerender({ sync });
    expect(
      screen.getByText((_, el) =>
        el?.classList.contains('fui-MessageBarBody')
          ? el.textContent?.replace(/\s+/g, ' ') ===
            'Nicht in SharePoint gespeichert. Ihre Eingaben sind auf diesem Gerät gesichert. ' +
              'Keine Verbindung zu Microsoft 365. Bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut. ' +
              'Treffpunkt speichert von selbst, sobald Microsoft 365 wieder antwortet.'
          : false,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Jetzt speichern' }));
    expect(fixed.saveNow).toHaveBeenCalled();
  });

  it('shows what differs after a conflict and lets the organiser merge, overwrite or take theirs', async () => {
    const { user, fixed, rerender } = await setup();
    rerender({ sync: { status: 'conflict', differences: 'reading' } });
    expect(await screen.findByText('Die Fassung in SharePoint wird gelesen …')).toBeInTheDocument();
    rerender({ sync: { status: 'conflict', differences: 'unreadable' } });
    expect(
      screen.getByText(/konnte gerade nicht gelesen werden\. Die Wahl unten ist trotzdem möglich/),
    ).toBeInTheDocument();
    rerender({ sync: { status: 'conflict', differences: [] } });
    expect(screen.getByText(/Übernehmen Sie die Fassung aus SharePoint, damit die Vermerke/)).toBeInTheDocument();
    rerender({
      sync: { status: 'conflict', differences: [{ label: 'Beginn', mine: '15:30 Uhr', theirs: '16:00 Uhr' }] },
    });
    expect(
      screen.getByText('Jemand anderes hat dieses Treffen inzwischen in SharePoint geändert.'),
    ).toBeInTheDocument();
    const item = screen.getByText('Beginn', { selector: 'strong' }).closest('li')!;
    expect(item).toHaveTextContent('Ihre Fassung15:30 UhrIn SharePoint16:00 Uhr');
    await user.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    expect(fixed.resolveConflict).toHaveBeenLastCalledWith('merge');
    await user.click(screen.getByRole('button', { name: 'Fassung aus SharePoint übernehmen' }));
    expect(fixed.resolveConflict).toHaveBeenLastCalledWith('theirs');
    await user.click(screen.getByRole('button', { name: 'Meine Fassung speichern' }));
    expect(fixed.resolveConflict).toHaveBeenLastCalledWith('mine');
  });
});

describe('Planen: accessibility', () => {
  it('has no axe violations with every part shown', async () => {
    const { user, container, rerender } = await setup({ suggestions: [suggestion('s1', 'Sprachcafé Uslar')] });
    rerender({ sync: { status: 'conflict', differences: 'reading' } });
    fireEvent.change(screen.getByLabelText('Datum des Treffens'), { target: { value: '2027-03-29' } });
    await user.click(screen.getByRole('button', { name: 'Neuen Ort anlegen' }));
    await user.click(await screen.findByRole('button', { name: 'Ort speichern' }));
    await user.click(screen.getByRole('button', { name: 'Vorschlag übernehmen' }));
    await openItem(user, 'Aktuelles aus dem Landkreis');
    await user.clear(titles()[0]!);
    let results: axe.AxeResults | undefined;
    await act(async () => {
      results = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
      });
    });
    expect(results?.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
