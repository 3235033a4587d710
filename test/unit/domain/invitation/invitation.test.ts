import { buildInvitation, cateringEstimate, countReplies } from '../../../../src/domain/invitation';
import { plannedMeeting, settings } from '../../../fixtures/plannedMeeting';

describe('the invitation', () => {
  const invitation = buildInvitation(plannedMeeting, settings);

  it('has the county subject, Berlin local times and the venue address', () => {
    expect(invitation).toMatchObject({
      subject: 'Vernetzungstreffen der Ehrenamtskoordination am Dienstag, 16. März 2027',
      start: '2027-03-16T15:00:00',
      end: '2027-03-16T18:00:00',
      timeZone: 'Europe/Berlin',
      location: { displayName: 'Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim', city: 'Northeim' },
      reminderMinutes: 1440,
      transactionId: 'treffpunkt-m-2027-03',
    });
  });

  it('invites the list as required, the optional attendees and the speaker, and books the room', () => {
    expect(invitation.attendees.map((a) => `${a.type} ${a.address}`)).toEqual([
      'required vernetzung-ehrenamt@landkreis-northeim.de',
      'optional fsa@landkreis-northeim.de',
      'optional bildung-sprache@landkreis-northeim.de',
      'optional lena.hoffmann@jobcenter-ge.de',
      'resource raum-kreishaus-sitzungssaal@landkreis-northeim.de',
    ]);
  });

  it('carries the agenda, the photo notice and the AMIF statement, with user text escaped', () => {
    expect(invitation.bodyHtml).toContain('Begrüßung und Vorstellungsrunde');
    expect(invitation.bodyHtml).toContain('Bürgergeld &lt;und&gt; Ehrenamt');
    expect(invitation.bodyHtml).toContain('Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 NDSG');
    expect(invitation.bodyHtml).toContain('Kofinanziert von der Europäischen Union');
    expect(invitation.bodyHtml).toContain('Asyl-, Migrations- und Integrationsfonds');
    const withoutNotice = buildInvitation(plannedMeeting, { ...settings, photoNotice: { enabled: false, text: '' } });
    expect(withoutNotice.bodyHtml).not.toContain('DSGVO');
  });

  it('derives the same transactionId every time, so a retry never makes a second event', () => {
    expect(buildInvitation(plannedMeeting, settings).transactionId).toBe(invitation.transactionId);
  });
});

describe('replies and catering', () => {
  it('counts answers without the room and estimates the shopping as a range', () => {
    const counts = countReplies([
      { state: 'accepted' },
      { state: 'accepted' },
      { state: 'tentative' },
      { state: 'tentative' },
      { state: 'tentative' },
      { state: 'declined' },
      { state: 'none' },
      { state: 'accepted', type: 'resource' },
    ]);
    expect(counts).toEqual({ accepted: 2, tentative: 3, declined: 1, none: 1 });
    expect(cateringEstimate(counts)).toEqual({ low: 5, high: 6 });
  });
});
