import type { Localized } from '../i18n/localized';
import { de, type InvitationStrings } from './strings/de';
import { en } from './strings/en';

export type { InvitationStrings };

/** The Einladung view's texts in German and English; components pick with `useLocalized`. */
export const einladungStrings: Localized<InvitationStrings> = { de, en };
