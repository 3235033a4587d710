import { rmSync } from 'node:fs';
import path from 'node:path';
import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';
import { buildInvitation } from '../../../src/domain/invitation';
import { createGateway } from '../../../src/graph/gateway';
import { createGraphClient } from '../../../src/graph/graphClient';
import { type RunningEmulator, SEED, startEmulator } from '../../../src/emulator/server';
import { plannedMeeting, settings } from '../../fixtures/plannedMeeting';

const INVITEE = 'k.haddad@gmx.de';
const invitation = buildInvitation(plannedMeeting, { ...settings, speakerAddress: undefined });

function draws(...values: number[]): () => number {
  return () => values.shift() ?? 0.999;
}

async function setup(name: string, random?: () => number) {
  const dataDir = path.resolve(__dirname, '../../../test-results/emulator', name);
  rmSync(dataDir, { recursive: true, force: true });
  const emulator = await startEmulator({ dataDir, port: 0, reset: true, random });
  const client = createGraphClient({
    tokenProvider: createEmulatorTokenProvider({ origin: emulator.url }),
    baseUrl: emulator.graphUrl,
    retry: { delaySeconds: 0, maxDelaySeconds: 1 },
  });
  const gateway = createGateway(client, {
    site: `${SEED.siteHostname}:${SEED.sitePath}`,
    listName: 'Vernetzungstreffen',
    venueListName: 'Treffpunkt-Orte',
    settingsListName: 'Treffpunkt-Einstellungen',
    distributionList: SEED.distributionListMail,
    sharedMailbox: '',
  });
  return { emulator, gateway };
}

async function control<T>(emulator: RunningEmulator, pathname: string): Promise<T> {
  return (await (await fetch(`${emulator.url}${pathname}`)).json()) as T;
}

async function organiserEvents(emulator: RunningEmulator): Promise<unknown[]> {
  const state = await control<{ events: Record<string, unknown[]> }>(emulator, '/_emulator/state');
  return state.events[SEED.organiserId] ?? [];
}

async function received(emulator: RunningEmulator): Promise<unknown[]> {
  return (await control<{ value: unknown[] }>(emulator, `/_emulator/mailbox/${INVITEE}/invitations`)).value;
}

describe('sending the invitation', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('makes exactly one event, sent twice and with the first create answered by a 503', async () => {
    const s = await setup('integration-invitation-send', draws(0));
    emulator = s.emulator;
    emulator.setFaults({ rate503: 0.5, retryAfterSeconds: 0 });
    const first = await s.gateway.invitation.send(invitation);
    const again = await s.gateway.invitation.send(invitation);
    expect(again.id).toBe(first.id);
    expect(await organiserEvents(emulator)).toHaveLength(1);
    expect(await received(emulator)).toHaveLength(1);
  });

  it('holds the date without mail to anyone, reminds at 09:00 on the due date, then invites', async () => {
    const s = await setup('integration-invitation-hold');
    emulator = s.emulator;
    const held = await s.gateway.invitation.holdTheDate(plannedMeeting, invitation);
    expect(held.replies).toEqual([]);
    expect(await received(emulator)).toHaveLength(0);
    const state = await control<{ todoLists: Record<string, { tasks: { title: string; dueDateTime: unknown }[] }[]> }>(
      emulator,
      '/_emulator/state',
    );
    const tasks = Object.values(state.todoLists)
      .flat()
      .flatMap((l) => l.tasks);
    expect(tasks).toEqual([
      expect.objectContaining({
        title: 'Einladung zum Vernetzungstreffen am Dienstag, 16. März 2027 verschicken',
        dueDateTime: expect.objectContaining({ dateTime: expect.stringMatching(/^2027-02-23T09:00:00/) }),
      }),
    ]);
    const sent = await s.gateway.invitation.promote(held.id, invitation);
    expect(sent.replies.map((r) => r.address)).toContain(SEED.distributionListMail);
    expect(await received(emulator)).toHaveLength(1);
  });
});
