import { createContext, useContext } from 'react';
import type { Language } from './strings';

/** A feature's strings in both of the pane's languages: German (the default) and English. */
export interface Localized<T> {
  de: T;
  en: T;
}

/** The pane's language, from Outlook's display language (set once by the App). */
export const LanguageContext = createContext<Language>('de');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The strings of the pane's language. */
export function useLocalized<T>(table: Localized<T>): T {
  return table[useLanguage()];
}
