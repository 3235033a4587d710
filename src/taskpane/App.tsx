import { AriaLiveAnnouncer, FluentProvider, type Theme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostContext } from '../office/officeHost';
import { Shell } from './shell/Shell';
import { BackgroundRetryContext, useBackgroundRetryStore } from './hooks/useBackgroundRetry';
import { ErrorsContext, useErrorStore } from './hooks/useErrors';
import { pickLanguage } from './i18n/strings';
import { inLanguage, LanguageContext } from './i18n/localized';
import { appStrings, StringsContext } from './i18n/useStrings';
import { type Services, ServicesContext } from './services';
import { loadTheme, themeKindFor } from './themes';

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

/**
 * The theme for Outlook's and the system's colours. One that is not loaded yet (dark, high contrast:
 * their own chunk) replaces the current one once it has loaded, e.g. when high contrast is switched on.
 */
function useTheme(host: HostContext, initial: Theme | undefined): Theme {
  const kind = themeKindFor(host, useHighContrast());
  const [theme, setTheme] = useState<Theme>(initial ?? webLightTheme);
  useEffect(() => {
    let current = true;
    loadTheme(kind).then(
      (loaded) => current && setTheme(loaded),
      () => undefined, // unreachable chunk: the current theme stays
    );
    return () => {
      current = false;
    };
  }, [kind]);
  return theme;
}

export interface AppProps {
  services: Services;
  /** The theme to paint with first (the composition root loads it before rendering). */
  initialTheme?: Theme;
}

export function App({ services, initialTheme }: AppProps) {
  const theme = useTheme(services.host, initialTheme);
  const errorStore = useErrorStore();
  const retryStore = useBackgroundRetryStore();
  const language = pickLanguage(services.host.displayLanguage);
  return (
    <FluentProvider theme={theme} lang={language}>
      <LanguageContext.Provider value={language}>
        <StringsContext.Provider value={inLanguage(appStrings, language)}>
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
