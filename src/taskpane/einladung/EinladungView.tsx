import { makeStyles } from '@fluentui/react-components';
import { SaveStatus } from '../components/SaveStatus';
import type { PlanningModel } from '../meeting/planningModel';
import { MeetingGate } from '../meeting/MeetingGate';
import { ViewIntro } from '../components/ViewIntro';
import { PreviewSection } from './components/PreviewSection';
import { RepliesSection } from './components/RepliesSection';
import { StageSection } from './components/StageSection';
import { useInvitation } from './useInvitation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/** The view's body on the open meeting: where the invitation stands, the replies, and what invitees see. */
export function EinladungBody({ model }: { model: PlanningModel }) {
  const styles = useStyles();
  const invitation = useInvitation(model);
  const { meeting, settings } = model;
  return (
    <div className={styles.root}>
      <SaveStatus sync={model.sync} saveNow={model.saveNow} resolveConflict={model.resolveConflict} />
      <StageSection meeting={meeting} listAddress={settings.distributionList} invitation={invitation} />
      <RepliesSection invitation={invitation} listAddress={settings.distributionList} hosts={settings.hosts} />
      <PreviewSection invitation={invitation.outgoing} />
    </div>
  );
}

/** The Einladung view (route "einladung"): its heading, then its body once the meeting is open. */
export default function EinladungView() {
  return (
    <>
      <ViewIntro view="einladung" />
      <MeetingGate>{(model) => <EinladungBody model={model} />}</MeetingGate>
    </>
  );
}
