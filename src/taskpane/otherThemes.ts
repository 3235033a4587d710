import { teamsHighContrastTheme, type Theme, webDarkTheme } from '@fluentui/react-components';

/** The themes besides the light one, in a chunk of their own (see themes.ts). */
export const otherThemes: Record<'dark' | 'highContrast', Theme> = {
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};
