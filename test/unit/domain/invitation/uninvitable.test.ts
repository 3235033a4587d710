import { buildInvitation, uninvitableAttendees } from '../../../../src/domain/invitation';
import type { Meeting } from '../../../../src/domain/planning';
import { plannedMeeting, settings } from '../../../fixtures/plannedMeeting';

const withRoom = (roomMailbox: string): Meeting => ({
  ...plannedMeeting,
  venue: { ...plannedMeeting.venue!, roomMailbox },
});

describe('room mailboxes from the venues list are checked like every address', () => {
  it.each([
    'raum kreishaus',
    'Sitzungssaal <raum-sitzungssaal@landkreis-northeim.de>',
    'raum-sitzungssaal@landkreis-northeim',
    'raum@@landkreis-northeim.de',
    'javascript:alert(1)',
  ])('leaves "%s" out of the invitation and names it', (roomMailbox) => {
    const meeting = withRoom(roomMailbox);
    const invitation = buildInvitation(meeting, settings);
    expect(invitation.attendees.some((a) => a.type === 'resource')).toBe(false);
    expect(invitation.attendees.map((a) => a.address)).not.toContain(roomMailbox.trim());
    expect(uninvitableAttendees(meeting, settings)).toEqual([
      { address: roomMailbox.trim(), name: 'Kreishaus Northeim', type: 'resource' },
    ]);
  });

  it('books a proper room mailbox, with spaces around it trimmed', () => {
    const meeting = withRoom('  raum-sitzungssaal@landkreis-northeim.de ');
    expect(buildInvitation(meeting, settings).attendees).toContainEqual({
      address: 'raum-sitzungssaal@landkreis-northeim.de',
      name: 'Kreishaus Northeim',
      type: 'resource',
    });
    expect(uninvitableAttendees(meeting, settings)).toEqual([]);
  });

  it('leaves out any other address that is none (a speaker’s), and the rest is invited', () => {
    const meeting: Meeting = { ...plannedMeeting, speaker: { ...plannedMeeting.speaker, address: 'Lena Hoffmann' } };
    const addresses = buildInvitation(meeting, settings).attendees.map((a) => a.address);
    expect(addresses).not.toContain('Lena Hoffmann');
    expect(addresses).toContain('vernetzung-ehrenamt@landkreis-northeim.de');
    expect(addresses).toContain('raum-kreishaus-sitzungssaal@landkreis-northeim.de');
    expect(uninvitableAttendees(meeting, settings)).toEqual([
      { address: 'Lena Hoffmann', name: 'Dr. Lena Hoffmann', type: 'optional' },
    ]);
  });
});
