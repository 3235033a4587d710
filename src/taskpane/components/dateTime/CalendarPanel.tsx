import { Calendar, DayOfWeek, FirstWeekOfYear, type ICalendar } from '@fluentui/react-calendar-compat';
import { useEffect, useRef } from 'react';
import type { PlainDate } from '../../../domain/planning';
import { useLocalized } from '../../i18n/localized';
import { calendarStrings, germanDateFormatting } from './calendarStrings';

/** A calendar date as the picker's local Date (noon: no time zone or summer time can move the day). */
const localDateOf = (date: PlainDate) => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
};

const plainDateOf = (date: Date): PlainDate =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export interface CalendarPanelProps {
  value?: PlainDate;
  /** Today in Europe/Berlin (the pane's clock), not the device's zone. */
  today: PlainDate;
  onPick: (date: PlainDate) => void;
}

/**
 * Fluent's calendar with German months and weekdays, weeks from Monday and ISO week numbers; loaded
 * only when a date field's calendar is opened, with the focus on the chosen day. Arrow keys move by
 * day, Page Up/Down by month, Enter picks, Escape closes.
 */
export default function CalendarPanel({ value, today, onPick }: CalendarPanelProps) {
  const strings = useLocalized(calendarStrings);
  const calendar = useRef<ICalendar>(null);
  // Opened, the calendar takes the focus on the chosen day (or today), as Fluent's DatePicker does.
  useEffect(() => calendar.current?.focus(), []);
  return (
    <Calendar
      componentRef={calendar}
      value={value ? localDateOf(value) : undefined}
      today={localDateOf(today)}
      strings={strings}
      dateTimeFormatter={germanDateFormatting}
      firstDayOfWeek={DayOfWeek.Monday}
      firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
      showWeekNumbers
      showGoToToday
      isMonthPickerVisible={false}
      onSelectDate={(date) => onPick(plainDateOf(date))}
    />
  );
}
