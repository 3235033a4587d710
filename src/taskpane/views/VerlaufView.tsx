import { ViewIntro } from '../components/ViewIntro';

export default function VerlaufView() {
  return <ViewIntro view="verlauf" />;
}
