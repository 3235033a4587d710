import { screen, waitFor, within } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { MinutesMail } from '../../../src/domain/minutes';
import type { NamedAddress } from '../../../src/domain/settings';
import type { MinutesMailOutcome } from '../../../src/graph/mailGateway';
import { defaultTeamSettings } from '../../../src/domain/settings';
import type { ListedMeeting } from '../../../src/domain/lists';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { axeViolations } from '../support/axe';
import { openedDialog } from '../support/dialogs';
import { held, setupProtokoll } from './setupProtokoll';

const ITEM_URL =
  'https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/DispForm.aspx?ID=7';
const listed: ListedMeeting = {
  itemId: '7',
  etag: '"3"',
  webUrl: ITEM_URL,
  date: heldMeeting.date,
  status: 'durchgeführt',
  venueName: '',
};

describe('Protokoll: the minutes by mail', () => {
  it('asks first, saying how many get it and who has no address, then sends with the link', async () => {
    const sendMinutes = jest.fn<Promise<MinutesMailOutcome>, [MinutesMail, NamedAddress]>(() =>
      Promise.resolve({ outcome: 'sent' }),
    );
    const { user, container, latest, update } = await setupProtokoll({
      meeting: held(),
      model: { meetings: [listed] },
      gateway: { mail: { sendMinutes } },
    });
    await user.click(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    const dialog = await openedDialog('Protokoll an 10 Personen senden?');
    expect(within(dialog).getByText(/Blindkopie an 10 Personen/)).toBeInTheDocument();
    expect(
      within(dialog).getByText('Ohne E-Mail-Adresse (bekommen es nicht): Petra Lindner, Ali Rahimi.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/enthält einen Link zum Treffen in der SharePoint-Liste/)).toBeInTheDocument();
    const send = within(dialog).getByRole('button', { name: 'Jetzt senden', hidden: true });
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(send);

    await screen.findByText('Das Protokoll ist um 17:15 Uhr an 10 Personen verschickt.');
    const mail = sendMinutes.mock.calls[0]![0];
    expect(mail.subject).toBe('Protokoll: Vernetzungstreffen am Dienstag, 16. März 2027');
    expect(mail.recipients).toHaveLength(10);
    expect(mail.html).toContain(`href="${ITEM_URL}"`);
    expect(mail.html).not.toContain('Petra Lindner');
    expect(sendMinutes.mock.calls[0]![1]).toEqual({
      name: 'Miriam Albers',
      address: 'miriam.albers@landkreis-northeim.de',
    });
    expect(latest.meeting.minutesMail).toEqual({ sentAt: '2027-03-16T16:15:00.000Z', count: 10 });
    expect(update.mock.calls.at(-1)?.[1]).toEqual({ now: true });
    expect(screen.getByRole('button', { name: 'Noch einmal senden …' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('writes names into the mail where the team allows it, and says when the link is missing', async () => {
    const sendMinutes = jest.fn<Promise<MinutesMailOutcome>, [MinutesMail, NamedAddress]>(() =>
      Promise.resolve({ outcome: 'sent' }),
    );
    const settings = {
      ...defaultTeamSettings('x@y.de'),
      namesInMinutes: true,
    };
    const { user } = await setupProtokoll({
      meeting: held(),
      model: { settings, itemRef: undefined },
      gateway: { mail: { sendMinutes } },
    });
    await user.click(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    expect(screen.getByText(/die E-Mail geht ohne Link/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Jetzt senden', hidden: true }));
    await waitFor(() => expect(sendMinutes).toHaveBeenCalled());
    expect(sendMinutes.mock.calls[0]![0].html).toContain('Petra Lindner (Café International)');
    expect(sendMinutes.mock.calls[0]![0].html).not.toContain('href=');
  });

  it('says in German when Microsoft 365 refused it for being busy, and sends again at once (nothing went out)', async () => {
    const sendMinutes = jest
      .fn()
      .mockRejectedValueOnce(new AppError('throttled', '429', { status: 429 }))
      .mockResolvedValueOnce({ outcome: 'sent' });
    const { user, latest } = await setupProtokoll({ meeting: held(), gateway: { mail: { sendMinutes } } });
    await user.click(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    await user.click(await screen.findByRole('button', { name: 'Jetzt senden', hidden: true }));
    await screen.findByText('Das Protokoll wurde nicht verschickt.');
    expect(screen.getByText(/Microsoft 365 ist gerade ausgelastet/)).toBeInTheDocument();
    expect(latest.meeting.minutesMail).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Noch einmal senden' }));
    await screen.findByText(/an 10 Personen verschickt/);
  });

  it('says after a reopening that the minutes went out, and sends again only after an explicit confirmation', async () => {
    const sendMinutes = jest.fn(() => Promise.resolve({ outcome: 'sent' as const }));
    const record = { sentAt: '2027-03-16T16:15:00Z', count: 12 };
    const { user, container, latest } = await setupProtokoll({
      meeting: held({ minutesMail: record }),
      gateway: { mail: { sendMinutes } },
    });
    expect(
      screen.getByText('Protokoll am Dienstag, 16. März 2027, 17:15 Uhr an 12 Personen verschickt.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Protokoll per E-Mail senden …' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Noch einmal senden …' }));
    let dialog = await openedDialog('Protokoll noch einmal senden?');
    expect(
      within(dialog).getByText(
        'Das Protokoll wurde am Dienstag, 16. März 2027, 17:15 Uhr schon an 12 Personen verschickt. ' +
          'Wer es bekommen hat, bekommt es ein zweites Mal.',
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    expect(sendMinutes).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Noch einmal senden …' }));
    dialog = await openedDialog('Protokoll noch einmal senden?');
    await user.click(within(dialog).getByRole('button', { name: 'Noch einmal senden', hidden: true }));
    await screen.findByText('Das Protokoll ist um 17:15 Uhr an 10 Personen verschickt.');
    expect(sendMinutes).toHaveBeenCalledTimes(1);
    expect(latest.meeting.minutesMail).toEqual({ sentAt: '2027-03-16T16:15:00.000Z', count: 10 });
  });

  it('says when the answer was lost but the mail is in Sent Items, and records it without sending again', async () => {
    const sendMinutes = jest.fn(() =>
      Promise.resolve({ outcome: 'found-in-sent-items' as const, sentAt: '2027-03-16T16:14:30Z' }),
    );
    const { user, latest } = await setupProtokoll({ meeting: held(), gateway: { mail: { sendMinutes } } });
    await user.click(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    await user.click(await screen.findByRole('button', { name: 'Jetzt senden', hidden: true }));
    expect(
      await screen.findByText(
        'Die Mail ist verschickt worden; die Antwort von Microsoft 365 ging verloren. Treffpunkt hat sie in ' +
          '„Gesendete Elemente“ gefunden (um 17:14 Uhr an 10 Personen) und nicht noch einmal gesendet.',
      ),
    ).toBeInTheDocument();
    expect(sendMinutes).toHaveBeenCalledTimes(1);
    expect(latest.meeting.minutesMail).toEqual({ sentAt: '2027-03-16T16:14:30Z', count: 10 });
  });

  it('says what to check when nobody can tell whether it went out, and asks before sending again', async () => {
    const unknown = new AppError('unknown-outcome', 'lost', { capability: 'sentItems', missing: 'Mail.ReadBasic' });
    const sendMinutes = jest.fn().mockRejectedValueOnce(unknown).mockResolvedValueOnce({ outcome: 'sent' });
    const { user, latest, container } = await setupProtokoll({
      meeting: held(),
      gateway: { mail: { sendMinutes } },
    });
    await user.click(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' }));
    await user.click(await screen.findByRole('button', { name: 'Jetzt senden', hidden: true }));
    expect(await screen.findByText('Ob das Protokoll verschickt wurde, ist nicht sicher.')).toBeInTheDocument();
    expect(
      screen.getByText(/nach der Mail „Protokoll: Vernetzungstreffen am Dienstag, 16\. März 2027“ von heute sehen/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Treffpunkt fehlt dafür eine Berechtigung: Gesendete Elemente (nach verlorener Antwort).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Die IT des Landkreises muss erteilen: Mail\.ReadBasic \(oder: Mail\.Read\)/),
    ).toBeInTheDocument();
    expect(latest.meeting.minutesMail).toEqual({ sentAt: '2027-03-16T16:15:00.000Z', count: 10, unconfirmed: true });
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Noch einmal senden …' }));
    const dialog = await openedDialog('Protokoll noch einmal senden?');
    expect(
      within(dialog).getByText(/ist nicht sicher\. Bitte erst in Outlook unter „Gesendete Elemente“/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Noch einmal senden', hidden: true }));
    await screen.findByText('Das Protokoll ist um 17:15 Uhr an 10 Personen verschickt.');
    expect(latest.meeting.minutesMail).toEqual({ sentAt: '2027-03-16T16:15:00.000Z', count: 10 });
  });

  it('cannot send while nobody with an address is ticked present', async () => {
    await setupProtokoll();
    expect(screen.getByRole('button', { name: 'Protokoll per E-Mail senden …' })).toBeDisabled();
    expect(screen.getByText(/Niemand mit E-Mail-Adresse ist als anwesend angekreuzt/)).toBeInTheDocument();
  });
});
