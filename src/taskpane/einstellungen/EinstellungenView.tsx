import { MeetingGate } from '../meeting/MeetingGate';
import { ViewIntro } from '../components/ViewIntro';
import { DeploymentFacts } from './components/DeploymentFacts';
import { ReadinessSection } from './components/ReadinessSection';
import { TeamSettingsForm } from './components/TeamSettingsForm';

/**
 * Einstellungen: the team's settings (editable, kept on the SharePoint site), "Verbindung prüfen"
 * (what Treffpunkt may do), and the deployment facts the pane runs with (read-only, set by county IT).
 */
export default function EinstellungenView() {
  return (
    <>
      <ViewIntro view="einstellungen" />
      <MeetingGate>{(model) => <TeamSettingsForm source={model} />}</MeetingGate>
      <ReadinessSection />
      <DeploymentFacts />
    </>
  );
}
