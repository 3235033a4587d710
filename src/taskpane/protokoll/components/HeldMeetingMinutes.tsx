import { SaveStatus } from '../../components/SaveStatus';
import type { PlanningModel } from '../../meeting/planningModel';
import { ActionItemsSection } from './ActionItemsSection';
import { AgendaNotes } from './AgendaNotes';
import { AttendanceSection } from './AttendanceSection';
import { DecisionsSection } from './DecisionsSection';
import { FinalNotice, FinalSection } from './FinalSection';
import { MailSection } from './MailSection';
import { NextMeetingSection } from './NextMeetingSection';
import { ReadOnlyMinutes } from './ReadOnlyMinutes';
import { useAttendance } from '../useAttendance';
import { useMinutes } from '../useMinutes';
import { useMinutesMail } from '../useMinutesMail';
import { useNextMeeting } from '../useNextMeeting';
import { useMinutesDrafts } from '../useMinutesDrafts';

/** The minutes of a meeting that took place: editable, or read-only while final. */
export function HeldMeetingMinutes({ model }: { model: PlanningModel }) {
  const minutes = useMinutes(model);
  const attendance = useAttendance(model, minutes);
  const next = useNextMeeting(model, minutes);
  const mail = useMinutesMail(model);
  const drafts = useMinutesDrafts(model.meeting.id);
  return (
    <>
      <SaveStatus sync={model.sync} saveNow={model.saveNow} resolveConflict={model.resolveConflict} />
      {minutes.final ? (
        <>
          <FinalNotice minutes={minutes} />
          <ReadOnlyMinutes meeting={model.meeting} />
        </>
      ) : (
        <>
          <AgendaNotes meeting={model.meeting} minutes={minutes} />
          <DecisionsSection minutes={minutes} />
          <ActionItemsSection minutes={minutes} />
          <AttendanceSection attendance={attendance} drafts={drafts} />
          <NextMeetingSection minutes={minutes} next={next} drafts={drafts} />
        </>
      )}
      <MailSection mail={mail} />
      {!minutes.final && <FinalSection minutes={minutes} />}
    </>
  );
}
