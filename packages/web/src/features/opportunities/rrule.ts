/** Weekdays as RFC 5545 writes them, Monday first (the week starts on Monday, WKST=MO). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type TWeekday = (typeof WEEKDAYS)[number];

/** How a new shift repeats, as the form holds it (number inputs give '' when empty). */
export interface RepeatValues {
  /** none: one shift; weekly: every week; interval: every N weeks. */
  repeat: 'none' | 'weekly' | 'interval';
  /** N, for "every N weeks". */
  interval: number | string;
  /** The weekdays it falls on; none chosen: the weekday of the first date. */
  weekdays: TWeekday[];
  /** Stop after a number of shifts, or after a date. */
  endsBy: 'count' | 'until';
  count: number | string;
  /** The last date (YYYY-MM-DD) a shift may fall on. */
  until: string;
}

/** What the server creates at most: 200 shifts, within a year of the first. */
export const MAX_OCCURRENCES = 200;
export const HORIZON_DAYS = 366;

export const NO_REPEAT: RepeatValues = {
  repeat: 'none',
  interval: 2,
  weekdays: [],
  endsBy: 'count',
  count: 8,
  until: '',
};

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function dateOfDay(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of a calendar date (YYYY-MM-DD). */
export function weekdayOf(date: string): TWeekday {
  // 1970-01-01 was a Thursday.
  return WEEKDAYS[(((dayNumber(date) + 3) % 7) + 7) % 7];
}

function intervalOf(values: RepeatValues): number {
  return values.repeat === 'interval' ? Number(values.interval) : 1;
}

function sortedWeekdays(values: RepeatValues, firstDate: string): TWeekday[] {
  const chosen = values.weekdays.length > 0 ? values.weekdays : [weekdayOf(firstDate)];
  return WEEKDAYS.filter((day) => chosen.includes(day));
}

/**
 * Problems with the repetition, as message keys by field: an interval of 2–52 weeks, a count of
 * 2–200, an end date after the first date and within a year of it.
 */
export function repeatErrors(values: RepeatValues, firstDate: string): Partial<Record<keyof RepeatValues, string>> {
  if (values.repeat === 'none') return {};
  const errors: Partial<Record<keyof RepeatValues, string>> = {};
  const interval = Number(values.interval);
  if (values.repeat === 'interval' && (!Number.isInteger(interval) || interval < 2 || interval > 52)) {
    errors.interval = 'opportunities.shift_form.errors.interval';
  }
  if (values.endsBy === 'count') {
    const count = Number(values.count);
    if (values.count === '' || !Number.isInteger(count) || count < 2 || count > MAX_OCCURRENCES) {
      errors.count = 'opportunities.shift_form.errors.count';
    }
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.until)) {
    errors.until = 'opportunities.shift_form.errors.until_missing';
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(firstDate)) {
    const days = dayNumber(values.until) - dayNumber(firstDate);
    if (days <= 0) errors.until = 'opportunities.shift_form.errors.until_before_start';
    else if (days > HORIZON_DAYS) errors.until = 'opportunities.shift_form.errors.until_too_far';
  }
  return errors;
}

/**
 * The RRULE of a repetition (RFC 5545), or undefined for a single shift:
 * `FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8`, `FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;UNTIL=20270331T235959Z`.
 * The server repeats the first shift's wall-clock time, reading the rule in wall-clock time too,
 * so UNTIL is the end of the last date (23:59:59): a shift on that date is included.
 */
export function buildRrule(values: RepeatValues, firstDate: string): string | undefined {
  if (values.repeat === 'none') return undefined;
  const parts = ['FREQ=WEEKLY'];
  const interval = intervalOf(values);
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  parts.push(`BYDAY=${sortedWeekdays(values, firstDate).join(',')}`);
  if (values.endsBy === 'count') parts.push(`COUNT=${Number(values.count)}`);
  else parts.push(`UNTIL=${values.until.replaceAll('-', '')}T235959Z`);
  return parts.join(';');
}

/**
 * The dates a repetition gives from its first date, as the server will expand it (weeks start on
 * Monday; the first date counts only when it falls on a chosen weekday), up to `limit` of them.
 * `total` is how many there are in all (capped as the server caps them).
 */
export function seriesDates(values: RepeatValues, firstDate: string, limit = 6): { dates: string[]; total: number } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDate)) return { dates: [], total: 0 };
  if (values.repeat === 'none') return { dates: [firstDate], total: 1 };
  const weekdays = new Set(sortedWeekdays(values, firstDate).map((day) => WEEKDAYS.indexOf(day)));
  const interval = Math.max(1, intervalOf(values) || 1);
  const first = dayNumber(firstDate);
  const firstMonday = first - ((((first + 3) % 7) + 7) % 7);
  const lastDay = Math.min(
    first + HORIZON_DAYS,
    values.endsBy === 'until' && /^\d{4}-\d{2}-\d{2}$/.test(values.until)
      ? dayNumber(values.until)
      : Number.POSITIVE_INFINITY,
  );
  const maxCount = values.endsBy === 'count' ? Math.min(Number(values.count) || 0, MAX_OCCURRENCES) : MAX_OCCURRENCES;
  const dates: string[] = [];
  let total = 0;
  for (let day = first; day <= lastDay && total < maxCount; day += 1) {
    const week = Math.floor((day - firstMonday) / 7);
    const weekday = (((day + 3) % 7) + 7) % 7;
    if (week % interval !== 0 || !weekdays.has(weekday)) continue;
    total += 1;
    if (dates.length < limit) dates.push(dateOfDay(day));
  }
  return { dates, total };
}
