import {
  hasInvitationReminder,
  invitationReminder,
  invitationStage,
  withInvitationReminder,
} from '../../../../src/domain/invitation';
import { meetingToFields, storedMeetingOf } from '../../../../src/graph/meetingMapping';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

describe('the invitation reminder', () => {
  it('is one task in German on the due date three weeks ahead', () => {
    expect(invitationReminder('2027-03-16')).toEqual({
      title: 'Einladung zum Vernetzungstreffen am Dienstag, 16. März 2027 verschicken',
      body: expect.stringContaining('unter „Einladung“ die Einladung an den Verteiler senden'),
      dueDate: '2027-02-23',
    });
  });

  it('is recorded on the meeting without making it held or invited', () => {
    expect(hasInvitationReminder(plannedMeeting)).toBe(false);
    const reminded = withInvitationReminder(plannedMeeting, '2026-12-01T17:00:00Z');
    expect(reminded.invitation).toEqual({ reminderAddedAt: '2026-12-01T17:00:00Z' });
    expect(hasInvitationReminder(reminded)).toBe(true);
    expect(invitationStage(reminded)).toBe('offen');
    const fields = meetingToFields(reminded);
    expect(fields).not.toHaveProperty('TpTerminId');
    expect(fields).not.toHaveProperty('TpEingeladenAm');
    expect(storedMeetingOf(fields)?.invitation).toEqual({ reminderAddedAt: '2026-12-01T17:00:00Z' });
  });

  it('keeps what the invitation record already holds', () => {
    const held = { ...plannedMeeting, invitation: { eventId: 'e1', heldAt: '2027-01-10T09:00:00Z' } };
    const reminded = withInvitationReminder(held, '2027-01-10T09:00:05Z');
    expect(reminded.invitation).toEqual({ ...held.invitation, reminderAddedAt: '2027-01-10T09:00:05Z' });
    expect(invitationStage(reminded)).toBe('vorgemerkt');
  });
});
