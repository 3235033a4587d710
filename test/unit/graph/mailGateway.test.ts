import { minutesMail } from '../../../src/domain/minutes';
import { nextLinkPath } from '../../../src/graph/listsGateway';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createMailGateway, sendMailBody } from '../../../src/graph/mailGateway';
import { heldMeeting } from '../../fixtures/heldMeeting';

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
