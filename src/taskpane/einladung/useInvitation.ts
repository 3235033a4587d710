import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import {
  buildInvitation,
  changedParts,
  dueInfo,
  hasInvitationReminder,
  type Invitation as OutgoingInvitation,
  invitationFingerprint,
  invitationReminder,
  invitationStage,
  withMembers,
} from '../../domain/invitation';
import type { Invitation as InvitationRecord, Meeting } from '../../domain/planning';
import type { Reply, StoredEvent } from '../../graph/eventsGateway';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import { useMembers } from './useMembers';

export type { MembersView } from './useMembers';

export type InvitationAction = 'hold' | 'reminder' | 'send' | 'update' | 'cancel' | 'refresh';

/** The event as last read from the calendar: its replies, or that it is gone or cancelled. */
export type EventView =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; replies: Reply[]; readAt: string; cancelled: boolean }
  | { status: 'missing' }
  | { status: 'error'; error: AppError };

function withRecord(meeting: Meeting, change: Partial<InvitationRecord>): Meeting {
  return { ...meeting, invitation: { ...meeting.invitation, ...change } };
}

function eventRecord(event: StoredEvent): Partial<InvitationRecord> {
  return { eventId: event.id, iCalUId: event.iCalUId, webLink: event.webLink };
}

/**
 * Einladung's use case on the pane's meeting: hold the date (and add the To Do reminder), send (a
 * held date gets the whole invitation), send an update after a change, cancel, and read the replies
 * once the invitation is out. Every step is recorded in the meeting at once, so SharePoint gets it
 * with the next save (immediately) and nothing is lost on this device.
 */
