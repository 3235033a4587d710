import { useCallback, useEffect, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import type { NamedAddress } from '../../domain/settings';
import type { MembersReason, MembersResult } from '../../domain/invitation';
import { useServices } from '../services';

/** Why the list address is invited although expansion is on: the directory's reason, or a refusal. */
export type FallbackReason = MembersReason | 'refused';

/**
 * The distribution list's members, with list expansion on ('off' otherwise). `fallback`: they cannot
 * all be invited one by one, so the list address is invited (Exchange expands it) and the pane says
 * why. Until the members are known ('ready' or 'fallback') nothing is sent or updated: a passing
 * failure ('error') would otherwise send to the list instead of the people.
 */
export type MembersView =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'ready'; members: NamedAddress[] }
  | { status: 'fallback'; reason: FallbackReason; withoutAddress: number; missing?: string[]; error?: AppError }
  | { status: 'error'; error: AppError };

function viewOf(result: MembersResult): MembersView {
  if (!result.reason && result.members.length > 0) return { status: 'ready', members: result.members };
  return {
    status: 'fallback',
    reason: result.reason ?? 'noMembers',
    withoutAddress: result.withoutAddress,
    ...(result.missing ? { missing: result.missing } : {}),
  };
}

/** A refusal (the optional grant is missing) or a list the directory does not know: the list is invited. */
function viewOfError(error: AppError): MembersView {
  if (error.code === 'not-found') return { status: 'fallback', reason: 'notInDirectory', withoutAddress: 0 };
  if (error.code === 'forbidden' || error.code === 'consent-required')
    return { status: 'fallback', reason: 'refused', withoutAddress: 0, error };
  return { status: 'error', error };
}

/** Reads the members once when the view opens (and on request), never while sending. */
export function useMembers(expand: boolean, listAddress: string) {
  const { gateway } = useServices();
  const [read, setRead] = useState<{ key: string; view: MembersView }>();
  const [attempt, setAttempt] = useState(0);
  const key = `${listAddress}#${attempt}`;

  useEffect(() => {
    if (!expand) return;
    let current = true;
    gateway.directory.members(listAddress).then(
      (result) => current && setRead({ key, view: viewOf(result) }),
      (error: unknown) => current && setRead({ key, view: viewOfError(toAppError(error)) }),
    );
    return () => {
      current = false;
    };
  }, [expand, gateway, listAddress, key]);

  const members: MembersView = !expand ? { status: 'off' } : read?.key === key ? read.view : { status: 'loading' };
  const readAgain = useCallback(() => setAttempt((n) => n + 1), []);
  return { members, readAgain };
}
