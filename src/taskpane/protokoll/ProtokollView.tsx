import { ScreenBody } from '../components/ScreenBody';
import { ViewIntro } from '../components/ViewIntro';
import { MeetingGate } from '../meeting/MeetingGate';
import type { PlanningModel } from '../meeting/planningModel';
import { HeldMeetingMinutes } from './components/HeldMeetingMinutes';
import { MeetingChoice } from './components/MeetingChoice';
import { minutesPossible } from './minutesEditing';

/**
 * The minutes of the pane's meeting once it took place; before that (or when it was cancelled) the
 * offer to open the meeting held last. Render with `key={meeting.id}`.
 */
export function MinutesScreen({ model }: { model: PlanningModel }) {
  return (
    <ScreenBody>
      {minutesPossible(model.meeting, model.today) ? (
        <HeldMeetingMinutes model={model} />
      ) : (
        <MeetingChoice model={model} />
      )}
    </ScreenBody>
  );
}

/** The Protokoll view: its heading, then the minutes of the open meeting once it is loaded. */
export default function ProtokollView() {
  return (
    <>
      <ViewIntro view="protokoll" />
      <MeetingGate>{(model) => <MinutesScreen key={model.meeting.id} model={model} />}</MeetingGate>
    </>
  );
}
