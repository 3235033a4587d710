import type { Localized } from '../i18n/localized';
import { de, type PlanenStrings } from './strings/de';
import { en } from './strings/en';

export type { PlanenStrings };

/** The Planen view's texts in German and English; components pick with `useLocalized`. */
export const planenStrings: Localized<PlanenStrings> = { de, en };
