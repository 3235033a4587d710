import { useState } from 'react';
import type { PastMeeting } from '../../domain/history';
import { useErrors } from '../hooks/useErrors';
import { useMeeting } from '../meeting/MeetingContext';
import { listedMeetingOf } from './pastMeetings';

/**
 * Making a past meeting the pane's meeting: `handMade` (entered in SharePoint, nothing to edit),
 * `waiting` (the current meeting is still loading), `ready`, `opening`, `notOpened` (the reason is in
 * the pane's messages) or `open` (it is the pane's meeting now).
 */
export type EditState =
  | { status: 'handMade' }
  | { status: 'waiting' }
  | { status: 'ready' }
  | { status: 'opening' }
  | { status: 'notOpened' }
  | { status: 'open' };

export interface EditMeetingModel {
  state: EditState;
  /** Present while the meeting can be opened. */
  open?: () => void;
}

/** Opens a meeting the add-in filed in Planen, Einladung, Protokoll and Ausgaben (saving the current one first). */
export function useEditMeeting(past: PastMeeting): EditMeetingModel {
  const { state: session } = useMeeting();
  const { report } = useErrors();
  const [phase, setPhase] = useState<'idle' | 'opening' | 'tried'>('idle');
  const listed = listedMeetingOf(past);
  if (!listed) return { state: { status: 'handMade' } };

  const model = session.status === 'ready' ? session.value : undefined;
  const isOpen = model?.meeting.id === listed.meeting?.id;
  const state: EditState = isOpen
    ? { status: 'open' }
    : phase === 'opening'
      ? { status: 'opening' }
      : phase === 'tried'
        ? { status: 'notOpened' }
        : model
          ? { status: 'ready' }
          : { status: 'waiting' };
  if (!model || isOpen || phase === 'opening') return { state };

  const open = async () => {
    setPhase('opening');
    try {
      await model.openMeeting(listed);
    } catch (error) {
      report(error);
    } finally {
      setPhase('tried');
    }
  };
  return { state, open: () => void open() };
}
