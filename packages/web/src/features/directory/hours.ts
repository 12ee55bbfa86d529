import {
  parseByday,
  SCHEDULE_WEEKDAYS,
  type TDirectorySchedule,
  type TMonthWeek,
  type TScheduleWeekday,
} from '@musubi/shared';
import { formatCalendarDate } from '../../ui/format';

/** What the wording needs: the message function and the interface language. */
export interface HoursWords {
  t: (key: string, params?: Record<string, unknown>) => string;
  language: string;
}

/** A weekday's name in the interface language ("月曜日", "Monday"). */
export function scheduleWeekdayName(day: TScheduleWeekday, language: string): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + SCHEDULE_WEEKDAYS.indexOf(day))),
  );
}

function list(items: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/** Weekdays in order; three or more in a row read as a range ("月曜日〜金曜日"). */
function weekdays(days: TScheduleWeekday[], words: HoursWords): string {
  const indexes = [...new Set(days.map((day) => SCHEDULE_WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  const name = (index: number) => scheduleWeekdayName(SCHEDULE_WEEKDAYS[index], words.language);
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [words.t('directory.hours.day_range', { from: name(run[0]), to: name(run.at(-1)!) })]
      : run.map(name),
  );
  return list(parts, words.language);
}

const weekParam = (week: TMonthWeek) => (week === -1 ? 'last' : String(week));

/** The days of a rule in words: "毎週 月曜日〜金曜日", "毎月 第2土曜日、第4土曜日". */
export function describeDays(schedule: Pick<TDirectorySchedule, 'freq' | 'byday'>, words: HoursWords): string {
  const parsed = schedule.byday.flatMap((value) => parseByday(value) ?? []);
  if (schedule.freq === 'WEEKLY' || parsed.every((day) => day.week === null)) {
    const days = weekdays(
      parsed.map((day) => day.weekday),
      words,
    );
    return words.t(schedule.freq === 'WEEKLY' ? 'directory.hours.every_week' : 'directory.hours.every_month', {
      days,
    });
  }
  const days = parsed.map((day) =>
    day.week === null
      ? scheduleWeekdayName(day.weekday, words.language)
      : words.t('directory.hours.nth_weekday', {
          week: weekParam(day.week),
          weekday: scheduleWeekdayName(day.weekday, words.language),
        }),
  );
  return words.t('directory.hours.every_month', { days: list(days, words.language) });
}

/** One schedule in a line: days, times, the dates it holds between. */
export function describeSchedule(schedule: TDirectorySchedule, words: HoursWords): string {
  const date = (value: string) => formatCalendarDate(value, words.language);
  const parts = [
    describeDays(schedule, words),
    words.t('directory.hours.time_range', { opens: schedule.opensAt, closes: schedule.closesAt }),
  ];
  if (schedule.validFrom && schedule.validTo) {
    parts.push(
      words.t('directory.hours.valid_between', { from: date(schedule.validFrom), to: date(schedule.validTo) }),
    );
  } else if (schedule.validFrom) {
    parts.push(words.t('directory.hours.valid_from', { date: date(schedule.validFrom) }));
  } else if (schedule.validTo) {
    parts.push(words.t('directory.hours.valid_to', { date: date(schedule.validTo) }));
  }
  return parts.join(' ');
}
