import type { CalendarStrings, DateFormatting } from '@fluentui/react-calendar-compat';
import type { Localized } from '../../i18n/localized';

const deMonths = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const de: CalendarStrings = {
  months: deMonths,
  shortMonths: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  days: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  shortDays: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
  goToToday: 'Heute',
  prevMonthAriaLabel: 'Vorheriger Monat',
  nextMonthAriaLabel: 'Nächster Monat',
  prevYearAriaLabel: 'Vorheriges Jahr',
  nextYearAriaLabel: 'Nächstes Jahr',
  prevYearRangeAriaLabel: 'Vorherige Jahre',
  nextYearRangeAriaLabel: 'Nächste Jahre',
  closeButtonAriaLabel: 'Schließen',
  weekNumberFormatString: 'Kalenderwoche {0}',
  selectedDateFormatString: 'Gewählt: {0}',
  todayDateFormatString: 'Heute: {0}',
  monthPickerHeaderAriaLabel: '{0}, Jahr wechseln',
  yearPickerHeaderAriaLabel: '{0}, Monat wechseln',
  dayMarkedAriaLabel: 'markiert',
};

const en: CalendarStrings = {
  ...de,
  months: enMonths,
  shortMonths: enMonths.map((month) => month.slice(0, 3)),
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
  goToToday: 'Today',
  prevMonthAriaLabel: 'Previous month',
  nextMonthAriaLabel: 'Next month',
  prevYearAriaLabel: 'Previous year',
  nextYearAriaLabel: 'Next year',
  prevYearRangeAriaLabel: 'Previous years',
  nextYearRangeAriaLabel: 'Next years',
  closeButtonAriaLabel: 'Close',
  weekNumberFormatString: 'Week {0}',
  selectedDateFormatString: 'Selected: {0}',
  todayDateFormatString: 'Today: {0}',
  monthPickerHeaderAriaLabel: '{0}, change year',
  yearPickerHeaderAriaLabel: '{0}, change month',
  dayMarkedAriaLabel: 'marked',
};

export const calendarStrings: Localized<CalendarStrings> = { de, en };

/** Day labels the German way ("16. März 2027") in both languages: the county's dates are German. */
export const germanDateFormatting: DateFormatting = {
  formatDay: (date) => String(date.getDate()),
  formatMonth: (date, strings) => strings.months[date.getMonth()] ?? '',
  formatYear: (date) => String(date.getFullYear()),
  formatMonthDayYear: (date, strings) =>
    `${date.getDate()}. ${strings.months[date.getMonth()] ?? ''} ${date.getFullYear()}`,
  formatMonthYear: (date, strings) => `${strings.months[date.getMonth()] ?? ''} ${date.getFullYear()}`,
};
