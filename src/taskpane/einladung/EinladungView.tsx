import { makeStyles } from '@fluentui/react-components';
import { SaveStatus } from '../components/SaveStatus';
import type { PlanningModel } from '../meeting/planningModel';
import { MeetingGate } from '../meeting/MeetingGate';
import { ViewIntro } from '../components/ViewIntro';
import { MeetingDocuments } from '../documents/MeetingDocuments';
import { PreviewSection } from './components/PreviewSection';
import { RepliesSection } from './components/RepliesSection';
import { StageSection } from './components/StageSection';
import { useInvitation } from './useInvitation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/** What Einladung offers to print: the sign-in sheet, the agenda and the photo poster in two sizes. */
const INVITATION_DOCUMENTS = ['teilnehmendenliste', 'tagesordnung', 'fotohinweis-a4', 'fotohinweis-a3'] as const;

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
      <MeetingDocuments model={model} offer={INVITATION_DOCUMENTS} />
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
