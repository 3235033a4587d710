import { useMemo } from 'react';
import type { MeetingRoom } from '../../domain/fieldRoom';
import type { Meeting } from '../../domain/planning';
import type { FilingSettings } from '../../domain/settings';
import { meetingRoom } from '../../graph/gateway';

/**
 * How much each text field of the meeting may hold as it now stands (the SharePoint columns it lands
 * in, measured as the save would write them). `filing`: the team's settings where the view has them
 * (the minutes column lists names only where they allow it).
 */
export function useMeetingRoom(meeting: Meeting, filing?: FilingSettings): MeetingRoom {
  return useMemo(() => meetingRoom(meeting, filing), [meeting, filing]);
}
