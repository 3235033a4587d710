import { ViewIntro } from '../components/ViewIntro';
import { MeetingGate } from '../meeting/MeetingGate';
import { ProtokollScreen } from '../protokoll/ProtokollScreen';

export default function ProtokollView() {
  return (
    <>
      <ViewIntro view="protokoll" />
      <MeetingGate>{(model) => <ProtokollScreen key={model.meeting.id} model={model} />}</MeetingGate>
    </>
  );
}
