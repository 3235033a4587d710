import { ViewIntro } from '../components/ViewIntro';

export default function PlanenView() {
  return <ViewIntro view="planen" />;
}
