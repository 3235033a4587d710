import { Button } from '@fluentui/react-components';
import { formatLongDate } from '../../domain/planning';
import { Notice } from '../components/Notice';
import { useLocalized } from '../i18n/localized';
import { meetingStrings } from './meetingStrings';
import { NoticeStack } from './NoticeStack';
import type { MeetingSession } from './sessionModel';

/**
 * What the session says above every view: that it opened this meeting for its unsaved work on this
 * device (with the way on to the meeting it would have opened), and, once, that this device keeps no
 * drafts.
 */
export function SessionNotices({ session }: { session: Pick<MeetingSession, 'notes' | 'meeting' | 'openMeeting'> }) {
  const strings = useLocalized(meetingStrings);
  const { notes, meeting, openMeeting } = session;
  if (!notes?.instead && !notes?.storageProblem) return null;
  const { instead, storageProblem, dismissStorageProblem } = notes;
  return (
    <NoticeStack>
      {instead && (
        <Notice
          intent="info"
          title={strings.detour.title(formatLongDate(meeting.date))}
          actions={
            <Button size="small" onClick={() => void openMeeting(instead)}>
              {strings.detour.go(formatLongDate(instead.date))}
            </Button>
          }
        >
          {strings.detour.body}
        </Notice>
      )}
      {storageProblem && (
        <Notice
          intent="warning"
          title={strings.storage.title[storageProblem]}
          actions={
            <Button size="small" onClick={dismissStorageProblem}>
              {strings.storage.understood}
            </Button>
          }
        >
          {strings.storage.body}
        </Notice>
      )}
    </NoticeStack>
  );
}
