import { EURO_MESSAGES_DE, type EuroMessages } from '../../domain/money';
import type { Localized } from '../i18n/localized';

const EXAMPLE = 'Please enter an amount like 12,50.';

/**
 * What a form says about an amount it cannot read (domain/money's parseEuro): the domain's German, and
 * English beside it. Amounts are typed the German way in both languages.
 */
export const amountStrings: Localized<EuroMessages> = {
  de: EURO_MESSAGES_DE,
  en: {
    missing: `The amount is missing. ${EXAMPLE}`,
    negative: 'Amounts cannot be negative. Please enter the amount without a minus, e.g. 0,50.',
    tooLarge: `The amount is too large. ${EXAMPLE}`,
    tooManyDecimals: 'Please enter at most two decimal places (cents), e.g. 12,50.',
    englishSeparators: 'Please use the comma for the cents and dots for thousands, e.g. 1.234,56.',
    notAnAmount: (text) => `“${text}” is not an amount. ${EXAMPLE}`,
  },
};
