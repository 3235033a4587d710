import { ViewIntro } from '../components/ViewIntro';
import { VerlaufScreen } from '../verlauf/VerlaufScreen';

export default function VerlaufView() {
  return (
    <>
      <ViewIntro view="verlauf" />
      <VerlaufScreen />
    </>
  );
}
