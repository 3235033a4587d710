import { screen, waitFor, within } from '@testing-library/react';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { axeViolations } from '../support/axe';
import { openedDialog } from '../support/dialogs';
import { held, setupProtokoll } from './setupProtokoll';

describe('Protokoll: final and reopened', () => {
  it('closes the minutes after a confirmation and shows them read-only', async () => {
    const { user, latest, update, container } = await setupProtokoll({ meeting: held() });
    await user.click(screen.getByRole('button', { name: 'Protokoll abschließen' }));
    const dialog = await openedDialog('Protokoll abschließen?');
    await user.click(within(dialog).getByRole('button', { name: 'Abschließen', hidden: true }));

    expect(latest.meeting.status).toBe('protokolliert');
    expect(latest.meeting.minutes?.final).toEqual({ at: '2027-03-16T16:15:00.000Z' });
    expect(update.mock.calls.at(-1)?.[1]).toEqual({ now: true });
    expect(screen.getByText('Das Protokoll ist abgeschlossen.')).toBeInTheDocument();
    expect(screen.getByText(/Abgeschlossen am Dienstag, 16\. März 2027, 17:15 Uhr\./)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByText('Vorstellungsrunde mit zwei neuen Initiativen.')).toBeInTheDocument();
    expect(screen.getByText('Checkliste verschicken – Miriam Albers – bis 30.04.2027')).toBeInTheDocument();
    expect(screen.getByText('12 Personen anwesend')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Anwesend' })).getAllByRole('listitem')).toHaveLength(12);
    expect(screen.getByText('Dienstag, 15. Juni 2027')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('names what is still open in the confirmation', async () => {
    const minutes = { ...heldMeeting.minutes!, decisions: [{ id: 'd1', text: '' }] };
    const { user } = await setupProtokoll({ meeting: held({ minutes }) });
    await user.click(screen.getByRole('button', { name: 'Protokoll abschließen' }));
    const dialog = await openedDialog('Protokoll abschließen?');
    expect(within(dialog).getByText('Noch offen ist 1 Hinweis:')).toBeInTheDocument();
    expect(within(dialog).getByText(/Bitte den Beschluss in einem Satz eintragen/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Protokoll abschließen' })).toBeEnabled();
  });

  it('reopens final minutes only after a confirmation', async () => {
    const minutes = { ...heldMeeting.minutes!, final: { at: '2027-03-17T08:00:00Z' } };
    const { user, latest } = await setupProtokoll({ meeting: held({ status: 'protokolliert', minutes }) });
    await user.click(screen.getByRole('button', { name: 'Wieder öffnen' }));
    const dialog = await openedDialog('Protokoll wieder öffnen?');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen', hidden: true }));
    expect(latest.meeting.status).toBe('protokolliert');
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Wieder öffnen' }));
    await user.click(
      within(await openedDialog('Protokoll wieder öffnen?')).getByRole('button', {
        name: 'Wieder öffnen',
        hidden: true,
      }),
    );
    expect(latest.meeting.status).toBe('durchgeführt');
    expect(latest.meeting.minutes?.final).toBeUndefined();
    expect(screen.getAllByRole('textbox', { name: /^TOP \d/ })).toHaveLength(6);
  });

  it('reads no replies while the minutes are final', async () => {
    const get = jest.fn();
    const minutes = { ...heldMeeting.minutes!, final: { at: '2027-03-17T08:00:00Z' } };
    await setupProtokoll({ meeting: held({ status: 'protokolliert', minutes }), gateway: { events: { get } } });
    expect(get).not.toHaveBeenCalled();
  });
});
