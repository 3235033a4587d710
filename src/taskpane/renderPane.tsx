import { createRoot } from 'react-dom/client';
import type { HostContext } from '../office/officeHost';
import { App } from './App';
import { pickLanguage } from './i18n/strings';
import type { Services } from './services';
import { loadTheme, themeKindFor } from './themes';

/**
 * The pane's React tree, in a chunk of its own: the composition root has started the opening's reads
 * while this loads. A dark or high-contrast Outlook gets its theme before the first paint, an English
 * one the first view's English.
 */
export async function renderPane(container: HTMLElement, services: Services): Promise<void> {
  const [theme] = await Promise.all([
    loadTheme(themeKindFor(services.host, highContrastNow())),
    englishFor(services.host),
  ]);
  createRoot(container).render(<App services={services} initialTheme={theme} />);
}

function highContrastNow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
}

/**
 * Outlook speaks English: the English of the first view's tables (chunk "english"; requested from here, so
 * that the tables themselves stay in the pane's chunks). A German pane never fetches it; where it cannot
 * load, the pane speaks German.
 */
async function englishFor(host: HostContext): Promise<void> {
  if (pickLanguage(host.displayLanguage) !== 'en') return;
  try {
    (await import(/* webpackChunkName: "english" */ './english')).provideAllEnglish();
  } catch {
    // The chunk did not load: the tables keep their German.
  }
}
