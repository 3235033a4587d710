import { ViewIntro } from '../shell/ViewIntro';
import { MeetingGate } from '../meeting/MeetingGate';
import { ProtokollScreen } from './ProtokollScreen';

export default function ProtokollView() {
  return (
    <>
      <ViewIntro view="protokoll" />
      <MeetingGate>{(model) => <ProtokollScreen key={model.meeting.id} model={model} />}</MeetingGate>
    </>
  );
}
