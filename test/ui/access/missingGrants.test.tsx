import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError } from '../../../src/domain/appError';
import type { Meeting } from '../../../src/domain/planning';
import { createBrowserStore } from '../../../src/office/browserStore';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { setupEinladung } from '../einladung/setupEinladung';
import { setupProtokoll } from '../protokoll/setupProtokoll';
import { axeViolations } from '../support/axe';
import { fakeGateway, renderPane, testConfig } from '../support/renderPane';

const refused = (capability: NonNullable<AppError['details']['capability']>, missing: string) =>
  new AppError('forbidden', '403', { status: 403, capability, missing });

describe('A missing grant met during work is named where it happened', () => {
  it('Planen: saving refused on the list says what IT must grant, and the plan stays on this device', async () => {
    const user = userEvent.setup();
    const drafts = createBrowserStore(null);
    const saveMeeting = jest.fn(() => Promise.reject(refused('meetingsList', 'write')));
    renderPane(fakeGateway({ planning: { saveMeeting } }), {}, { drafts });
    await user.type(await screen.findByLabelText('Thema des Inputs'), 'Wohnraum');
    const save = await screen.findByText('Nicht in SharePoint gespeichert.');
    const bar = save.closest('.fui-MessageBarBody')!;
    expect(bar).toHaveTextContent('Treffpunkt fehlt dafür eine Berechtigung: Liste „Vernetzungstreffen“.');
    expect(bar).toHaveTextContent(
      'Das betrifft: Treffen in SharePoint speichern, Protokolle ablegen, Verlauf und Ausgaben des Jahres.',
    );
    expect(bar).toHaveTextContent(
      `Die IT des Landkreises muss erteilen: Rolle „write“ (lesen und schreiben) für die App Treffpunkt auf der Website ${testConfig.site}`,
    );
    const draft = drafts.read<{ dirty: boolean; meeting: Meeting }>('treffpunkt.planen.entwurf');
    expect(draft?.dirty).toBe(true);
    expect(draft?.meeting.speaker.topic).toBe('Wohnraum');
  });

  it('Einladung: a refused invitation names the calendar permission in the step that failed', async () => {
    const send = jest.fn(() =>
      Promise.reject(
        new AppError('consent-required', 'AADSTS65001', { capability: 'calendar', missing: 'Calendars.ReadWrite' }),
      ),
    );
    const { user, view } = await setupEinladung({ today: '2027-02-23', gateway: { invitation: { send } } });
    await user.click(screen.getByRole('button', { name: 'Einladung jetzt senden' }));
    expect(await screen.findByText('Die Einladung wurde nicht gesendet.')).toBeInTheDocument();
    expect(screen.getByText('Treffpunkt fehlt dafür eine Berechtigung: Kalender (Einladungen).')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Die IT des Landkreises muss erteilen: Calendars.ReadWrite: Microsoft Graph, delegierte Berechtigung mit Administratorzustimmung (Entra ID, App-Registrierung).',
      ),
    ).toBeInTheDocument();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('Protokoll: a refused minutes mail names Mail.Send, and the notes stay as typed', async () => {
    const sendMinutes = jest.fn(() => Promise.reject(refused('mail', 'Mail.Send')));
    const { user, latest } = await setupProtokoll({ meeting: heldMeeting, gateway: { mail: { sendMinutes } } });
    await user.click(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    await user.click(await screen.findByRole('button', { name: 'Jetzt senden', hidden: true }));
    expect(await screen.findByText('Das Protokoll wurde nicht verschickt.')).toBeInTheDocument();
    expect(
      screen.getByText('Treffpunkt fehlt dafür eine Berechtigung: E-Mail senden (Protokoll).'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Die IT des Landkreises muss erteilen: Mail\.Send: Microsoft Graph/)).toBeInTheDocument();
    expect(latest.meeting.minutes).toEqual(heldMeeting.minutes);
    expect(latest.meeting.minutesMail).toBeUndefined();
  });

  it('Protokoll: a refused To Do reminder for the next meeting names Tasks.ReadWrite', async () => {
    const addReminder = jest.fn(() => Promise.reject(refused('tasks', 'Tasks.ReadWrite')));
    const saveMeeting = jest.fn(() => Promise.resolve({ itemId: '8', etag: '"1"' }));
    const { user } = await setupProtokoll({ gateway: { reminders: { addReminder }, planning: { saveMeeting } } });
    fireEvent.change(screen.getByLabelText('Datum des nächsten Treffens'), { target: { value: '2027-06-15' } });
    await user.click(screen.getByRole('button', { name: 'Nächstes Treffen festlegen' }));
    expect(
      await screen.findByText('Treffpunkt fehlt dafür eine Berechtigung: Microsoft To Do (Erinnerungen).'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Die IT des Landkreises muss erteilen: Tasks\.ReadWrite/)).toBeInTheDocument();
  });

  it('Einstellungen: saving the team settings refused names the settings list and keeps the form', async () => {
    const user = userEvent.setup();
    const saveSettings = jest.fn(() => Promise.reject(refused('settingsList', 'manage')));
    renderPane(fakeGateway({ planning: { saveSettings } }));
    await user.click(screen.getByRole('tab', { name: 'Einstellungen' }));
    const budget = await screen.findByLabelText('Budget je Treffen in Euro');
    await user.clear(budget);
    await user.type(budget, '99');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await waitFor(() =>
      expect(
        screen.getByText('Treffpunkt fehlt dafür eine Berechtigung: Liste „Treffpunkt-Einstellungen“.'),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText(/Rolle „manage“ \(Listen und Spalten anlegen\)/)).toBeInTheDocument();
    expect(budget).toHaveValue('99');
  });
});
