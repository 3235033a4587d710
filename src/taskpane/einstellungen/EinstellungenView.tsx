import { makeStyles, tokens } from '@fluentui/react-components';
import { ViewIntro } from '../shell/ViewIntro';
import { ReadinessSection } from './readiness/ReadinessSection';
import { TeamSettingsForm } from './TeamSettingsForm';
import { MeetingGate } from '../meeting/MeetingGate';
import { Section } from '../components/Section';
import { pickLanguage } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';
import { useServices } from '../services';

const useStyles = makeStyles({
  list: { margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { marginInlineStart: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

/**
 * The team's settings (editable, kept on the SharePoint site) and the deployment facts the pane runs
 * with (read-only: county IT sets them in the build configuration).
 */
export default function EinstellungenView() {
  const styles = useStyles();
  const strings = useStrings();
  const { config, host } = useServices();
  const s = strings.settings;
  const rows: [string, string][] = [
    [s.connection, config.mode === 'emulator' ? s.modeEmulator : s.modeTenant],
    [s.graph, config.graphBaseUrl],
    [s.site, config.site],
    [s.list, config.listName],
    [s.venueList, config.venueListName],
    [s.distributionList, config.distributionList],
    [s.sharedMailbox, config.sharedMailbox || s.none],
    [s.host, host.inOffice ? s.hostOutlook : s.hostBrowser],
    [s.language, `${pickLanguage(host.displayLanguage) === 'en' ? 'English' : 'Deutsch'} – ${s.languageNote}`],
  ];
  return (
    <>
      <ViewIntro view="einstellungen" />
      <MeetingGate>{(model) => <TeamSettingsForm model={model} />}</MeetingGate>
      <ReadinessSection />
      <Section heading={s.deploymentHeading}>
        <dl className={styles.list}>
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}
