import { ViewIntro } from '../components/ViewIntro';

export default function AusgabenView() {
  return <ViewIntro view="ausgaben" />;
}
