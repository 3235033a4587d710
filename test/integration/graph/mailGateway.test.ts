import { minutesMail } from '../../../src/domain/minutes';
import type { RunningEmulator } from '../../../src/emulator/server';
import { SEED } from '../../../src/emulator/seed';
import { createMailGateway } from '../../../src/graph/mailGateway';
import { createPlanningGateway } from '../../../src/graph/planningGateway';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { LIST_NAMES, roundTrips, startGraph } from './support';

interface OutboxMail {
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: unknown[];
  bccRecipients: { address: string }[];
  saveToSentItems: boolean;
  from: { address: string };
}

describe('sending the minutes (emulator)', () => {
  let emulator: RunningEmulator;
  afterAll(() => emulator?.close());

  it('sends one mail to those present, with the minutes and the link to the list item, into the outbox', async () => {
    const graph = await startGraph('integration-minutes-mail');
    emulator = graph.emulator;
    const planning = createPlanningGateway(graph.lists, LIST_NAMES, SEED.distributionListMail);
    const saved = await planning.saveMeeting(heldMeeting, undefined);
    const item = await planning.getMeeting(saved.itemId);
    const mail = minutesMail(heldMeeting, { itemUrl: item!.webUrl, names: false, signature: SEED.organiserName });

    const trips = await roundTrips(emulator, () => createMailGateway(graph.client).sendMinutes(mail));
    expect(trips.map((t) => `${t.method} ${t.url} ${t.response.status}`)).toEqual(['POST /v1.0/me/sendMail 202']);

    const outbox = (await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as { value: OutboxMail[] };
    expect(outbox.value).toHaveLength(1);
    const sent = outbox.value[0]!;
    expect(sent.subject).toBe('Protokoll: Vernetzungstreffen am Dienstag, 16. März 2027');
    expect(sent.from.address).toBe(SEED.organiserMail);
    expect(sent.toRecipients).toEqual([]);
    expect(sent.bccRecipients.map((r) => r.address)).toHaveLength(10);
    expect(sent.saveToSentItems).toBe(true);
    expect(sent.body.contentType).toBe('html');
    expect(sent.body.content).toContain(`<a href="${item!.webUrl}">`);
    expect(sent.body.content).toContain('&lt;in Göttingen&gt;');

    const overview = await (await fetch(`${emulator.url}/_emulator`)).text();
    expect(overview).toContain('Protokoll: Vernetzungstreffen am Dienstag, 16. März 2027');
  });
});
