import { AusgabenScreen } from './AusgabenScreen';
import { ViewIntro } from '../shell/ViewIntro';
import { MeetingGate } from '../meeting/MeetingGate';

export default function AusgabenView() {
  return (
    <>
      <ViewIntro view="ausgaben" />
      <MeetingGate>{(model) => <AusgabenScreen key={model.meeting.id} model={model} />}</MeetingGate>
    </>
  );
}
