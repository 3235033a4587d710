import { MINUTES_MESSAGES_DE, type MinutesMessages } from '../../domain/minutes';
import { PRIVACY_MESSAGES_DE, type PrivacyWarningKind, STANDING_REMINDER } from '../../domain/privacyGuard';
import type { Localized } from '../i18n/localized';

/** What the minutes' checks and the privacy guard say: the domain's German, and English beside it. */
export interface MinutesCheckStrings {
  problems: MinutesMessages;
  privacy: Record<PrivacyWarningKind, (excerpt: string) => string>;
  /** Shown on the agenda item "Aktuelles aus den Initiativen". */
  standingReminder: string;
}

const ADVICE = 'Please do not record individual cases in the minutes – topics, not people.';

const en: MinutesCheckStrings = {
  problems: {
    notADate: (typed) => `“${typed}” is not a valid date. Please choose a date like 30.04.2027.`,
    nextNotAfter: (meetingDate) =>
      `The next meeting must come after this one (${meetingDate}). Please choose a later date.`,
    actionWhatMissing: 'Please enter what is to be done (e.g. “send the checklist”), or delete the action item.',
    dueBeforeMeeting: (meetingDate) =>
      `The due date is before the meeting (${meetingDate}). ` +
      'Please choose a date from the day of the meeting on, or leave the due date empty.',
    decisionEmpty: 'Please enter the decision in one sentence, or delete the empty line.',
    walkInNameMissing: 'Please enter the name of the person who came without having replied.',
  },
  privacy: {
    geburtsdatum: (x) => `“${x}” looks like a date of birth. ${ADVICE}`,
    aktenzeichen: (x) => `“${x}” looks like a file number. File numbers belong in the case file. ${ADVICE}`,
    telefon: (x) =>
      `“${x}” looks like a phone number. Please leave out private numbers; an office's work number may stay.`,
    email: (x) => `“${x}” looks like a person's e-mail address. Please leave it out or give the office's address.`,
    adresse: (x) => `“${x}” looks like a person's home address. The place of a meeting may stay. ${ADVICE}`,
    gesundheit: (x) => `“${x}” describes the health of one person here – that is specially protected data. ${ADVICE}`,
    aufenthaltsstatus: (x) =>
      `“${x}” names the residence status of one person here. Please record only the shared challenge ` +
      '(e.g. “long processing times for Duldungen”).',
    personenname: (x) =>
      `“${x}” looks like the name of a person who is not taking part. Individual cases do not belong in the ` +
      'minutes – please word it without names. If the person is taking part, please add them to the attendance list.',
  },
  standingReminder:
    'Individual cases are not discussed in this meeting. The shared challenges of the initiatives belong here – ' +
    'we look for solutions together. Please do not record names, dates of birth, file numbers, health or ' +
    'residence data of individual people in the minutes.',
};

export const minutesCheckStrings: Localized<MinutesCheckStrings> = {
  de: { problems: MINUTES_MESSAGES_DE, privacy: PRIVACY_MESSAGES_DE, standingReminder: STANDING_REMINDER },
  en,
};
