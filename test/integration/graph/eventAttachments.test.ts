import { buildInvitation } from '../../../src/domain/invitation';
import type { MadeFile } from '../../../src/domain/documents/documentModel';
import { seededRandom } from '../../../src/emulator/faults';
import { type RunningEmulator, SEED } from '../../../src/emulator/server';
import { plannedMeeting, settings } from '../../fixtures/plannedMeeting';
import { emulatorState, journal, setFaults, shortly, startGraph } from './support';

const INVITEE = 'k.haddad@gmx.de';
const invitation = buildInvitation(plannedMeeting, { ...settings, speakerAddress: undefined });
const agenda: MadeFile = {
  name: '2027-03-16 Tagesordnung.pdf',
  contentType: 'application/pdf',
  bytes: Uint8Array.from({ length: 40_000 }, (_, i) => (i * 7) & 0xff),
};

interface EventView {
  id: string;
  attendees: unknown[];
  attachments?: { name: string; size: number }[];
  parentFolder?: string;
}

async function organiserEvents(emulator: RunningEmulator): Promise<EventView[]> {
  const state = (await emulatorState(emulator)) as unknown as { events: Record<string, EventView[]> };
  return (state.events[SEED.organiserId] ?? []).filter((e) => e.parentFolder === undefined);
}

async function invitationsTo(emulator: RunningEmulator, address: string): Promise<unknown[]> {
  const res = await fetch(`${emulator.url}/_emulator/mailbox/${encodeURIComponent(address)}/invitations`);
  return ((await res.json()) as { value: unknown[] }).value;
}

describe('the invitation with the agenda attached (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('makes the event without attendees, attaches the file, then adds the attendees: one event, one file, one invitation', async () => {
    const graph = await startGraph('integration-attach-agenda');
    emulator = graph.emulator;
    const sent = await graph.gateway.invitation.sendWithFile(invitation, agenda);
    expect(sent.replies.length).toBeGreaterThan(0);
    const [event, ...more] = await organiserEvents(emulator);
    expect(more).toHaveLength(0);
    expect(event?.attachments).toEqual([expect.objectContaining({ name: agenda.name, size: 40_000 })]);
    expect(await invitationsTo(emulator, INVITEE)).toHaveLength(1);
    const calls = shortly(await journal(emulator)).filter((c) => !c.startsWith('GET /v1.0/me '));
    expect(calls.filter((c) => c.endsWith('/attachments') && c.startsWith('POST'))).toHaveLength(1);
    // Sending again (the pane retried after an error) attaches nothing a second time.
    await graph.gateway.invitation.sendWithFile(invitation, agenda);
    expect((await organiserEvents(emulator))[0]?.attachments).toHaveLength(1);
  });

  it.each([
    ['504', 1],
    ['drop', 2],
    ['504', 3],
    ['drop', 4],
  ] as const)(
    'an attachment whose answer was lost (%s, seed %i) is found by name, not attached twice',
    async (as, seed) => {
      const graph = await startGraph(`integration-attach-lost-${as}-${seed}`, { random: seededRandom(seed) });
      emulator = graph.emulator;
      const held = await graph.gateway.invitation.holdTheDate(invitation);
      await setFaults(emulator, {
        rate503: 0.2,
        retryAfterSeconds: 0,
        lostAnswers: [{ method: 'POST', path: '/attachments', as, times: 1 }],
      });
      // A 503 on the attachment's POST (it did not act) fails the send, as for every write not safe to
      // repeat; the user sends again, and the file is still attached once.
      let sent: Awaited<ReturnType<typeof graph.gateway.invitation.sendWithFile>> | undefined;
      for (let attempt = 0; attempt < 6 && !sent; attempt++) {
        sent = await graph.gateway.invitation.sendWithFile(invitation, agenda).catch(() => undefined);
      }
      expect(sent?.id).toBe(held.id);
      await setFaults(emulator, { rate503: 0 });
      const [event] = await organiserEvents(emulator);
      expect(event?.attachments?.map((a) => a.name)).toEqual([agenda.name]);
    },
    30_000,
  );

  it('refuses a file of 3 MB or more before sending anything', async () => {
    const graph = await startGraph('integration-attach-too-large');
    emulator = graph.emulator;
    const held = await graph.gateway.invitation.holdTheDate(invitation);
    const big: MadeFile = { ...agenda, bytes: new Uint8Array(3_000_000) };
    await expect(
      graph.gateway.invitation.sendWithFile(invitation, big).catch((e: unknown) => Promise.reject(e)),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    const posts = shortly(await journal(emulator)).filter((c) => c.includes('/attachments'));
    expect(posts.filter((c) => c.startsWith('POST'))).toHaveLength(0);
    expect((await organiserEvents(emulator)).find((e) => e.id === held.id)?.attachments ?? []).toEqual([]);
  });
});
