import type { EnglishLater } from '../../i18n/localized';

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

export const dateFieldStrings: EnglishLater<DateFieldStrings> = { de };
