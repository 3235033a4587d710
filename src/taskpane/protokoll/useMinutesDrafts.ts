import { useCallback } from 'react';
import { useDraft } from '../hooks/useDraft';
import { type MinutesDrafts, minutesDraftKind } from './minutesDrafts';

export interface MinutesDraftsModel {
  drafts: MinutesDrafts;
  change: (patch: MinutesDrafts) => void;
}

const nothingTyped = (): MinutesDrafts => ({});

/**
 * What the walk-in and next-meeting forms hold, kept on this device with every keystroke, so that a
 * reload, a closed pane or a switch to another view loses nothing typed.
 */
export function useMinutesDrafts(meetingId: string): MinutesDraftsModel {
  const { value, change } = useDraft(minutesDraftKind, nothingTyped, meetingId);
  const patch = useCallback((fields: MinutesDrafts) => change((current) => ({ ...current, ...fields })), [change]);
  return { drafts: value, change: patch };
}
