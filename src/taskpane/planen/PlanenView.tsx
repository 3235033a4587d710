import { ViewIntro } from '../shell/ViewIntro';
import { MeetingGate } from '../meeting/MeetingGate';
import { PlanenScreen } from './PlanenScreen';

export default function PlanenView() {
  return (
    <>
      <ViewIntro view="planen" />
      <MeetingGate>{(model) => <PlanenScreen model={model} />}</MeetingGate>
    </>
  );
}
