import { type AppError, toAppError } from '../../domain/appError';
import { invitationReminder, withInvitationReminder } from '../../domain/invitation';
import { itemRefOf } from '../../domain/lists';
import type { PlainDate } from '../../domain/planning';
import type { Clock, Services } from '../services';
import { type Attempt, createdState, type NextMeetingState, type Recovered } from './nextMeetingAttempts';

/** What the steps talk to: To Do for the reminder, the list for the meeting. */
export interface StepServices {
  gateway: Pick<Services['gateway'], 'reminders' | 'planning'>;
  clock: Clock;
}

/** Where an attempt stands afterwards, and what to say. */
export interface StepResult {
  attempt: Attempt;
  state: NextMeetingState;
}

interface Reminded {
  attempt: Attempt;
  recovered: Recovered[];
  error?: AppError;
}

/** The reminder, unless the attempt has it: recorded in the meeting, so its list item says it exists. */
async function remind(services: StepServices, date: PlainDate, attempt: Attempt): Promise<Reminded> {
  if (attempt.reminded) return { attempt, recovered: [] };
  try {
    const added = await services.gateway.reminders.addReminder(invitationReminder(date));
    const next = withInvitationReminder(attempt.next, services.clock.now().toISOString());
    return { attempt: { ...attempt, next, reminded: true }, recovered: added.recovered ? ['reminder'] : [] };
  } catch (error) {
    return { attempt, recovered: [], error: toAppError(error) };
  }
}

/**
 * The next meeting for `date`: its reminder (unless it has one), then its list item, created or moved.
 * After a failure (`retried`) a create whose answer was lost may have made the item: it is looked for
 * before it is created again.
 */
export async function createNextMeeting(
  services: StepServices,
  date: PlainDate,
  attempt: Attempt,
  retried: boolean,
): Promise<StepResult> {
  const reminded = await remind(services, date, attempt);
  const { next, reminded: hasReminder, movedFrom } = reminded.attempt;
  const recovered = reminded.recovered;
  const { planning } = services.gateway;
  let ref = attempt.ref;
  try {
    const found = retried && !ref ? await planning.findMeeting(next.id) : undefined;
    const saved = found ? undefined : await planning.saveMeeting(next, ref);
    const item = found ?? saved;
    if (item) ref = itemRefOf(item);
    if (found || saved?.recovered) recovered.unshift('meeting');
  } catch (error) {
    const failed = { ...attempt, next, saved: false, reminded: hasReminder };
    return { attempt: failed, state: { status: 'create-failed', date, error: toAppError(error) } };
  }
  const made: Attempt = { next, saved: true, reminded: hasReminder, ref, ...(movedFrom ? { movedFrom } : {}) };
  const state: NextMeetingState = reminded.error
    ? { status: 'reminder-failed', date, error: reminded.error }
    : createdState(date, movedFrom, recovered);
  return { attempt: made, state };
}

/** After the list item is in: the reminder that failed before it (not recorded in the item then). */
export async function addMissingReminder(
  services: StepServices,
  date: PlainDate,
  movedFrom: PlainDate | undefined,
): Promise<{ reminded: boolean; state: NextMeetingState }> {
  try {
    const added = await services.gateway.reminders.addReminder(invitationReminder(date));
    return { reminded: true, state: createdState(date, movedFrom, added.recovered ? ['reminder'] : []) };
  } catch (error) {
    return { reminded: false, state: { status: 'reminder-failed', date, error: toAppError(error) } };
  }
}
