import type { Event } from '@microsoft/microsoft-graph-types';
import { buildInvitation, type StoredEvent } from '../../../src/domain/invitation';
import type { EventsGateway } from '../../../src/graph/eventsGateway';
import { createInvitationGateway } from '../../../src/graph/invitationGateway';
import { invitationToEvent } from '../../../src/graph/invitationMapping';
import { plannedMeeting, settings } from '../../fixtures/plannedMeeting';

const invitation = buildInvitation(plannedMeeting, settings);

function stored(event: Event): StoredEvent {
  return {
    id: 'evt-1',
    iCalUId: 'uid-1',
    webLink: '',
    isCancelled: false,
    replies: (event.attendees ?? []).map((a) => ({
      name: a.emailAddress?.name ?? '',
      address: a.emailAddress?.address ?? '',
      type: a.type ?? 'required',
      state: 'none' as const,
    })),
  };
}

function fakeEvents(existing?: Event) {
  const create = jest.fn((event: Event) => Promise.resolve(stored(existing ?? event)));
  const update = jest.fn((_id: string, patch: Event) => Promise.resolve(stored(patch)));
  const events = { create, update } as unknown as EventsGateway;
  return { events, create, update };
}

describe('the invitation gateway', () => {
  it('updates with everything the create sends but the transactionId', async () => {
    const fake = fakeEvents();
    await createInvitationGateway(fake.events).update('evt-1', invitation);
    const expected = invitationToEvent(invitation, { withAttendees: true });
    delete expected.transactionId;
    expect(fake.update).toHaveBeenCalledWith('evt-1', expected);
  });

  it('clears the place of an event whose meeting has no venue any more', async () => {
    const fake = fakeEvents();
    await createInvitationGateway(fake.events).update('evt-1', { ...invitation, location: undefined });
    expect(fake.update.mock.calls[0]![1].location).toEqual({ displayName: '' });
  });

  it('sends in one round trip when the created event has the attendees', async () => {
    const fake = fakeEvents();
    const sent = await createInvitationGateway(fake.events).send(invitation);
    expect(sent.replies).toHaveLength(invitation.attendees.length);
    expect(fake.update).not.toHaveBeenCalled();
  });

  it('never reports a send whose event came back without attendees: the invitation is patched onto it', async () => {
    const fake = fakeEvents(invitationToEvent(invitation, { withAttendees: false }));
    const sent = await createInvitationGateway(fake.events).send(invitation);
    expect(fake.create).toHaveBeenCalledTimes(1);
    expect(fake.update).toHaveBeenCalledWith('evt-1', expect.objectContaining({ attendees: expect.any(Array) }));
    expect(sent.replies.map((r) => r.address)).toContain(settings.distributionList);
  });
});
