import { makeStyles } from '@fluentui/react-components';
import { SaveStatus } from '../components/SaveStatus';
import type { PlanningModel } from '../meeting/planningModel';
import { PreviewSection } from './components/PreviewSection';
import { RepliesSection } from './components/RepliesSection';
import { StageSection } from './components/StageSection';
import { useInvitation } from './useInvitation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/** The body of the Einladung view: where the invitation stands, the replies, and what invitees see. */
export function EinladungScreen({ model }: { model: PlanningModel }) {
  const styles = useStyles();
  const invitation = useInvitation(model);
  return (
    <div className={styles.root}>
      <SaveStatus sync={model.sync} saveNow={model.saveNow} resolveConflict={model.resolveConflict} />
      <StageSection model={model} invitation={invitation} />
      <RepliesSection
        invitation={invitation}
        listAddress={model.settings.distributionList}
        hosts={model.settings.hosts}
      />
      <PreviewSection invitation={invitation.outgoing} />
    </div>
  );
}
