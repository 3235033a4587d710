import type { EnglishLater } from '../i18n/localized';
import { de, type PlanenStrings } from './strings/de';

export type { PlanenStrings };

/** The Planen view's texts (`useLocalized`): German; English later (`strings/en.ts`, ../english). */
export const planenStrings: EnglishLater<PlanenStrings> = { de };
