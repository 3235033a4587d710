import {
  type Invitation as OutgoingInvitation,
  invitationFingerprint,
  invitationReminder,
  type StoredEvent,
} from '../../domain/invitation';
import type { MadeFile } from '../../domain/documents/documentModel';
import type { Meeting } from '../../domain/planning';
import type { Gateway } from '../../graph/gateway';
import {
  heldEventId,
  ignoreGone,
  type MeetingChange,
  recordCancelled,
  recordHeld,
  recordReminder,
  recordSent,
  recordUpdated,
} from './invitationRecord';
import type { StepOutcome } from './useInvitationStep';

/** What a step works with: the meeting as the user sees it and the invitation that would go out now. */
export interface StepContext {
  gateway: Pick<Gateway, 'invitation' | 'reminders' | 'events'>;
  /** The current instant, ISO. */
  now: () => string;
  meeting: Meeting;
  outgoing: OutgoingInvitation;
  /** Whom the invitation goes to is known (see useInvitation); until then nothing is sent. */
  inviteesKnown: boolean;
  /** Records a change in the meeting and saves it at once. */
  save: (change: MeetingChange) => void;
  /** Shows the event the calendar returned (its replies), so it need not be read again. */
  show: (stored: StoredEvent) => void;
  /** Makes the file to attach to the invitation (the agenda as PDF), where the user asked for it. */
  attachment?: () => Promise<MadeFile>;
}

/** Holds the date: the event without attendees, nobody gets mail. */
export async function holdDate(ctx: StepContext): Promise<void> {
  const stored = await ctx.gateway.invitation.holdTheDate(ctx.outgoing);
  ctx.save(recordHeld(stored, ctx.now()));
}

/** The To Do reminder for the due date, a step of its own so a failure never loses the held date. */
export async function addReminder(ctx: StepContext): Promise<StepOutcome> {
  const added = await ctx.gateway.reminders.addReminder(invitationReminder(ctx.meeting.date));
  ctx.save(recordReminder(ctx.now()));
  return added.recovered ? 'reminderFound' : 'done';
}

/**
 * Sends the invitation; a held date gets the whole invitation onto its event. A file to attach is
 * made first and attached before the attendees are added, so it goes out with the invitation.
 */
export async function sendInvitation(ctx: StepContext): Promise<void> {
  if (!ctx.inviteesKnown) return;
  const { gateway, outgoing } = ctx;
  const held = heldEventId(ctx.meeting);
  const file = ctx.attachment ? await ctx.attachment() : undefined;
  let stored: StoredEvent;
  if (file) stored = await gateway.invitation.sendWithFile(outgoing, file, held);
  else stored = held ? await gateway.invitation.update(held, outgoing) : await gateway.invitation.send(outgoing);
  ctx.save(recordSent(stored, ctx.now(), invitationFingerprint(outgoing)));
  ctx.show(stored);
}

/** Sends the changed invitation to everyone invited. */
export async function sendUpdate(ctx: StepContext): Promise<void> {
  const eventId = ctx.meeting.invitation?.eventId;
  if (!eventId || !ctx.inviteesKnown) return;
  const stored = await ctx.gateway.invitation.update(eventId, ctx.outgoing);
  ctx.save(recordUpdated(ctx.now(), invitationFingerprint(ctx.outgoing)));
  ctx.show(stored);
}

/**
 * Cancels the meeting: a sent event is cancelled with the message, a held one removed. An event deleted
 * in Outlook meanwhile is gone as intended (the deletion already cancelled it for the attendees).
 */
export async function cancelMeeting(ctx: StepContext, message: string): Promise<void> {
  const { eventId, sentAt } = ctx.meeting.invitation ?? {};
  if (eventId && sentAt) await ctx.gateway.events.cancel(eventId, message).catch(ignoreGone);
  else if (eventId) await ctx.gateway.events.remove(eventId).catch(ignoreGone);
  ctx.save(recordCancelled(ctx.now(), message));
}
