import { ViewIntro } from '../components/ViewIntro';

export default function ProtokollView() {
  return <ViewIntro view="protokoll" />;
}
