import type { EnglishLater } from '../i18n/localized';
import { de, type PlanenStrings } from './strings/de';

export type { PlanenStrings };

/** The Planen view's texts in German and English; components pick with `useLocalized`. */
export const planenStrings: EnglishLater<PlanenStrings> = { de };
