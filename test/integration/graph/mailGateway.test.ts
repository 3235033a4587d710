import { minutesMail } from '../../../src/domain/minutes';
import type { RunningEmulator } from '../../../src/emulator/server';
import { SEED } from '../../../src/emulator/seed';
import { createMailGateway } from '../../../src/graph/mailGateway';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { emulatorState, roundTrips, setFaults, shortly, startGraph } from './support';

interface OutboxMail {
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: { address: string }[];
  bccRecipients: { address: string }[];
  saveToSentItems: boolean;
  from: { address: string };
}

const organiser = { name: SEED.organiserName, address: SEED.organiserMail };

async function outbox(emulator: RunningEmulator): Promise<OutboxMail[]> {
  return ((await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as { value: OutboxMail[] }).value;
}

describe('sending the minutes (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('sends one mail To the organiser, those present in Bcc, with the minutes and the link to the list item', async () => {
    const graph = await startGraph('integration-minutes-mail');
    emulator = graph.emulator;
    const planning = graph.gateway.planning;
    const saved = await planning.saveMeeting(heldMeeting, undefined);
    const item = await planning.getMeeting(saved.itemId);
    const mail = minutesMail(heldMeeting, { itemUrl: item!.webUrl, names: false, signature: SEED.organiserName });

    let outcome: unknown;
    const trips = await roundTrips(emulator, async () => {
      outcome = await createMailGateway(graph.client).sendMinutes(mail, organiser);
    });
    expect(outcome).toEqual({ outcome: 'sent' });
    expect(trips.map((t) => `${t.method} ${t.url} ${t.response.status}`)).toEqual(['POST /v1.0/me/sendMail 202']);

    const sent = await outbox(emulator);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe('Protokoll: Vernetzungstreffen am Dienstag, 16. März 2027');
    expect(sent[0]!.from.address).toBe(SEED.organiserMail);
    expect(sent[0]!.toRecipients.map((r) => r.address)).toEqual([SEED.organiserMail]);
    expect(sent[0]!.bccRecipients.map((r) => r.address)).toHaveLength(10);
    expect(sent[0]!.saveToSentItems).toBe(true);
    expect(sent[0]!.body.content).toContain(`<a href="${item!.webUrl}">`);
    expect(sent[0]!.body.content).toContain('&lt;in Göttingen&gt;');

    const overview = await (await fetch(`${emulator.url}/_emulator`)).text();
    expect(overview).toContain('Protokoll: Vernetzungstreffen am Dienstag, 16. März 2027');
  });

  it.each(['504', 'drop'] as const)(
    'after a lost answer (%s) finds the mail in Sent Items instead of sending it again',
    async (as) => {
      const graph = await startGraph(`integration-minutes-mail-lost-${as}`);
      emulator = graph.emulator;
      await setFaults(emulator, { lostAnswers: [{ method: 'POST', path: '/me/sendMail', as, times: 1 }] });
      const mail = minutesMail(heldMeeting, { itemUrl: '', names: false });
      const trips = await roundTrips(emulator, async () => {
        const outcome = await createMailGateway(graph.client).sendMinutes(mail, organiser);
        expect(outcome).toMatchObject({ outcome: 'found-in-sent-items', sentAt: expect.any(String) });
      });
      // (a dropped connection leaves no answer in the journal)
      expect(shortly(trips).filter((t) => t !== 'POST /v1.0/me/sendMail')).toEqual([
        'GET /v1.0/me/mailFolders/SentItems/messages',
      ]);
      expect(await outbox(emulator)).toHaveLength(1);
    },
  );

  it('without Mail.ReadBasic: the outcome of a lost send is unknown, named with the missing permission', async () => {
    const graph = await startGraph('integration-minutes-mail-unknown', {
      tenant: { graphScopes: ['User.Read', 'Calendars.ReadWrite', 'Tasks.ReadWrite', 'Mail.Send', 'Sites.Selected'] },
    });
    emulator = graph.emulator;
    await setFaults(emulator, { lostAnswers: [{ method: 'POST', path: '/me/sendMail', as: '504', times: 1 }] });
    const gateway = createMailGateway(graph.client);
    const mail = minutesMail(heldMeeting, { itemUrl: '', names: false });
    await expect(gateway.sendMinutes(mail, organiser)).rejects.toMatchObject({
      code: 'unknown-outcome',
      details: { capability: 'sentItems', missing: 'Mail.ReadBasic' },
    });
    // Asked again in the same session: still not sent twice.
    await expect(gateway.sendMinutes(mail, organiser)).rejects.toMatchObject({ code: 'unknown-outcome' });
    expect(await outbox(emulator)).toHaveLength(1);
    expect((await emulatorState(emulator)).outbox).toHaveLength(1);
  });

  it('a POST answered 429 is not repeated by the client: it surfaces as throttled', async () => {
    const graph = await startGraph('integration-minutes-mail-429', { faults: { rate429: 1, retryAfterSeconds: 7 } });
    emulator = graph.emulator;
    const mail = minutesMail(heldMeeting, { itemUrl: '', names: false });
    const trips = await roundTrips(emulator, () =>
      expect(createMailGateway(graph.client).sendMinutes(mail, organiser)).rejects.toMatchObject({
        code: 'throttled',
        details: { status: 429, retryAfterSeconds: 7 },
      }),
    );
    expect(shortly(trips)).toEqual(['POST /v1.0/me/sendMail']);
    expect(await outbox(emulator)).toHaveLength(0);
  });
});
