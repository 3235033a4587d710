import { screen, waitFor, within } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { Reply } from '../../../src/domain/invitation/event';
import { axeViolations } from '../support/axe';
import { invitedMeeting, setupProtokoll, storedEvent } from './setupProtokoll';

const LIST = 'vernetzung-ehrenamt@landkreis-northeim.de';
const ROOM = 'raum-kreishaus-sitzungssaal@landkreis-northeim.de';

const REPLIES: Reply[] = [
  { name: 'Vernetzung Ehrenamt', address: LIST, type: 'required', state: 'none' },
  { name: 'Sitzungssaal', address: ROOM, type: 'resource', state: 'accepted' },
  { name: 'Ute Schaper', address: 'ute.schaper@t-online.de', type: 'required', state: 'tentative' },
  { name: 'Karim Haddad', address: 'k.haddad@gmx.de', type: 'required', state: 'accepted' },
  { name: 'Ingrid Lohmann', address: 'ingrid.lohmann@gmx.de', type: 'required', state: 'declined' },
  { name: 'Hannelore Vogt', address: 'hannelore.vogt@web.de', type: 'required', state: 'accepted' },
  { name: 'Flüchtlingssozialarbeit', address: 'fsa@landkreis-northeim.de', type: 'optional', state: 'none' },
];

const list = () => screen.getByRole('list', { name: 'Anwesenheitsliste' });
const count = () => screen.getByText(/\d+ Person(en)? anwesend$/);

describe('Protokoll: attendance', () => {
  it('reads the replies once and pre-fills the list without the distribution list, the room and declines', async () => {
    const get = jest.fn(() => Promise.resolve(storedEvent(REPLIES)));
    const { latest, update } = await setupProtokoll({ gateway: { events: { get } } });
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith('evt-1');
    const names = within(list())
      .getAllByRole('checkbox')
      .map((box) => box.closest('li')!.textContent);
    expect(names).toEqual(['Hannelore Vogt', 'Karim Haddad', 'Ute Schaper', 'Flüchtlingssozialarbeit']);
    expect(
      screen.getByText('Aus den Antworten auf die Einladung vorausgefüllt (Stand: 17:15 Uhr).'),
    ).toBeInTheDocument();
    expect(count()).toHaveTextContent('0 Personen anwesend');

    expect(latest.meeting.invitation?.replies).toContainEqual({
      name: 'Karim Haddad',
      address: 'k.haddad@gmx.de',
      response: 'accepted',
    });
    expect(latest.meeting.invitation?.repliesReadAt).toBe('2027-03-16T16:15:00.000Z');
    expect(latest.meeting.status).toBe('eingeladen');
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('keeps ticks from before and saves nothing when the replies did not change', async () => {
    const get = jest.fn(() => Promise.resolve(storedEvent(REPLIES)));
    const first = await setupProtokoll({ gateway: { events: { get } } });
    await first.user.click(screen.getByRole('checkbox', { name: 'Karim Haddad' }));
    const meeting = first.latest.meeting;
    first.view.unmount();

    const again = await setupProtokoll({ meeting, gateway: { events: { get } } });
    expect(again.update).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: 'Karim Haddad' })).toBeChecked();
  });

  it('ticks by person with the count live, and marks the meeting held', async () => {
    const { user, latest } = await setupProtokoll({
      gateway: { events: { get: () => Promise.resolve(storedEvent(REPLIES)) } },
    });
    expect(count()).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('checkbox', { name: 'Hannelore Vogt' }));
    await user.click(screen.getByRole('checkbox', { name: 'Karim Haddad' }));
    expect(count()).toHaveTextContent('2 Personen anwesend');
    await user.click(screen.getByRole('checkbox', { name: 'Karim Haddad' }));
    expect(count()).toHaveTextContent('1 Person anwesend');
    expect(latest.meeting.status).toBe('durchgeführt');
    expect(latest.meeting.minutes?.attendance.filter((e) => e.present).map((e) => e.name)).toEqual(['Hannelore Vogt']);
  });

  it('adds a walk-in by name and initiative, present at once, and can take it out again', async () => {
    const { user, latest, container } = await setupProtokoll();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Petra Lindner');
    await user.type(screen.getByRole('textbox', { name: /^Initiative oder Stelle/ }), 'Café International');
    await user.keyboard('{Enter}');
    const box = screen.getByRole('checkbox', { name: 'Petra Lindner (Café International)' });
    expect(box).toBeChecked();
    expect(count()).toHaveTextContent('1 Person anwesend');
    expect(screen.getByText('Petra Lindner (Café International) als anwesend hinzugefügt.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    expect(latest.meeting.minutes?.attendance).toEqual([
      {
        id: expect.any(String),
        name: 'Petra Lindner',
        initiative: 'Café International',
        present: true,
        source: 'walk-in',
      },
    ]);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(
      screen.getByRole('button', { name: 'Petra Lindner (Café International) aus der Liste entfernen' }),
    );
    expect(latest.meeting.minutes?.attendance).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('asks for the name (and a usable address) before adding a walk-in', async () => {
    const { user, latest } = await setupProtokoll();
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    expect(screen.getByText('Bitte den Namen der Person eintragen, die ohne Zusage gekommen ist.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('Ali Rahimi');
    await user.type(screen.getByRole('textbox', { name: /^E-Mail-Adresse/ }), 'ali.rahimi');
    await user.keyboard('{Enter}');
    expect(screen.getByText(/Bitte eine E-Mail-Adresse wie name@beispiel\.de eintragen/)).toBeInTheDocument();
    expect(latest.meeting.minutes).toBeUndefined();
    await user.type(screen.getByRole('textbox', { name: /^E-Mail-Adresse/ }), '@web.de>{Enter}');
    expect(screen.getByText(/Bitte eine E-Mail-Adresse wie name@beispiel\.de eintragen/)).toBeInTheDocument();
    expect(latest.meeting.minutes).toBeUndefined();
    await user.type(screen.getByRole('textbox', { name: /^E-Mail-Adresse/ }), '{Backspace}{Enter}');
    expect(latest.meeting.minutes?.attendance[0]).toMatchObject({ name: 'Ali Rahimi', address: 'ali.rahimi@web.de' });
  });

  it('keeps a walk-in typed but not yet added across a reload', async () => {
    const first = await setupProtokoll();
    await first.user.type(screen.getByRole('textbox', { name: 'Name' }), 'Petra Lin');
    const { drafts } = first;
    first.view.unmount();
    await setupProtokoll({ drafts });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Petra Lin');
  });

  it('says when the replies cannot be read, and reads again on request', async () => {
    const get = jest
      .fn()
      .mockRejectedValueOnce(new AppError('offline', 'offline'))
      .mockResolvedValueOnce(storedEvent(REPLIES));
    const { user } = await setupProtokoll({ gateway: { events: { get } } });
    expect(screen.getByText(/Die Antworten auf die Einladung konnten nicht gelesen werden\./)).toHaveTextContent(
      'Keine Verbindung zu Microsoft 365.',
    );
    await user.click(screen.getByRole('button', { name: 'Antworten erneut lesen' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Karim Haddad' })).toBeInTheDocument());
  });

  it('does not read replies for a meeting without an event', async () => {
    const get = jest.fn();
    await setupProtokoll({ meeting: invitedMeeting({ invitation: {} }), gateway: { events: { get } } });
    expect(get).not.toHaveBeenCalled();
    expect(screen.getByText(/Noch niemand in der Liste/)).toBeInTheDocument();
  });
});
