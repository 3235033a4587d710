import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Services } from './services';
import { loadTheme, themeKindFor } from './themes';

/**
 * The pane's React tree, in a chunk of its own: the composition root has started the opening's reads
 * while this loads. A dark or high-contrast Outlook gets its theme before the first paint.
 */
export async function renderPane(container: HTMLElement, services: Services): Promise<void> {
  const theme = await loadTheme(themeKindFor(services.host, highContrastNow()));
  createRoot(container).render(<App services={services} initialTheme={theme} />);
}

function highContrastNow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
}
