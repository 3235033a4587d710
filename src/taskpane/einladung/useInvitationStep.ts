import { useCallback, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';

/** The steps of the Einladung view; one runs at a time. */
export type InvitationAction = 'hold' | 'reminder' | 'send' | 'update' | 'cancel' | 'refresh';

/**
 * Where the last step stands: none yet (or done), running, failed (shown with the step's text until
 * the next step), or done after its lost answer turned out fine (the reminder was in To Do already;
 * said once, until the next step).
 */
export type StepState =
  | { status: 'idle' }
  | { status: 'working'; action: InvitationAction }
  | { status: 'failed'; action: InvitationAction; error: AppError }
  | { status: 'reminderFound' };

/** What a step may report when it went through. */
export type StepOutcome = 'done' | 'reminderFound';

/** The action running now, if any. */
export function workingOn(step: StepState): InvitationAction | undefined {
  return step.status === 'working' ? step.action : undefined;
}

/** Runs the view's steps one at a time and keeps their state. */
export function useInvitationStep() {
  const [step, setStep] = useState<StepState>({ status: 'idle' });

  /** Runs one step; says whether it went through (a failure is kept with its action). */
  const run = useCallback(
    async (action: InvitationAction, work: () => Promise<StepOutcome | void>): Promise<boolean> => {
      setStep({ status: 'working', action });
      try {
        const outcome = await work();
        setStep(outcome === 'reminderFound' ? { status: 'reminderFound' } : { status: 'idle' });
        return true;
      } catch (error) {
        setStep({ status: 'failed', action, error: toAppError(error) });
        return false;
      }
    },
    [],
  );

  return { step, run };
}

export type RunStep = ReturnType<typeof useInvitationStep>['run'];
