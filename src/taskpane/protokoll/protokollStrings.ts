import type { Localized } from '../i18n/localized';
import { de, type MinutesStrings } from './strings/de';
import { en } from './strings/en';

export type { MinutesStrings };

/** The Protokoll view's texts in German and English; components pick with `useLocalized`. */
export const protokollStrings: Localized<MinutesStrings> = { de, en };
