import type { Localized } from '../i18n/localized';
import { de, type ExpensesStrings } from './strings/de';
import { en } from './strings/en';

export type { ExpensesStrings };

/** The Ausgaben view's texts in German and English; components pick with `useLocalized`. */
export const expensesStrings: Localized<ExpensesStrings> = { de, en };
