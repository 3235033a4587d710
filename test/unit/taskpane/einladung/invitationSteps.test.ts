import { AppError } from '../../../../src/domain/appError';
import { buildInvitation, invitationFingerprint, type StoredEvent } from '../../../../src/domain/invitation';
import type { Meeting } from '../../../../src/domain/planning';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import type { MeetingChange } from '../../../../src/taskpane/einladung/invitationRecord';
import {
  cancelMeeting,
  sendInvitation,
  sendUpdate,
  type StepContext,
} from '../../../../src/taskpane/einladung/invitationSteps';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

const NOW = '2027-02-23T09:00:00.000Z';
const stored = (id: string): StoredEvent => ({
  id,
  iCalUId: `uid-${id}`,
  webLink: `link-${id}`,
  isCancelled: false,
  replies: [],
});

/** A step context over `meeting` whose gateway calls are mocks; `after()` is the meeting with every saved change. */
function context(meeting: Meeting, inviteesKnown = true) {
  const outgoing = buildInvitation(meeting, defaultTeamSettings('liste@example.org'));
  const changes: MeetingChange[] = [];
  const gateway = {
    invitation: {
      holdTheDate: jest.fn(() => Promise.resolve(stored('evt-held'))),
      send: jest.fn(() => Promise.resolve(stored('evt-new'))),
      update: jest.fn((id: string) => Promise.resolve(stored(id))),
    },
    reminders: { addReminder: jest.fn(() => Promise.resolve({ id: 'task-1', recovered: false })) },
    events: {
      cancel: jest.fn(() => Promise.resolve()),
      remove: jest.fn(() => Promise.resolve()),
    },
  };
  const show = jest.fn();
  const ctx = {
    gateway,
    now: () => NOW,
    meeting,
    outgoing,
    inviteesKnown,
    save: (change: MeetingChange) => changes.push(change),
    show,
  } as unknown as StepContext;
  const after = () => changes.reduce((m, change) => change(m), meeting);
  return { ctx, gateway, show, outgoing, after };
}

describe('Einladung steps (no React)', () => {
  it('sends a new invitation, records it with its fingerprint and marks a planned meeting invited', async () => {
    const { ctx, gateway, show, outgoing, after } = context(plannedMeeting);
    await sendInvitation(ctx);
    expect(gateway.invitation.send).toHaveBeenCalledWith(outgoing);
    expect(show).toHaveBeenCalledWith(stored('evt-new'));
    expect(after()).toMatchObject({
      status: 'eingeladen',
      invitation: { eventId: 'evt-new', sentAt: NOW, sentFingerprint: invitationFingerprint(outgoing) },
    });
  });

  it('sends a held date onto its event instead of creating another', async () => {
    const held: Meeting = { ...plannedMeeting, invitation: { eventId: 'evt-1', heldAt: '2027-01-20T08:00:00Z' } };
    const { ctx, gateway } = context(held);
    await sendInvitation(ctx);
    expect(gateway.invitation.send).not.toHaveBeenCalled();
    expect(gateway.invitation.update).toHaveBeenCalledWith('evt-1', ctx.outgoing);
  });

  it('sends nothing while the invitees are not known', async () => {
    const sent: Meeting = { ...plannedMeeting, invitation: { eventId: 'evt-1', sentAt: NOW } };
    const { ctx, gateway, after } = context(sent, false);
    await sendUpdate(ctx);
    const unsent = context(plannedMeeting, false);
    await sendInvitation(unsent.ctx);
    expect(gateway.invitation.update).not.toHaveBeenCalled();
    expect(unsent.gateway.invitation.send).not.toHaveBeenCalled();
    expect(after()).toBe(sent);
  });

  it('cancels a sent meeting whose event was already deleted in Outlook, and fails on other errors', async () => {
    const sent: Meeting = { ...plannedMeeting, invitation: { eventId: 'evt-1', sentAt: NOW } };
    const gone = context(sent);
    gone.gateway.events.cancel.mockRejectedValueOnce(new AppError('not-found', '404'));
    await cancelMeeting(gone.ctx, 'Fällt aus.');
    expect(gone.after()).toMatchObject({
      status: 'abgesagt',
      invitation: { cancelledAt: NOW, cancelMessage: 'Fällt aus.' },
    });

    const offline = context(sent);
    offline.gateway.events.cancel.mockRejectedValueOnce(new AppError('offline', 'dropped'));
    await expect(cancelMeeting(offline.ctx, 'Fällt aus.')).rejects.toMatchObject({ code: 'offline' });
    expect(offline.after()).toBe(sent);
  });

  it('releases a held date by removing its event (no cancellation mail)', async () => {
    const held: Meeting = { ...plannedMeeting, invitation: { eventId: 'evt-1', heldAt: '2027-01-20T08:00:00Z' } };
    const { ctx, gateway, after } = context(held);
    await cancelMeeting(ctx, '');
    expect(gateway.events.remove).toHaveBeenCalledWith('evt-1');
    expect(gateway.events.cancel).not.toHaveBeenCalled();
    expect(after().status).toBe('abgesagt');
  });
});
