import { useMemo, useState } from 'react';
import { buildAgendaDocument } from '../../domain/documents/agendaDocument';
import { makeLazily } from '../documents/lazyMake';
import {
  buildInvitation,
  changedParts,
  type DueInfo,
  dueInfo,
  hasInvitationReminder,
  type Invitation as OutgoingInvitation,
  type InvitationAttendee,
  type InvitationPart,
  type InvitationStage,
  invitationStage,
  uninvitableAttendees,
  withMembers,
} from '../../domain/invitation';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import * as steps from './invitationSteps';
import { type StepState, useInvitationStep } from './useInvitationStep';
import { type MembersView, useMembers } from './useMembers';
import { type EventView, useReplies } from './useReplies';

export type { EventView, MembersView, StepState };

/** What of the session the Einladung view works with. */
export type InvitationSession = Pick<PlanningModel, 'meeting' | 'settings' | 'update' | 'today'>;

/** The Einladung view's state and steps (each step says whether it went through). */
export interface InvitationModel {
  stage: InvitationStage;
  due: DueInfo;
  /** The invitation as it would go out now (to the members where the list is expanded and they are known). */
  outgoing: OutgoingInvitation;
  /** Meant to be invited but left out: no valid mail address (a room mailbox from the venues list, …). */
  uninvitable: InvitationAttendee[];
  /** What changed since it was sent. */
  changes: InvitationPart[];
  /** The invitation went out: its replies are read and shown. */
  sent: boolean;
  reminderAdded: boolean;
  step: StepState;
  event: EventView;
  members: MembersView;
  /** Whom the invitation goes to is known: the list address, or (with expansion) the members read. */
  inviteesKnown: boolean;
  readMembersAgain: () => void;
  hold: () => Promise<void>;
  addReminder: () => Promise<boolean>;
  send: () => Promise<boolean>;
  /** The agenda goes out as a PDF attached to the invitation (made when it is sent). */
  attachAgenda: boolean;
  setAttachAgenda: (attach: boolean) => void;
  sendUpdate: () => Promise<boolean>;
  cancel: (message: string) => Promise<boolean>;
  refresh: () => Promise<boolean>;
}

/** The invitation as it would go out now, what changed since it was sent, and whether its invitees are known. */
function useOutgoing({ meeting, settings }: InvitationSession, members: MembersView) {
  const memberList = members.status === 'ready' ? members.members : undefined;
  const outgoing: OutgoingInvitation = useMemo(() => {
    const built = buildInvitation(meeting, settings);
    return memberList ? withMembers(built, settings.distributionList, memberList) : built;
  }, [meeting, settings, memberList]);
  const inviteesKnown = members.status !== 'loading' && members.status !== 'error';
  // Without the members, the list address stands in for them: as without expansion, no change to the invitees.
  const listStandsIn = members.status !== 'ready' && members.status !== 'off';
  const changes = changedParts(meeting.invitation?.sentFingerprint, outgoing).filter(
    (part) => !listStandsIn || part !== 'Eingeladene',
  );
  const uninvitable = useMemo(() => uninvitableAttendees(meeting, settings), [meeting, settings]);
  return { outgoing, uninvitable, changes, inviteesKnown };
}

/**
 * Einladung's use case on the pane's meeting: hold the date (and add the To Do reminder), send (a held
 * date gets the whole invitation), send an update after a change, cancel, and read the replies once the
 * invitation is out. Every step is recorded in the meeting at once, so SharePoint gets it with the next
 * save (immediately) and nothing is lost on this device. One step runs at a time.
 */
export function useInvitation(session: InvitationSession): InvitationModel {
  const { gateway, clock, makeDocument } = useServices();
  const [attachAgenda, setAttachAgenda] = useState(false);
  const { meeting, settings, update } = session;
  /** Replies exist only once the invitation went out; a held date (or a released one) is not read. */
  const sentEventId = meeting.invitation?.sentAt ? meeting.invitation.eventId : undefined;
  const replies = useReplies(sentEventId);
  const { members, readAgain } = useMembers(settings.expandDistributionList, settings.distributionList);
  const { outgoing, uninvitable, changes, inviteesKnown } = useOutgoing(session, members);
  const { step, run } = useInvitationStep();

  const ctx: steps.StepContext = {
    gateway,
    now: () => clock.now().toISOString(),
    meeting,
    outgoing,
    inviteesKnown,
    save: (change) => update(change, { now: true }),
    show: replies.show,
    ...(attachAgenda
      ? { attachment: () => (makeDocument ?? makeLazily)(buildAgendaDocument(meeting, settings), 'pdf') }
      : {}),
  };
  const addReminder = () => run('reminder', () => steps.addReminder(ctx));
  const hold = async () => {
    const held = await run('hold', () => steps.holdDate(ctx));
    // The next meeting fixed in the Protokoll already has its reminder.
    if (held && !hasInvitationReminder(meeting)) await addReminder();
  };

  return {
    stage: invitationStage(meeting),
    due: dueInfo(meeting, session.today),
    outgoing,
    uninvitable,
    changes,
    sent: sentEventId !== undefined,
    reminderAdded: hasInvitationReminder(meeting),
    step,
    event: replies.event,
    members,
    inviteesKnown,
    readMembersAgain: readAgain,
    hold,
    addReminder,
    send: () => run('send', () => steps.sendInvitation(ctx)),
    attachAgenda,
    setAttachAgenda,
    sendUpdate: () => run('update', () => steps.sendUpdate(ctx)),
    cancel: (message) => run('cancel', () => steps.cancelMeeting(ctx, message)),
    refresh: () => run('refresh', replies.readAgain),
  };
}
