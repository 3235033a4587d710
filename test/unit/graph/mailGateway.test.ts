import { AppError } from '../../../src/domain/appError';
import { minutesMail } from '../../../src/domain/minutes';
import { nextLinkPath } from '../../../src/graph/listsGateway';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createMailGateway, sendMailBody } from '../../../src/graph/mailGateway';
import { heldMeeting } from '../../fixtures/heldMeeting';
import { fakeClient } from './fakeClient';

describe('sendMailBody', () => {
  const organiser = { name: 'Miriam Albers', address: 'miriam.albers@landkreis-northeim.de' };

  it('sends the minutes as HTML To the organiser, the participants in Bcc, and keeps a copy in Sent Items', () => {
    const mail = minutesMail(heldMeeting, { itemUrl: 'https://x.sharepoint.com/l/1_.000', names: false });
    const body = sendMailBody(mail, organiser);
    expect(body.saveToSentItems).toBe(true);
    expect(body.message.subject).toBe('Protokoll: Vernetzungstreffen am Dienstag, 16. März 2027');
    expect(body.message.body).toEqual({ contentType: 'html', content: mail.html });
    expect(body.message.toRecipients).toEqual([{ emailAddress: organiser }]);
    expect(body.message.bccRecipients?.[0]).toEqual({
      emailAddress: { name: 'Miriam Albers', address: 'person1@initiativen.example' },
    });
    expect(body.message.bccRecipients).toHaveLength(10);
  });

  it('does not put the organiser in Bcc as well when present', () => {
    const mail = minutesMail(heldMeeting, { itemUrl: '', names: false });
    const first = mail.recipients[0]!;
    const body = sendMailBody(mail, { name: first.name, address: first.address.toUpperCase() });
    expect(body.message.bccRecipients).toHaveLength(9);
  });
});

describe('createMailGateway', () => {
  it('refuses to send when nobody present has an address, without calling Graph', async () => {
    const api = jest.fn();
    const nobody = minutesMail(
      { ...heldMeeting, minutes: { ...heldMeeting.minutes!, attendance: [] } },
      { itemUrl: '', names: false },
    );
    const gateway = createMailGateway({ api } as unknown as Client);
    await expect(gateway.sendMinutes(nobody, { name: 'M', address: 'm@x.example' })).rejects.toMatchObject({
      code: 'invalid-input',
      message:
        'Niemand mit E-Mail-Adresse ist als anwesend angekreuzt. Bitte in der Anwesenheitsliste Adressen ergänzen.',
    });
    expect(api).not.toHaveBeenCalled();
  });
});

describe('nextLinkPath', () => {
  it('keeps path and query of a next link, without host and version', () => {
    expect(
      nextLinkPath('https://graph.microsoft.com/v1.0/sites/a%2Cb/lists/L/items?$top=50&$skiptoken=UGFnZWQ9VFJVRQ'),
    ).toBe('/sites/a%2Cb/lists/L/items?$top=50&$skiptoken=UGFnZWQ9VFJVRQ');
    expect(nextLinkPath('http://127.0.0.1:4000/v1.0/sites/s/lists/l/items?$expand=fields(%24select%3DTitle)')).toBe(
      '/sites/s/lists/l/items?$expand=fields(%24select%3DTitle)',
    );
  });
});

describe('sendMinutes after a lost answer (fake Graph)', () => {
  const organiser = { name: 'Miriam Albers', address: 'miriam.albers@landkreis-northeim.de' };
  const mail = minutesMail(heldMeeting, { itemUrl: '', names: false });
  const lost = () => new AppError('throttled', 'Gateway Timeout', { status: 504 });

  it('looks twice, a moment apart, before it sends again', async () => {
    let posts = 0;
    const { client, calls } = fakeClient((call) => {
      if (call.method === 'POST' && ++posts === 1) throw lost();
      return call.method === 'POST' ? undefined : { value: [] };
    });
    expect(await createMailGateway(client, { settleMs: 1 }).sendMinutes(mail, organiser)).toEqual({ outcome: 'sent' });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'GET', 'GET', 'POST']);
  });

  it('sends once more when the mail is not in Sent Items, and looks there first after an unknown outcome', async () => {
    let sends = 0;
    const { client, calls } = fakeClient((call) => {
      if (call.method === 'POST') {
        sends += 1;
        if (sends <= 2) throw lost();
        return undefined;
      }
      return { value: [] };
    });
    const gateway = createMailGateway(client, { settleMs: 0 });
    await expect(gateway.sendMinutes(mail, organiser)).rejects.toMatchObject({ code: 'unknown-outcome' });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'GET', 'POST', 'GET']);
    expect(calls[1]?.path).toContain(
      '/me/mailFolders/SentItems/messages?$select=subject,sentDateTime&$filter=sentDateTime ge ',
    );
    // The user sends again: Sent Items first, then (still not there) the one more send.
    expect(await gateway.sendMinutes(mail, organiser)).toEqual({ outcome: 'sent' });
    expect(calls.slice(4).map((c) => c.method)).toEqual(['GET', 'POST']);
  });

  it('finds the mail by its subject among those sent since shortly before', async () => {
    const now = new Date().toISOString();
    const { client } = fakeClient((call) => {
      if (call.method === 'POST') throw lost();
      return {
        value: [
          { subject: 'Anderes', sentDateTime: now },
          { subject: mail.subject, sentDateTime: now },
        ],
      };
    });
    expect(await createMailGateway(client, { settleMs: 0 }).sendMinutes(mail, organiser)).toEqual({
      outcome: 'found-in-sent-items',
      sentAt: now,
    });
  });
});
