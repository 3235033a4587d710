import { SEED, SEED_LISTS } from '../../../src/emulator/seed';
import { type Client, scratchDir, startClient } from './support';

/** lostAnswers: the service acts, then its answer is lost (504 or a dropped connection). */

const SCOPES = ['User.Read', 'Sites.Selected', 'Mail.Send', 'Mail.ReadBasic'];
const ITEMS = `/sites/${SEED.siteId}/lists/${SEED_LISTS.meetingsId}/items`;

let client: Client;
let token = '';

beforeAll(async () => {
  client = await startClient({ dataDir: scratchDir('lost-answers'), reset: true });
  token = await client.token(SCOPES);
});
afterAll(() => client.emulator.close());
afterEach(() => client.emulator.setFaults({}));

function minutes(subject: string): Record<string, unknown> {
  return {
    message: {
      subject,
      body: { contentType: 'Text', content: 'Protokoll des Vernetzungstreffens' },
      toRecipients: [{ emailAddress: { address: SEED.organiserMail, name: SEED.organiserName } }],
      bccRecipients: [{ emailAddress: { address: SEED.distributionListMail } }],
    },
    saveToSentItems: true,
  };
}

async function outbox(subject: string): Promise<unknown[]> {
  const res = await fetch(`${client.emulator.url}/_emulator/outbox`);
  const { value } = (await res.json()) as { value: { subject: string }[] };
  return value.filter((m) => m.subject === subject);
}

async function itemsTitled(title: string): Promise<unknown[]> {
  const res = await client.call('GET', `${ITEMS}?$expand=fields&$top=999`, { token });
  return (res.body.value ?? []).filter((i) => (i.fields as { Title?: string }).Title === title);
}

async function faults(): Promise<Record<string, unknown>> {
  return (await (await fetch(`${client.emulator.url}/_emulator/faults`)).json()) as Record<string, unknown>;
}

describe('emulator: lost answers', () => {
  it('sends the mail, then answers 504: exactly one mail, found in Sent Items', async () => {
    client.emulator.setFaults({ lostAnswers: [{ method: 'POST', path: '/me/sendMail', as: '504', times: 1 }] });
    const lost = await client.call('POST', '/me/sendMail', { token, body: minutes('Protokoll 8. Dezember') });
    expect(lost.status).toBe(504);
    expect(lost.body.error?.code).toBe('UnknownError');
    expect(lost.headers.get('request-id')).toBeTruthy();
    expect(await outbox('Protokoll 8. Dezember')).toHaveLength(1);
    const sent = await client.call(
      'GET',
      "/me/mailFolders/sentitems/messages?$select=subject,sentDateTime,toRecipients,bccRecipients&$filter=subject eq 'Protokoll 8. Dezember'",
      { token },
    );
    expect(sent.status).toBe(200);
    expect(sent.body.value).toHaveLength(1);
    expect((await faults()).lostAnswers).toEqual([]);
    expect((await client.call('POST', '/me/sendMail', { token, body: minutes('Danach') })).status).toBe(202);
  });

  it('creates the item, then drops the connection: exactly one item', async () => {
    client.emulator.setFaults({ lostAnswers: [{ method: 'POST', path: '/items', as: 'drop' }] });
    await expect(
      client.call('POST', ITEMS, { token, body: { fields: { Title: 'Treffen verlorene Antwort' } } }),
    ).rejects.toThrow();
    expect(await itemsTitled('Treffen verlorene Antwort')).toHaveLength(1);
    expect((await faults()).lostAnswers).toEqual([]);
  });

  it('loses only answers of requests the service carried out', async () => {
    client.emulator.setFaults({ lostAnswers: [{ method: 'POST', path: '/me/sendMail' }] });
    const rejected = await client.call('POST', '/me/sendMail', {
      token,
      body: { message: { subject: 'ohne Empfänger', body: { contentType: 'Text', content: 'x' } } },
    });
    expect(rejected.status).toBe(400);
    expect((await faults()).lostAnswers).toHaveLength(1);
  });

  it('answers an inner 504 inside $batch after creating the item', async () => {
    client.emulator.setFaults({ lostAnswers: [{ path: '/items', as: 'drop' }] });
    const res = await client.call('POST', '/$batch', {
      token,
      body: {
        requests: [
          {
            id: '1',
            method: 'POST',
            url: ITEMS,
            headers: { 'Content-Type': 'application/json' },
            body: { fields: { Title: 'Treffen im Stapel' } },
          },
          { id: '2', method: 'GET', url: '/me?$select=displayName' },
        ],
      },
    });
    expect(res.status).toBe(200);
    const responses = res.body.responses as { id: string; status: number; body: { error?: { code: string } } }[];
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 504],
      ['2', 200],
    ]);
    expect(responses[0]?.body.error?.code).toBe('UnknownError');
    expect(await itemsTitled('Treffen im Stapel')).toHaveLength(1);
  });
});
