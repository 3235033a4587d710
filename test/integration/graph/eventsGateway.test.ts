import { rmSync } from 'node:fs';
import path from 'node:path';
import { createEmulatorTokenProvider } from '../../../src/auth/emulatorTokenProvider';
import { createEventsGateway } from '../../../src/graph/eventsGateway';
import { createGraphClient } from '../../../src/graph/graphClient';
import { type RunningEmulator, SEED, startEmulator } from '../../../src/emulator/server';

async function emulatorFor(name: string): Promise<RunningEmulator> {
  const dataDir = path.resolve(__dirname, '../../../test-results/emulator', name);
  rmSync(dataDir, { recursive: true, force: true });
  return startEmulator({ dataDir, port: 0, reset: true });
}

const invitation = (transactionId: string) => ({
  subject: 'Vernetzungstreffen der Ehrenamtskoordination am 16. März 2027',
  start: { dateTime: '2027-03-16T15:00:00', timeZone: 'Europe/Berlin' },
  end: { dateTime: '2027-03-16T18:00:00', timeZone: 'Europe/Berlin' },
  attendees: [{ type: 'required' as const, emailAddress: { address: SEED.distributionListMail } }],
  body: { contentType: 'html' as const, content: '<h2>Tagesordnung</h2>' },
  transactionId,
});

describe('events gateway against the emulator', () => {
  let emulator: RunningEmulator;
  afterEach(() => emulator?.close());

  function gateway() {
    const client = createGraphClient({
      tokenProvider: createEmulatorTokenProvider({ origin: emulator.url }),
      baseUrl: emulator.graphUrl,
      retry: { delaySeconds: 0, maxDelaySeconds: 1 },
    });
    return createEventsGateway(client);
  }

  it('creates one event per transactionId, however often it is sent', async () => {
    emulator = await emulatorFor('integration-events-dedup');
    const first = await gateway().create(invitation('tp-meeting-1'));
    const again = await gateway().create(invitation('tp-meeting-1'));
    expect(again.id).toBe(first.id);
    expect(first.iCalUId).not.toBe('');
    expect(first.replies).toEqual([
      expect.objectContaining({ address: SEED.distributionListMail, type: 'required', state: 'none' }),
    ]);
  });

  it('reads replies as list members answer', async () => {
    emulator = await emulatorFor('integration-events-replies');
    const event = await gateway().create(invitation('tp-meeting-2'));
    const reply = await fetch(`${emulator.url}/_emulator/replies/random`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ eventId: event.id, count: 3 }),
    });
    expect(reply.ok).toBe(true);
    const replies = (await gateway().get(event.id)).replies.filter((r) => r.state !== 'none');
    expect(replies).toHaveLength(3);
  });

  it('cancels with a comment; the event then lies in Deleted Items and its id answers 404', async () => {
    emulator = await emulatorFor('integration-events-cancel');
    const event = await gateway().create(invitation('tp-meeting-3'));
    await gateway().cancel(event.id, 'Das Treffen muss leider ausfallen.');
    await expect(gateway().get(event.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});
