import { AusgabenScreen } from '../ausgaben/AusgabenScreen';
import { ViewIntro } from '../components/ViewIntro';
import { MeetingGate } from '../meeting/MeetingGate';

export default function AusgabenView() {
  return (
    <>
      <ViewIntro view="ausgaben" />
      <MeetingGate>{(model) => <AusgabenScreen key={model.meeting.id} model={model} />}</MeetingGate>
    </>
  );
}
