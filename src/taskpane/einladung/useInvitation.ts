import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import {
  buildInvitation,
  changedParts,
  dueInfo,
  type Invitation as OutgoingInvitation,
  invitationFingerprint,
  invitationStage,
  withMembers,
} from '../../domain/invitation';
import type { Invitation as InvitationRecord, Meeting } from '../../domain/planning';
import type { NamedAddress } from '../../domain/settings';
import type { Reply, StoredEvent } from '../../graph/eventsGateway';
import { useErrors } from '../hooks/useErrors';
import type { PlanningModel } from '../planen/planningModel';
import { useServices } from '../services';

export type InvitationAction = 'hold' | 'send' | 'update' | 'cancel' | 'refresh';

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
 * Einladung's use case on the pane's meeting: hold the date, send (or promote the held date), send
 * an update after a change, cancel, and read the replies. Every step is recorded in the meeting at
 * once, so SharePoint gets it with the next save (immediately) and nothing is lost on this device.
 */
export function useInvitation(model: PlanningModel) {
  const { gateway, clock } = useServices();
  const { report } = useErrors();
  const { meeting, settings, update } = model;
  const eventId = meeting.invitation?.eventId;
  const [read, setRead] = useState<{ id: string; view: EventView }>();
  const [busy, setBusy] = useState<InvitationAction>();
  const [failure, setFailure] = useState<{ action: InvitationAction; error: AppError }>();
  const [members, setMembers] = useState<NamedAddress[]>();
  const expand = settings.expandDistributionList;

  const event: EventView = !eventId ? { status: 'none' } : read?.id === eventId ? read.view : { status: 'loading' };

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
    if (eventId && shown.current !== eventId) void readEvent(eventId);
  }, [eventId, readEvent]);

  // With list expansion, the members are read once when the view opens, not while sending.
  useEffect(() => {
    if (!expand) return;
    let current = true;
    gateway.directory.members(settings.distributionList).then(
      (list) => current && setMembers(list),
      (error: unknown) => current && report(error),
    );
    return () => {
      current = false;
    };
  }, [expand, gateway, settings.distributionList, report]);

  const outgoing: OutgoingInvitation = useMemo(() => {
    const built = buildInvitation(meeting, settings);
    return expand && members ? withMembers(built, settings.distributionList, members) : built;
  }, [meeting, settings, expand, members]);

  const run = useCallback(async (action: InvitationAction, step: () => Promise<void>) => {
    setBusy(action);
    setFailure(undefined);
    try {
      await step();
    } catch (error) {
      const appError = toAppError(error);
      setFailure({ action, error: appError });
    } finally {
      setBusy(undefined);
    }
  }, []);

  const now = () => clock.now().toISOString();

  const hold = () =>
    run('hold', async () => {
      const stored = await gateway.invitation.holdTheDate(meeting, outgoing);
      update((m) => withRecord(m, { ...eventRecord(stored), heldAt: now() }), { now: true });
      showEvent(stored);
    });

  const send = () =>
    run('send', async () => {
      const held = meeting.invitation?.heldAt && eventId && !meeting.invitation.sentAt ? eventId : undefined;
      const stored = held ? await gateway.invitation.promote(held, outgoing) : await gateway.invitation.send(outgoing);
      const record = { ...eventRecord(stored), sentAt: now(), sentFingerprint: invitationFingerprint(outgoing) };
      update((m) => ({ ...withRecord(m, record), status: m.status === 'geplant' ? 'eingeladen' : m.status }), {
        now: true,
      });
      showEvent(stored);
    });

  const sendUpdate = () =>
    run('update', async () => {
      if (!eventId) return;
      const stored = await gateway.invitation.update(eventId, outgoing);
      update((m) => withRecord(m, { updatedAt: now(), sentFingerprint: invitationFingerprint(outgoing) }), {
        now: true,
      });
      showEvent(stored);
    });

  const cancel = (message: string) =>
    run('cancel', async () => {
      if (eventId && meeting.invitation?.sentAt) await gateway.events.cancel(eventId, message);
      else if (eventId) await gateway.events.remove(eventId).catch(ignoreGone);
      update((m) => ({ ...withRecord(m, { cancelledAt: now(), cancelMessage: message }), status: 'abgesagt' }), {
        now: true,
      });
    });

  const refresh = () =>
    run('refresh', async () => {
      if (eventId) await readEvent(eventId);
    });

  return {
    stage: invitationStage(meeting),
    due: dueInfo(meeting, model.today),
    outgoing,
    changes: changedParts(meeting.invitation?.sentFingerprint, outgoing),
    event,
    busy,
    failure,
    expand,
    membersKnown: members !== undefined,
    hold,
    send,
    sendUpdate,
    cancel,
    refresh,
  };
}

/** A held date someone already deleted in Outlook is gone as intended. */
function ignoreGone(error: unknown): void {
  if (toAppError(error).code !== 'not-found') throw error;
}

export type InvitationModel = ReturnType<typeof useInvitation>;
