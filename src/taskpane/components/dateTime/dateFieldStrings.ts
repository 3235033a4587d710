import type { Localized } from '../../i18n/localized';

const de = {
  placeholder: 'TT.MM.JJJJ',
  dateFormat: 'Bitte ein Datum wie 16.03.2027 eingeben.',
  openCalendar: (label: string) => `Kalender für „${label}“ öffnen`,
  closeCalendar: (label: string) => `Kalender für „${label}“ schließen`,
  calendarLoading: 'Kalender wird geladen …',
  timePlaceholder: 'HH:MM',
  showTimes: (label: string) => `Uhrzeiten für „${label}“ zeigen`,
  timeFormat: 'Bitte eine Uhrzeit wie 15:00 eingeben (24 Stunden).',
};

export type DateFieldStrings = typeof de;

const en: DateFieldStrings = {
  placeholder: 'DD.MM.YYYY',
  dateFormat: 'Please enter a date like 16.03.2027.',
  openCalendar: (label) => `Open the calendar for “${label}”`,
  closeCalendar: (label) => `Close the calendar for “${label}”`,
  calendarLoading: 'Loading the calendar …',
  timePlaceholder: 'HH:MM',
  showTimes: (label) => `Show times for “${label}”`,
  timeFormat: 'Please enter a time like 15:00 (24-hour clock).',
};

export const dateFieldStrings: Localized<DateFieldStrings> = { de, en };
