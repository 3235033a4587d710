import { screen, waitFor, within } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import {
  buildInvitation,
  invitationFingerprint,
  type MembersResult,
  withMembers,
} from '../../../src/domain/invitation';
import type { Meeting } from '../../../src/domain/planning';
import { defaultTeamSettings, type NamedAddress } from '../../../src/domain/settings';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { openedDialog } from '../support/dialogs';
import { testConfig } from '../support/renderPane';
import { setupEinladung, storedEvent } from './setupEinladung';

const LIST = testConfig.distributionList;
const sent: Meeting = {
  ...plannedMeeting,
  status: 'eingeladen',
  invitation: { eventId: 'evt-1', sentAt: '2027-02-23T08:00:00Z' },
};

async function cancelWith(user: Awaited<ReturnType<typeof setupEinladung>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Treffen absagen …' }));
  // Found by its title: in jsdom tabster may leave the open surface aria-hidden, without a computed name
  // (see openedDialog); the dialog's accessibility is the browser tests' business.
  const dialog = await openedDialog('Treffen absagen?');
  await user.click(within(dialog).getByRole('button', { name: 'Absage senden', hidden: true }));
}

describe('Einladung: cancelling a sent meeting', () => {
  it('marks it abgesagt when its event was deleted in Outlook (the deletion cancelled it)', async () => {
    const get = jest.fn(() => Promise.reject(new AppError('not-found', '404')));
    const cancel = jest.fn(() => Promise.reject(new AppError('not-found', '404')));
    const { user, latest } = await setupEinladung({
      meeting: sent,
      today: '2027-03-01',
      gateway: { events: { get, cancel } },
    });
    expect(screen.getByText(/Den Termin gibt es in Outlook nicht mehr/)).toBeInTheDocument();
    await cancelWith(user);
    await screen.findByText('Treffen abgesagt');
    expect(cancel).toHaveBeenCalledWith('evt-1', expect.stringContaining('muss leider ausfallen'));
    expect(latest.meeting.status).toBe('abgesagt');
    expect(latest.meeting.invitation?.cancelledAt).toBe('2027-02-01T09:30:00.000Z');
    expect(screen.queryByText('Die Absage wurde nicht gesendet.')).not.toBeInTheDocument();
  });

  it('still says so when the cancellation fails for another reason', async () => {
    const get = jest.fn(() => Promise.resolve(storedEvent()));
    const cancel = jest.fn(() => Promise.reject(new AppError('offline', 'dropped')));
    const { user, latest } = await setupEinladung({
      meeting: sent,
      today: '2027-03-01',
      gateway: { events: { get, cancel } },
    });
    await cancelWith(user);
    await screen.findByText('Die Absage wurde nicht gesendet.');
    expect(latest.meeting.status).toBe('eingeladen');
  });
});

describe('Einladung: list expansion without the members', () => {
  const members: NamedAddress[] = [
    { name: 'Hannelore Vogt', address: 'hannelore.vogt@web.de' },
    { name: 'Karim Haddad', address: 'k.haddad@gmx.de' },
  ];
  const settings = { ...defaultTeamSettings(LIST), expandDistributionList: true };
  // Sent to the members one by one; the start moved from 15:00 to 15:30 since.
  const sentToMembers: Meeting = {
    ...sent,
    startTime: '15:30',
    invitation: {
      ...sent.invitation,
      sentFingerprint: invitationFingerprint(withMembers(buildInvitation(plannedMeeting, settings), LIST, members)),
    },
  };
  const failedText = new RegExp(`Die Mitglieder des Verteilers ${LIST} konnten nicht gelesen werden`);

  it('names no change to the invitees, sends no update and offers to read the members again', async () => {
    const membersOf = jest
      .fn(() => Promise.resolve({ members, withoutAddress: 0 }))
      .mockRejectedValueOnce(new AppError('throttled', '429', { status: 429 }));
    const update = jest.fn(() => Promise.resolve(storedEvent()));
    const { user } = await setupEinladung({
      meeting: sentToMembers,
      today: '2027-03-01',
      settings: { expandDistributionList: true },
      gateway: {
        directory: { members: membersOf },
        events: { get: () => Promise.resolve(storedEvent()) },
        invitation: { update },
      },
    });
    await screen.findByText(failedText);
    expect(screen.getByText(/^Geändert: Zeit, Tagesordnung und Hinweise\. Die/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Änderung an alle senden' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.queryByText(failedText)).not.toBeInTheDocument());
    expect(membersOf).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/^Geändert: Zeit, Tagesordnung und Hinweise\. Die/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Änderung an alle senden' })).toBeEnabled();
    expect(update).not.toHaveBeenCalled();
  });

  it('does not send while the members are read, nor after reading them failed', async () => {
    let fail: (error: unknown) => void = () => {};
    const membersOf = jest.fn(() => new Promise<MembersResult>((_, reject) => (fail = reject)));
    const send = jest.fn(() => Promise.resolve(storedEvent()));
    await setupEinladung({
      today: '2027-02-23',
      settings: { expandDistributionList: true },
      gateway: { directory: { members: membersOf }, invitation: { send } },
    });
    expect(screen.getByText('Die Mitglieder des Verteilers werden gelesen …')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Einladung jetzt senden' })).toBeDisabled();
    fail(new AppError('offline', 'dropped'));
    await screen.findByText(failedText);
    expect(screen.getByRole('button', { name: 'Einladung jetzt senden' })).toBeDisabled();
    expect(send).not.toHaveBeenCalled();
  });
});
