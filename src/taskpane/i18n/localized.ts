import { createContext, useContext } from 'react';
import type { Language } from './strings';

/** A feature's strings in both of the pane's languages: German (the default) and English. */
export interface Localized<T> {
  readonly de: T;
  readonly en: T;
}

/**
 * A table the first view needs: German, and English once ../english has loaded (../renderPane loads it
 * before the pane renders when Outlook speaks English, so that a German pane never fetches it).
 */
export interface EnglishLater<T> {
  readonly de: T;
  en?: T;
}

/** Gives a table its English (../english). */
export function provideEnglish<T>(table: EnglishLater<T>, en: T): void {
  table.en = en;
}

/** The table's strings in `language`; German where its English has not loaded (its chunk failed). */
export function inLanguage<T>(table: EnglishLater<T>, language: Language): T {
  return language === 'en' ? (table.en ?? table.de) : table.de;
}

/** The pane's language, from Outlook's display language (set once by the App). */
export const LanguageContext = createContext<Language>('de');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The strings of the pane's language. */
export function useLocalized<T>(table: EnglishLater<T>): T {
  return inLanguage(table, useLanguage());
}
