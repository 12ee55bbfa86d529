import { wallTimeOf } from './zoned';

/**
 * Opening hours as the directory keeps them: a subset of RFC 5545 recurrence
 * rules, the way Open Referral HSDS `schedule` writes them. `WEEKLY` with days
 * (`MO,TH`), or `MONTHLY` with days that may carry their week of the month
 * (`2SA,4SA` = second and fourth Saturday, `-1FR` = last Friday). Times are
 * the organization's wall-clock `HH:MM`.
 */
export const SCHEDULE_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type TScheduleWeekday = (typeof SCHEDULE_WEEKDAYS)[number];

export const SCHEDULE_FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;
export type TScheduleFrequency = (typeof SCHEDULE_FREQUENCIES)[number];

/** Weeks of a month a monthly day may name: first to fifth, and the last (-1). */
export const MONTH_WEEKS = [1, 2, 3, 4, 5, -1] as const;
export type TMonthWeek = (typeof MONTH_WEEKS)[number];

/** One BYDAY value: a weekday, optionally preceded by its week of the month (`2SA`, `-1FR`). */
export const BYDAY_PATTERN = /^(-1|[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** What the rules below need of a schedule. */
export interface ScheduleRule {
  freq: TScheduleFrequency;
  byday: readonly string[];
  opensAt: string;
  closesAt: string;
  validFrom: string | null;
  validTo: string | null;
}

/** A BYDAY value split in its week of the month (null: every such day) and weekday. */
export function parseByday(value: string): { week: TMonthWeek | null; weekday: TScheduleWeekday } | null {
  const match = BYDAY_PATTERN.exec(value);
  if (!match) return null;
  return { week: match[1] ? (Number(match[1]) as TMonthWeek) : null, weekday: match[2] as TScheduleWeekday };
}

/** Sorts BYDAY values Monday first, then by week (1…5, last), and drops repeats. */
export function sortByday(values: readonly string[]): string[] {
  const rank = (value: string) => {
    const parsed = parseByday(value);
    if (!parsed) return 1000;
    const week = parsed.week === null ? 0 : parsed.week === -1 ? 6 : parsed.week;
    return SCHEDULE_WEEKDAYS.indexOf(parsed.weekday) * 10 + week;
  };
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b));
}

function utcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The weekday of a calendar date (YYYY-MM-DD). */
export function scheduleWeekdayOf(date: string): TScheduleWeekday {
  // getUTCDay: 0 = Sunday.
  return SCHEDULE_WEEKDAYS[(utcDate(date).getUTCDay() + 6) % 7];
}

/**
 * The BYDAY values that match a date: for weekly rules the weekday (`TU`); for monthly
 * rules also its week counted from the start (`2TU`) and from the end of the month (`-1TU`).
 */
export function bydayValuesOn(date: string): { weekly: string[]; monthly: string[] } {
  const at = utcDate(date);
  const weekday = scheduleWeekdayOf(date);
  const day = at.getUTCDate();
  const daysInMonth = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  const fromStart = Math.floor((day - 1) / 7) + 1;
  const monthly = [weekday, `${fromStart}${weekday}`];
  if (day + 7 > daysInMonth) monthly.push(`-1${weekday}`);
  return { weekly: [weekday], monthly };
}

function validOn(rule: ScheduleRule, date: string): boolean {
  return (rule.validFrom === null || rule.validFrom <= date) && (rule.validTo === null || rule.validTo >= date);
}

/** Whether the rule opens on this date at all (whatever the time). */
export function opensOnDate(rule: ScheduleRule, date: string): boolean {
  if (!validOn(rule, date)) return false;
  const values = bydayValuesOn(date);
  const matching = rule.freq === 'WEEKLY' ? values.weekly : values.monthly;
  return rule.byday.some((value) => matching.includes(value));
}

/** Whether any of the schedules is open at a wall-clock date and time (`HH:MM`, closing time excluded). */
export function isOpenAt(rules: readonly ScheduleRule[], date: string, time: string): boolean {
  return rules.some((rule) => opensOnDate(rule, date) && rule.opensAt <= time && time < rule.closesAt);
}

/**
 * Whether any of the schedules opens on this weekday in some week, from `today` on
 * (a schedule that ended before today no longer counts).
 */
export function opensOnWeekday(rules: readonly ScheduleRule[], weekday: TScheduleWeekday, today: string): boolean {
  return rules.some(
    (rule) =>
      (rule.validTo === null || rule.validTo >= today) &&
      rule.byday.some((value) => parseByday(value)?.weekday === weekday),
  );
}

/** The date, time and weekday on the organization's clocks at an instant. */
export function wallClockIn(timeZone: string, at: Date = new Date()) {
  const wall = wallTimeOf(at, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  return { date, time: `${pad(wall.hour)}:${pad(wall.minute)}`, weekday: scheduleWeekdayOf(date) };
}

/** The zone's offset from UTC at an instant, in minutes (Asia/Tokyo: 540). */
export function utcOffsetMinutes(timeZone: string, at: Date = new Date()): number {
  const wall = wallTimeOf(at, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}
