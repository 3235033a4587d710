import { screen } from '@testing-library/react';
import type { ListedMeeting } from '../../../src/domain/lists';
import { invitedMeeting, setupProtokoll } from './setupProtokoll';

function listed(date: string, status: ListedMeeting['status'], withData = true): ListedMeeting {
  return {
    itemId: `item-${date}`,
    etag: '"1"',
    webUrl: `https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/DispForm.aspx?ID=${date}`,
    date,
    status,
    venueName: 'Kreishaus Northeim',
    ...(withData ? { meeting: invitedMeeting({ id: `m-${date}`, date, status }) } : {}),
  };
}

describe('Protokoll: which meeting', () => {
  it('says that a future meeting has no minutes yet and offers the meeting held last', async () => {
    const meetings = [
      listed('2026-09-15', 'protokolliert'),
      listed('2026-12-08', 'durchgeführt'),
      listed('2026-12-10', 'durchgeführt', false),
      listed('2027-01-12', 'abgesagt'),
      listed('2027-06-15', 'geplant'),
    ];
    const { user, fixed } = await setupProtokoll({ model: { today: '2027-02-01', meetings } });
    expect(screen.getByText('Dieses Treffen liegt noch in der Zukunft.')).toBeInTheDocument();
    expect(screen.getByText(/findet am Dienstag, 16\. März 2027 statt/)).toBeInTheDocument();
    expect(
      screen.getByText('Das letzte stattgefundene Treffen war am Dienstag, 8. Dezember 2026.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Protokoll vom Dienstag, 8. Dezember 2026 öffnen' }));
    expect(fixed.openMeeting).toHaveBeenCalledWith(meetings[1]);
  });

  it('explains that minutes are written on or after the meeting day when no meeting was held yet', async () => {
    await setupProtokoll({ model: { today: '2027-02-01', meetings: [listed('2027-06-15', 'geplant')] } });
    expect(screen.getByText(/Ein Protokoll wird am Tag des Treffens oder danach geschrieben\./)).toBeInTheDocument();
    expect(screen.getByText(/noch kein stattgefundenes Treffen/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers the held meeting also for a cancelled one', async () => {
    await setupProtokoll({
      meeting: invitedMeeting({ status: 'abgesagt' }),
      model: { today: '2027-03-20', meetings: [listed('2026-12-08', 'protokolliert')] },
    });
    expect(screen.getByText('Dieses Treffen ist abgesagt.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Protokoll vom Dienstag, 8. Dezember 2026 öffnen' })).toBeInTheDocument();
  });

  it('shows the minutes on the meeting day itself', async () => {
    await setupProtokoll({ model: { today: '2027-03-16' } });
    expect(screen.getByRole('heading', { name: 'Notizen zur Tagesordnung', level: 3 })).toBeInTheDocument();
  });
});
