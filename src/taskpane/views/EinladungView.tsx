import { ViewIntro } from '../components/ViewIntro';
import { EinladungScreen } from '../einladung/EinladungScreen';
import { MeetingGate } from '../meeting/MeetingGate';

export default function EinladungView() {
  return (
    <>
      <ViewIntro view="einladung" />
      <MeetingGate>{(model) => <EinladungScreen model={model} />}</MeetingGate>
    </>
  );
}
