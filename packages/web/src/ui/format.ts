import { useTranslation } from 'react-i18next';

/** Dates and times in the interface language (`Intl`, so each locale gets its own order and era). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    /** A moment (ISO 8601 with offset), in the device's time zone. */
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    /** A moment's calendar date. */
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
  };
}

/** A calendar date (YYYY-MM-DD) as a Date at UTC midnight; format it with `timeZone: 'UTC'`. */
export function parseCalendarDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * A calendar date (YYYY-MM-DD: birth dates, cover periods) in the interface language,
 * formatted at UTC so it shows the same day whatever the device's time zone.
 */
export function formatCalendarDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parseCalendarDate(date));
}

/** `formatCalendarDate` in the current interface language. */
export function useCalendarDate(): (date: string) => string {
  const { i18n } = useTranslation();
  return (date) => formatCalendarDate(date, i18n.language);
}
