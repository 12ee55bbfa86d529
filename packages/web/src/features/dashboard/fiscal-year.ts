import { parseCalendarDate } from '../../ui/format';

/**
 * A fiscal year's first or last day in full. Japanese shows the era (令和7年4月1日),
 * as municipal reports do.
 */
export function formatFiscalYearDay(date: string, locale: string): string {
  const calendarLocale = locale === 'ja' ? 'ja-JP-u-ca-japanese' : locale;
  const format = new Intl.DateTimeFormat(calendarLocale, { dateStyle: 'long', timeZone: 'UTC' });
  return format.format(parseCalendarDate(date));
}
