import { callForTopicsMail } from '../../../src/domain/invitation/callForTopicsMail';
import { type Meeting, standardAgenda } from '../../../src/domain/planning';
import { type RunningEmulator, SEED, seededRandom } from '../../../src/emulator/server';
import { createMailGateway } from '../../../src/graph/mailGateway';
import { roundTrips, setFaults, shortly, startGraph } from './support';

interface OutboxMail {
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: { address: string }[];
  bccRecipients?: { address: string }[];
  from: { address: string };
}

const LIST = 'vernetzung-ehrenamt@landkreis-northeim.de';
let n = 0;
const meeting: Meeting = {
  id: 'm-call',
  date: '2027-03-16',
  startTime: '15:00',
  status: 'geplant',
  speaker: { name: '', organisation: '', topic: '' },
  agenda: standardAgenda(() => `i${++n}`),
  adoptedSuggestions: [],
};
const mail = callForTopicsMail({
  meeting,
  distributionList: LIST,
  deadline: '2027-02-18',
  surveyLink: 'https://forms.office.com/r/AbC123',
});

async function outbox(emulator: RunningEmulator): Promise<OutboxMail[]> {
  return ((await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as { value: OutboxMail[] }).value;
}

describe('sending the call for topics (emulator)', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(() => emulator?.close());

  it('sends one mail To the distribution list only, from the signed-in user', async () => {
    const graph = await startGraph('integration-call-for-topics');
    emulator = graph.emulator;
    const trips = await roundTrips(emulator, async () => {
      await expect(createMailGateway(graph.client).sendCallForTopics(mail)).resolves.toEqual({ outcome: 'sent' });
    });
    expect(shortly(trips)).toEqual(['POST /v1.0/me/sendMail']);
    const sent = await outbox(emulator);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe(mail.subject);
    expect(sent[0]!.from.address).toBe(SEED.organiserMail);
    expect(sent[0]!.toRecipients.map((r) => r.address)).toEqual([LIST]);
    expect(sent[0]!.bccRecipients ?? []).toEqual([]);
    expect(sent[0]!.body.content).toContain('<a href="https://forms.office.com/r/AbC123">');
  });

  it.each([
    [2, '504'],
    [5, 'drop'],
    [11, '504'],
    [17, 'drop'],
  ] as const)('after a lost answer amid 503s (seed %i, %s) goes out exactly once', async (seed, as) => {
    const graph = await startGraph(`integration-call-for-topics-lost-${seed}`, {
      faults: { rate503: 0.3, retryAfterSeconds: 0 },
      random: seededRandom(seed),
    });
    emulator = graph.emulator;
    await setFaults(emulator, {
      rate503: 0.3,
      retryAfterSeconds: 0,
      lostAnswers: [{ method: 'POST', path: '/me/sendMail', as, times: 1 }],
    });
    const gateway = createMailGateway(graph.client, { settleMs: 0 });
    const outcome = await gateway.sendCallForTopics(mail);
    expect(['sent', 'found-in-sent-items']).toContain(outcome.outcome);
    const sent = await outbox(emulator);
    expect(sent.map((m) => m.subject)).toEqual([mail.subject]);
  });

  it('after an unknown outcome in an earlier session, looks in Sent Items first and never sends twice', async () => {
    const graph = await startGraph('integration-call-for-topics-earlier');
    emulator = graph.emulator;
    const triedAt = Date.now();
    await createMailGateway(graph.client).sendCallForTopics(mail);
    // a new session (a fresh gateway) with the meeting's record "tried at, unconfirmed"
    const trips = await roundTrips(emulator, async () => {
      const outcome = await createMailGateway(graph.client, { settleMs: 0 }).sendCallForTopics(mail, triedAt);
      expect(outcome).toMatchObject({ outcome: 'found-in-sent-items' });
    });
    expect(shortly(trips)).toEqual(['GET /v1.0/me/mailFolders/SentItems/messages']);
    expect(await outbox(emulator)).toHaveLength(1);
  });

  it('without Mail.Send: refused, naming the permission IT grants; nothing sent', async () => {
    const graph = await startGraph('integration-call-for-topics-no-send', {
      tenant: {
        graphScopes: ['User.Read', 'Calendars.ReadWrite', 'Tasks.ReadWrite', 'Mail.ReadBasic', 'Sites.Selected'],
      },
    });
    emulator = graph.emulator;
    await expect(createMailGateway(graph.client).sendCallForTopics(mail)).rejects.toMatchObject({
      details: { capability: 'mail', missing: 'Mail.Send' },
    });
    expect(await outbox(emulator)).toHaveLength(0);
  });
});
