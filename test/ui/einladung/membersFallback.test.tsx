import { screen, waitFor } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { Invitation, MembersResult } from '../../../src/domain/invitation';
import { axeViolations } from '../support/axe';
import { testConfig } from '../support/renderPane';
import { listReply, setupEinladung, storedEvent } from './setupEinladung';

const LIST = testConfig.distributionList;

/** Opens the view on its due date with list expansion on and these members; returns the send mock. */
async function withMembers(members: () => Promise<MembersResult>) {
  const send = jest.fn<Promise<ReturnType<typeof storedEvent>>, [Invitation]>(() =>
    Promise.resolve(storedEvent([listReply])),
  );
  const setup = await setupEinladung({
    today: '2027-02-23',
    settings: { expandDistributionList: true },
    gateway: { directory: { members }, invitation: { send } },
  });
  return { ...setup, send };
}

/** Sends, and returns whom the invitation went to as required attendees. */
async function sendAndRequired(setup: Awaited<ReturnType<typeof withMembers>>): Promise<string[]> {
  await setup.user.click(screen.getByRole('button', { name: 'Einladung jetzt senden' }));
  await waitFor(() => expect(setup.send).toHaveBeenCalledTimes(1));
  const invitation = setup.send.mock.calls[0]![0];
  return invitation.attendees.filter((a) => a.type === 'required').map((a) => a.address);
}

const title = `Eingeladen wird der Verteiler ${LIST} als Ganzes.`;

describe('Einladung: list expansion that yields no one to invite one by one', () => {
  it('invites the list address when the list is not in the directory (a dynamic list), and says why', async () => {
    const setup = await withMembers(() =>
      Promise.resolve({ members: [], withoutAddress: 0, reason: 'notInDirectory' }),
    );
    expect(screen.getByText(title)).toBeInTheDocument();
    expect(
      screen.getByText(/steht nicht als Gruppe im Verzeichnis \(zum Beispiel ein dynamischer Verteiler/),
    ).toBeInTheDocument();
    expect(await axeViolations(setup.view.container)).toEqual([]);
    expect(await sendAndRequired(setup)).toEqual([LIST]);
  });

  it('never sends to nobody: an empty list is invited by its address', async () => {
    const setup = await withMembers(() => Promise.resolve({ members: [], withoutAddress: 0, reason: 'noMembers' }));
    expect(
      screen.getByText(/Damit die Einladung nicht an niemanden geht, geht sie an die Adresse des Verteilers/),
    ).toBeInTheDocument();
    expect(await sendAndRequired(setup)).toEqual([LIST]);
  });

  it('names the permissions that would show names and addresses', async () => {
    const setup = await withMembers(() =>
      Promise.resolve({
        members: [{ name: 'Hannelore Vogt', address: 'hannelore.vogt@web.de' }],
        withoutAddress: 7,
        reason: 'limitedInformation',
        missing: ['OrgContact.Read.All', 'User.ReadBasic.All'],
      }),
    );
    expect(
      screen.getByText(/weil Treffpunkt die Berechtigung OrgContact\.Read\.All und User\.ReadBasic\.All fehlt/),
    ).toBeInTheDocument();
    expect(await sendAndRequired(setup)).toEqual([LIST]);
  });

  it('invites the list when some members have no address, rather than leaving them out', async () => {
    const setup = await withMembers(() =>
      Promise.resolve({
        members: [{ name: 'Hannelore Vogt', address: 'hannelore.vogt@web.de' }],
        withoutAddress: 3,
        reason: 'withoutAddress',
      }),
    );
    expect(screen.getByText(/3 Mitglieder haben im Verzeichnis keine E-Mail-Adresse/)).toBeInTheDocument();
    expect(await sendAndRequired(setup)).toEqual([LIST]);
  });

  it('invites the list when reading members is refused, naming what IT must grant', async () => {
    const refused = new AppError('forbidden', '403', { capability: 'listExpansion', missing: 'GroupMember.Read.All' });
    const setup = await withMembers(() => Promise.reject(refused));
    expect(screen.getByText(/Die Mitglieder des Verteilers lassen sich nicht lesen/)).toBeInTheDocument();
    expect(
      screen.getByText('Treffpunkt fehlt dafür eine Berechtigung: Mitglieder des Verteilers.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Die IT des Landkreises muss erteilen: GroupMember\.Read\.All/)).toBeInTheDocument();
    expect(await axeViolations(setup.view.container)).toEqual([]);
    expect(await sendAndRequired(setup)).toEqual([LIST]);
  });

  it('invites the members one by one when all have addresses', async () => {
    const members = [
      { name: 'Hannelore Vogt', address: 'hannelore.vogt@web.de' },
      { name: 'Karim Haddad', address: 'k.haddad@gmx.de' },
    ];
    const setup = await withMembers(() => Promise.resolve({ members, withoutAddress: 0 }));
    expect(screen.queryByText(title)).not.toBeInTheDocument();
    expect(await sendAndRequired(setup)).toEqual(['hannelore.vogt@web.de', 'k.haddad@gmx.de']);
  });
});
