import { ViewIntro } from '../shell/ViewIntro';
import { VerlaufScreen } from './VerlaufScreen';

export default function VerlaufView() {
  return (
    <>
      <ViewIntro view="verlauf" />
      <VerlaufScreen />
    </>
  );
}
