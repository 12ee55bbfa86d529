import { useTranslation } from 'react-i18next';
import { parseCalendarDate } from '../../ui/format';

/** How shifts read: a date heading with its weekday, and a start–end range, in the interface language. */
export function useShiftFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    /** A calendar date (YYYY-MM-DD) with its weekday, the same day on every device. */
    day: (date: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(parseCalendarDate(date)),
    /** A calendar date short, with its weekday ("5月12日(火)"), for lists of dates. */
    shortDay: (date: string) =>
      new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(
        parseCalendarDate(date),
      ),
    /** Start and end times only ("9:00–12:00"), for a shift under its date heading. */
    times: (startsAt: string, endsAt: string) =>
      new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).formatRange(new Date(startsAt), new Date(endsAt)),
    /** A whole shift, date and times ("2026/05/12 9:00～12:00"). */
    range: (startsAt: string, endsAt: string) =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }).formatRange(new Date(startsAt), new Date(endsAt)),
  };
}

/** A weekday's name in a language ("火曜日", "Tuesday"), Monday = 0: 11 May 2026 was a Monday. */
export function weekdayName(index: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 4, 11 + index)),
  );
}
