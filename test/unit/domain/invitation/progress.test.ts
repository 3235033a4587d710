import {
  buildInvitation,
  changedParts,
  dueInfo,
  invitationFingerprint,
  invitationStage,
  withMembers,
} from '../../../../src/domain/invitation';
import { plannedMeeting, settings } from '../../../fixtures/plannedMeeting';

describe('invitation progress', () => {
  it('names the stage from what the meeting records', () => {
    expect(invitationStage(plannedMeeting)).toBe('offen');
    const held = { ...plannedMeeting, invitation: { eventId: 'e1', heldAt: '2027-01-10T09:00:00Z' } };
    expect(invitationStage(held)).toBe('vorgemerkt');
    const sent = { ...held, invitation: { ...held.invitation, sentAt: '2027-02-23T09:00:00Z' } };
    expect(invitationStage(sent)).toBe('verschickt');
    expect(invitationStage({ ...sent, invitation: { ...sent.invitation, updatedAt: '2027-03-01T09:00:00Z' } })).toBe(
      'aktualisiert',
    );
    expect(invitationStage({ ...sent, status: 'abgesagt' })).toBe('abgesagt');
  });

  it('counts the days before and after the due date three weeks ahead', () => {
    // 16 March 2027 → due Tuesday 23 February 2027
    expect(dueInfo(plannedMeeting, '2027-02-13')).toEqual({ dueDate: '2027-02-23', phase: 'early', days: 10 });
    expect(dueInfo(plannedMeeting, '2027-02-23')).toEqual({ dueDate: '2027-02-23', phase: 'due', days: 0 });
    expect(dueInfo(plannedMeeting, '2027-02-26')).toEqual({ dueDate: '2027-02-23', phase: 'late', days: 3 });
    expect(dueInfo(plannedMeeting, '2027-03-16')).toEqual({ dueDate: '2027-02-23', phase: 'late', days: 21 });
    expect(dueInfo(plannedMeeting, '2027-03-17').phase).toBe('past');
  });

  it('notices which parts changed since sending, and nothing when nothing did', () => {
    const sent = buildInvitation(plannedMeeting, settings);
    const fingerprint = invitationFingerprint(sent);
    expect(changedParts(fingerprint, sent)).toEqual([]);
    const later = buildInvitation({ ...plannedMeeting, startTime: '16:00' }, settings);
    expect(changedParts(fingerprint, later)).toEqual(['Zeit', 'Tagesordnung und Hinweise']);
    const moved = buildInvitation({ ...plannedMeeting, venue: undefined }, settings);
    expect(changedParts(fingerprint, moved)).toEqual(expect.arrayContaining(['Ort', 'Eingeladene']));
    expect(changedParts(undefined, later)).toEqual([]);
  });

  it('invites the members one by one in place of the list address when expansion is on', () => {
    const invitation = buildInvitation(plannedMeeting, settings);
    const members = [
      { name: 'Karim Haddad', address: 'k.haddad@gmx.de' },
      { name: 'Flüchtlingssozialarbeit', address: 'FSA@landkreis-northeim.de' },
    ];
    const expanded = withMembers(invitation, settings.distributionList, members);
    const addresses = expanded.attendees.map((a) => a.address);
    expect(addresses).not.toContain(settings.distributionList);
    expect(expanded.attendees[0]).toEqual({ name: 'Karim Haddad', address: 'k.haddad@gmx.de', type: 'required' });
    expect(addresses.filter((a) => a.toLowerCase() === 'fsa@landkreis-northeim.de')).toHaveLength(1);
    expect(withMembers(invitation, settings.distributionList, [])).toBe(invitation);
  });
});
