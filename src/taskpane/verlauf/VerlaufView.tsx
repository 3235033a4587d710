import { ViewIntro } from '../components/ViewIntro';
import { HistoryScreen } from './HistoryScreen';

/** Verlauf: the history of past meetings and the costs of a year. */
export default function VerlaufView() {
  return (
    <>
      <ViewIntro view="verlauf" />
      <HistoryScreen />
    </>
  );
}
