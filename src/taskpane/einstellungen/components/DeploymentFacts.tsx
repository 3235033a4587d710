import { type Fact, FactList } from '../../components/FactList';
import { Section } from '../../components/Section';
import { useLanguage, useLocalized } from '../../i18n/localized';
import { useServices } from '../../services';
import { deploymentStrings } from '../deploymentStrings';

/** What the pane runs with, read-only: county IT sets it in the build configuration. */
export function DeploymentFacts() {
  const s = useLocalized(deploymentStrings);
  const language = useLanguage();
  const { config, host } = useServices();
  const facts: Fact[] = [
    [s.connection, config.mode === 'emulator' ? s.modeEmulator : s.modeTenant],
    [s.graph, config.graphBaseUrl],
    [s.site, config.site],
    [s.list, config.listName],
    [s.venueList, config.venueListName],
    [s.needsList, config.needsListName],
    [s.distributionList, config.distributionList],
    [s.sharedMailbox, config.sharedMailbox || s.none],
    [s.host, s.hostName(host.inOffice)],
    [s.language, `${language === 'en' ? 'English' : 'Deutsch'} – ${s.languageNote}`],
  ];
  return (
    <Section heading={s.heading}>
      <FactList facts={facts} />
    </Section>
  );
}
