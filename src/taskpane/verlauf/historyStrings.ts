import type { Localized } from '../i18n/localized';
import { de, type HistoryStrings } from './strings/de';
import { en } from './strings/en';

export type { HistoryStrings } from './strings/de';

/** Every visible or spoken text of the Verlauf view, in German and English (`useLocalized`). */
export const historyStrings: Localized<HistoryStrings> = { de, en };
