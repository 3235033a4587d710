import type { DateFieldStrings } from './dateFieldStrings';

export const en: DateFieldStrings = {
  placeholder: 'DD.MM.YYYY',
  dateFormat: 'Please enter a date like 16.03.2027.',
  openCalendar: (label) => `Open the calendar for “${label}”`,
  closeCalendar: (label) => `Close the calendar for “${label}”`,
  calendarLoading: 'Loading the calendar …',
  timePlaceholder: 'HH:MM',
  showTimes: (label) => `Show times for “${label}”`,
  timeFormat: 'Please enter a time like 15:00 (24-hour clock).',
};
