import { ViewIntro } from '../components/ViewIntro';
import { MeetingGate } from '../meeting/MeetingGate';
import { PlanenScreen } from '../planen/PlanenScreen';

export default function PlanenView() {
  return (
    <>
      <ViewIntro view="planen" />
      <MeetingGate>{(model) => <PlanenScreen model={model} />}</MeetingGate>
    </>
  );
}
