import { type Theme, webLightTheme } from '@fluentui/react-components';
import type { HostContext } from '../office/officeHost';

export type ThemeKind = 'light' | 'dark' | 'highContrast';

/** Forced colours (Windows high contrast) first, then Outlook's dark theme; light otherwise. */
export function themeKindFor(host: Pick<HostContext, 'darkTheme'>, highContrast: boolean): ThemeKind {
  if (highContrast) return 'highContrast';
  return host.darkTheme ? 'dark' : 'light';
}

/** The light theme is in the first chunk; the dark and high-contrast ones load when Outlook uses them. */
export async function loadTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === 'light') return webLightTheme;
  const { otherThemes } = await import(/* webpackChunkName: "themes" */ './otherThemes');
  return otherThemes[kind];
}
