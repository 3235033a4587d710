import { ViewIntro } from '../shell/ViewIntro';
import { EinladungScreen } from './EinladungScreen';
import { MeetingGate } from '../meeting/MeetingGate';

export default function EinladungView() {
  return (
    <>
      <ViewIntro view="einladung" />
      <MeetingGate>{(model) => <EinladungScreen model={model} />}</MeetingGate>
    </>
  );
}
