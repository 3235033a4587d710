import { ViewIntro } from '../components/ViewIntro';

export default function EinladungView() {
  return <ViewIntro view="einladung" />;
}