export function useInvitation(model: PlanningModel) {
  const { gateway, clock } = useServices();
  const { meeting, settings, update } = model;
  const eventId = meeting.invitation?.eventId;
  /** Replies exist only once the invitation went out; a held date (or a released one) is not read. */
  const sentEventId = meeting.invitation?.sentAt ? eventId : undefined;
  const [read, setRead] = useState<{ id: string; view: EventView }>();
  const [busy, setBusy] = useState<InvitationAction>();
  const [failure, setFailure] = useState<{ action: InvitationAction; error: AppError }>();
  /** The reminder's answer was lost and To Do had it already (said once, until the next step). */
  const [reminderRecovered, setReminderRecovered] = useState(false);
  const expand = settings.expandDistributionList;

  const event: EventView = !sentEventId
    ? { status: 'none' }
    : read?.id === sentEventId
      ? read.view
      : { status: 'loading' };

  /** The event whose answer is already shown (just created or updated): no need to read it again. */
  const shown = useRef<string | undefined>(undefined);

  const showEvent = useCallback(
    (stored: StoredEvent) => {
      shown.current = stored.id;
      setRead({
        id: stored.id,
        view: {
          status: 'ready',
          replies: stored.replies,
          readAt: clock.now().toISOString(),
          cancelled: stored.isCancelled,
        },
      });
    },
    [clock],
  );

  const readEvent = useCallback(
    (id: string): Promise<void> =>
      gateway.events.get(id).then(
        (stored) => showEvent({ ...stored, id }),
        (error: unknown) => {
          const appError = toAppError(error);
          const view: EventView =
            appError.code === 'not-found' ? { status: 'missing' } : { status: 'error', error: appError };
          setRead({ id, view });
        },
      ),
    [gateway, showEvent],
  );

  // The replies are read when the view opens (one round trip) and on request.
  useEffect(() => {
    if (sentEventId && shown.current !== sentEventId) void readEvent(sentEventId);
  }, [sentEventId, readEvent]);

  const { members, readAgain: readMembersAgain } = useMembers(expand, settings.distributionList);
  /** Whom the invitation goes to is known: the list address, or (with expansion) the members read. */
  const inviteesKnown = members.status !== 'loading' && members.status !== 'error';
  /** The list address stands for the members: as without expansion, that is no change to the invitees. */
  const listStandsIn = members.status !== 'ready' && members.status !== 'off';

  const memberList = members.status === 'ready' ? members.members : undefined;
  const outgoing: OutgoingInvitation = useMemo(() => {
    const built = buildInvitation(meeting, settings);
    return memberList ? withMembers(built, settings.distributionList, memberList) : built;
  }, [meeting, settings, memberList]);

  // Without the members, the list address stands in for them: that is no change to the invitees.
  const changes = changedParts(meeting.invitation?.sentFingerprint, outgoing).filter(
    (part) => !listStandsIn || part !== 'Eingeladene',
  );

  /** Runs one step; says whether it went through (a failure is shown with the step's German text). */
  const run = useCallback(async (action: InvitationAction, step: () => Promise<void>): Promise<boolean> => {
    setBusy(action);
    setFailure(undefined);
    setReminderRecovered(false);
    try {
      await step();
      return true;
    } catch (error) {
      setFailure({ action, error: toAppError(error) });
      return false;
    } finally {
      setBusy(undefined);
    }
  }, []);

  const now = () => clock.now().toISOString();

  /** The To Do reminder for the due date, a step of its own so a failure never loses the held date. */
  const addReminder = () =>
    run('reminder', async () => {
      const added = await gateway.reminders.addReminder(invitationReminder(meeting.date));
      update((m) => withRecord(m, { reminderAddedAt: now() }), { now: true });
      setReminderRecovered(added.recovered);
    });

  const hold = async () => {
    const held = await run('hold', async () => {
      const stored = await gateway.invitation.holdTheDate(outgoing);
      update((m) => withRecord(m, { ...eventRecord(stored), heldAt: now() }), { now: true });
    });
    // The next meeting fixed in the Protokoll already has its reminder.
    if (held && !hasInvitationReminder(meeting)) await addReminder();
  };

  const send = () =>
    run('send', async () => {
      if (!inviteesKnown) return;
      const held = meeting.invitation?.heldAt && eventId && !meeting.invitation.sentAt ? eventId : undefined;
      const stored = held ? await gateway.invitation.update(held, outgoing) : await gateway.invitation.send(outgoing);
      const record = { ...eventRecord(stored), sentAt: now(), sentFingerprint: invitationFingerprint(outgoing) };
      update((m) => ({ ...withRecord(m, record), status: m.status === 'geplant' ? 'eingeladen' : m.status }), {
        now: true,
      });
      showEvent(stored);
    });

  const sendUpdate = () =>
    run('update', async () => {
      if (!eventId || !inviteesKnown) return;
      const stored = await gateway.invitation.update(eventId, outgoing);
      update((m) => withRecord(m, { updatedAt: now(), sentFingerprint: invitationFingerprint(outgoing) }), {
        now: true,
      });
      showEvent(stored);
    });

  const cancel = (message: string) =>
    run('cancel', async () => {
      // Deleted in Outlook: the deletion already cancelled it for the attendees.
      if (eventId && meeting.invitation?.sentAt) await gateway.events.cancel(eventId, message).catch(ignoreGone);
      else if (eventId) await gateway.events.remove(eventId).catch(ignoreGone);
      update((m) => ({ ...withRecord(m, { cancelledAt: now(), cancelMessage: message }), status: 'abgesagt' }), {
        now: true,
      });
    });

  const refresh = () =>
    run('refresh', async () => {
      if (sentEventId) await readEvent(sentEventId);
    });

  return {
    stage: invitationStage(meeting),
    due: dueInfo(meeting, model.today),
    outgoing,
    changes,
    /** The invitation went out: its replies are read and shown. */
    sent: sentEventId !== undefined,
    reminderAdded: hasInvitationReminder(meeting),
    reminderRecovered,
    event,
    busy,
    failure,
    expand,
    members,
    inviteesKnown,
    readMembersAgain,
    hold,
    addReminder,
    send,
    sendUpdate,
    cancel,
    refresh,
  };
}

/** An event someone already deleted in Outlook is gone as intended (a sent one cancelled with it). */
function ignoreGone(error: unknown): void {
  if (toAppError(error).code !== 'not-found') throw error;
}

export type InvitationModel = ReturnType<typeof useInvitation>;
