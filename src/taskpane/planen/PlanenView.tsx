import { SaveStatus } from '../components/SaveStatus';
import { ScreenBody } from '../components/ScreenBody';
import { ViewIntro } from '../components/ViewIntro';
import { useShownAfter } from '../hooks/useShownAfter';
import { MeetingGate } from '../meeting/MeetingGate';
import { NeedsInPlanen } from '../needs/NeedsInPlanen';
import type { PlanningModel } from '../meeting/planningModel';
import { AgendaEditor } from './components/AgendaEditor';
import { CallForTopicsSection } from './components/CallForTopicsSection';
import { DateSection } from './components/DateSection';
import { OpenActionsSection } from './components/OpenActionsSection';
import { SpeakerSection } from './components/SpeakerSection';
import { SuggestionsSection } from './components/SuggestionsSection';
import { VenueSection } from './components/VenueSection';
import type { PlanenModel } from './planenModel';
import { useProposals } from './useProposals';
import { useTopicSuggestions } from './useTopicSuggestions';

/**
 * The view's body below its heading: everything the next meeting needs. What comes after the date, the
 * venue and the speaker renders in the task after them (the view's render with the meeting was one task
 * of 50–70 ms).
 */
export function PlanenBody({ model }: { model: PlanenModel }) {
  const { meeting, update } = model;
  const rest = useShownAfter(true);
  return (
    <ScreenBody>
      <SaveStatus sync={model.sync} saveNow={model.saveNow} resolveConflict={model.resolveConflict} />
      <DateSection meeting={meeting} update={update} today={model.today} proposals={model.proposals} />
      <VenueSection
        meeting={meeting}
        update={update}
        venues={model.venues}
        hostSuggestion={model.hostSuggestion}
        addVenue={model.addVenue}
      />
      <SpeakerSection meeting={meeting} update={update} />
      {rest && (
        <>
          <OpenActionsSection model={model} />
          <NeedsInPlanen meeting={meeting} update={update} />
          <AgendaEditor meeting={meeting} update={update} newId={model.newId} />
          <CallForTopicsSection model={model} />
          <SuggestionsSection
            suggestions={model.suggestions}
            acceptSuggestion={model.acceptSuggestion}
            dismissSuggestion={model.dismissSuggestion}
            meetingDate={meeting.date}
          />
        </>
      )}
    </ScreenBody>
  );
}

/** The open meeting with what Planen proposes for it: the next host, dates, topics from mail. */
function Planning({ session }: { session: PlanningModel }) {
  const proposals = useProposals(session);
  const topics = useTopicSuggestions(session.update);
  return <PlanenBody model={{ ...session, ...proposals, ...topics }} />;
}

/** The Planen view (route "planen"): date, venue, speaker and agenda of the open meeting. */
export default function PlanenView() {
  return (
    <>
      <ViewIntro view="planen" />
      <MeetingGate>{(session) => <Planning session={session} />}</MeetingGate>
    </>
  );
}
