import { MeetingGate } from '../meeting/MeetingGate';
import { ViewIntro } from '../components/ViewIntro';
import { ExpensesScreen } from './ExpensesScreen';

/** Ausgaben: the open meeting's costs for the AMIF record. */
export default function AusgabenView() {
  return (
    <>
      <ViewIntro view="ausgaben" />
      <MeetingGate>{(model) => <ExpensesScreen key={model.meeting.id} model={model} />}</MeetingGate>
    </>
  );
}
