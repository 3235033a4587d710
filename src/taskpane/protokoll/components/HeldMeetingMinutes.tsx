import { SaveStatus } from '../../components/SaveStatus';
import { MeetingDocuments } from '../../documents/MeetingDocuments';
import { MarkAsNeed } from '../../needs/MarkAsNeed';
import { useMeetingRoom } from '../../hooks/useMeetingRoom';
import type { PlanningModel } from '../../meeting/planningModel';
import { ActionItemsSection } from './ActionItemsSection';
import { AgendaNotes } from './AgendaNotes';
import { AttendanceSection } from './AttendanceSection';
import { CarriedActionsSection } from './CarriedActionsSection';
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

/** What Protokoll offers: the sign-in sheet, and the minutes as Word (to edit) and PDF (for the record). */
const MINUTES_DOCUMENTS = ['teilnehmendenliste', 'protokoll-docx', 'protokoll-pdf'] as const;

/** The minutes of a meeting that took place: editable, or read-only while final. */
export function HeldMeetingMinutes({ model }: { model: PlanningModel }) {
  const minutes = useMinutes(model);
  const attendance = useAttendance(model, minutes);
  const next = useNextMeeting(model, minutes);
  const mail = useMinutesMail(model);
  const drafts = useMinutesDrafts(model.meeting.id);
  // As the save files it: names in the minutes column only where the team's settings (once read) allow.
  const room = useMeetingRoom(model.meeting, model.settingsUnread ? undefined : model.settings);
  return (
    <>
      <SaveStatus sync={model.sync} saveNow={model.saveNow} resolveConflict={model.resolveConflict} />
      {minutes.final ? (
        <>
          <FinalNotice minutes={minutes} />
          <ReadOnlyMinutes meeting={model.meeting} />
          <CarriedActionsSection model={model} minutes={minutes} />
        </>
      ) : (
        <>
          <AgendaNotes meeting={model.meeting} minutes={minutes} room={room} />
          <MarkAsNeed meeting={model.meeting} notes={minutes.minutes.notes} />
          <DecisionsSection minutes={minutes} room={room} />
          <CarriedActionsSection model={model} minutes={minutes} />
          <ActionItemsSection minutes={minutes} room={room} />
          <AttendanceSection attendance={attendance} drafts={drafts} room={room} />
          <NextMeetingSection minutes={minutes} next={next} drafts={drafts} />
        </>
      )}
      <MeetingDocuments model={model} offer={MINUTES_DOCUMENTS} />
      <MailSection mail={mail} />
      {!minutes.final && <FinalSection minutes={minutes} meeting={model.meeting} room={room} />}
    </>
  );
}
