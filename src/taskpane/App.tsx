import {
  AriaLiveAnnouncer,
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostContext } from '../office/officeHost';
import { Shell } from './shell/Shell';
import { BackgroundRetryContext, useBackgroundRetryStore } from './hooks/useBackgroundRetry';
import { ErrorsContext, useErrorStore } from './hooks/useErrors';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { pickLanguage } from './i18n/strings';
import { LanguageContext } from './i18n/localized';
import { StringsContext } from './i18n/useStrings';
import { type Services, ServicesContext } from './services';

const FORCED_COLORS = '(forced-colors: active)';

function useHighContrast(): boolean {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(FORCED_COLORS) : undefined;
  const [active, setActive] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const onChange = (event: MediaQueryListEvent) => setActive(event.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return active;
}

function themeFor(host: HostContext, highContrast: boolean): Theme {
  if (highContrast) return teamsHighContrastTheme;
  return host.darkTheme ? webDarkTheme : webLightTheme;
}

export function App({ services }: { services: Services }) {
  const highContrast = useHighContrast();
  const errorStore = useErrorStore();
  const retryStore = useBackgroundRetryStore();
  const language = pickLanguage(services.host.displayLanguage);
  return (
    <FluentProvider theme={themeFor(services.host, highContrast)} lang={language}>
      <LanguageContext.Provider value={language}>
        <StringsContext.Provider value={language === 'en' ? en : de}>
          <ServicesContext.Provider value={services}>
            <ErrorsContext.Provider value={errorStore}>
              <BackgroundRetryContext.Provider value={retryStore}>
                <AriaLiveAnnouncer>
                  <Shell />
                </AriaLiveAnnouncer>
              </BackgroundRetryContext.Provider>
            </ErrorsContext.Provider>
          </ServicesContext.Provider>
        </StringsContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
