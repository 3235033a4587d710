import { makeStyles } from '@fluentui/react-components';
import { AgendaEditor } from './components/AgendaEditor';
import { DateSection } from './components/DateSection';
import { SaveStatus } from '../components/SaveStatus';
import { SpeakerSection } from './components/SpeakerSection';
import { SuggestionsSection } from './components/SuggestionsSection';
import { TimePlanTable } from './components/TimePlanTable';
import { VenueSection } from './components/VenueSection';
import type { PlanningModel } from '../meeting/planningModel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/** The body of the Planen view, below its heading: everything the next meeting needs. */
export function PlanenScreen({ model }: { model: PlanningModel }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <SaveStatus sync={model.sync} saveNow={model.saveNow} resolveConflict={model.resolveConflict} />
      <DateSection meeting={model.meeting} update={model.update} today={model.today} proposals={model.proposals} />
      <VenueSection
        meeting={model.meeting}
        update={model.update}
        venues={model.venues}
        hostSuggestion={model.hostSuggestion}
        addVenue={model.addVenue}
      />
      <SpeakerSection meeting={model.meeting} update={model.update} />
      <AgendaEditor meeting={model.meeting} update={model.update} newId={model.newId} />
      <TimePlanTable meeting={model.meeting} />
      <SuggestionsSection
        suggestions={model.suggestions}
        acceptSuggestion={model.acceptSuggestion}
        dismissSuggestion={model.dismissSuggestion}
      />
    </div>
  );
}
