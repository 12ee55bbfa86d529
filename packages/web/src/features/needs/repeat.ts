/**
 * Help that repeats, as the need's RFC 5545 rule (`FREQ=WEEKLY;BYDAY=TU`): the few
 * patterns a coordinator says on the phone (every week, every other week, the second
 * Tuesday of each month); any other rule is kept as written.
 */

/** Weekdays as RFC 5545 writes them, Monday first. */
export const RULE_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type TRuleWeekday = (typeof RULE_WEEKDAYS)[number];

/** Which week of the month: first to fourth, or the last. */
export const MONTH_ORDINALS = ['1', '2', '3', '4', '-1'] as const;
export type TMonthOrdinal = (typeof MONTH_ORDINALS)[number];

export const REPEAT_KINDS = ['none', 'weekly', 'biweekly', 'monthly', 'custom'] as const;
export type TRepeatKind = (typeof REPEAT_KINDS)[number];

export interface RepeatValues {
  kind: TRepeatKind;
  weekdays: TRuleWeekday[];
  /** For `monthly`: which week of the month. */
  ordinal: TMonthOrdinal;
  /** For `custom`: the rule as it is (one the form cannot show as a pattern). */
  custom: string;
}

export const NO_REPEAT: RepeatValues = { kind: 'none', weekdays: [], ordinal: '1', custom: '' };

const sortDays = (days: readonly TRuleWeekday[]) => RULE_WEEKDAYS.filter((day) => days.includes(day));

/** The rule for the chosen pattern, or null for none (and for a weekly pattern with no weekday). */
export function repeatToRRule(values: RepeatValues): string | null {
  const days = sortDays(values.weekdays);
  switch (values.kind) {
    case 'none':
      return null;
    case 'custom':
      return values.custom.trim() || null;
    case 'weekly':
      return days.length > 0 ? `FREQ=WEEKLY;BYDAY=${days.join(',')}` : 'FREQ=WEEKLY';
    case 'biweekly':
      return days.length > 0 ? `FREQ=WEEKLY;INTERVAL=2;BYDAY=${days.join(',')}` : 'FREQ=WEEKLY;INTERVAL=2';
    case 'monthly':
      return days.length > 0
        ? `FREQ=MONTHLY;BYDAY=${days.map((day) => `${values.ordinal}${day}`).join(',')}`
        : 'FREQ=MONTHLY';
  }
}

function parts(rule: string): Map<string, string> {
  return new Map(
    rule
      .replace(/^RRULE:/, '')
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
}

const isDay = (value: string): value is TRuleWeekday => (RULE_WEEKDAYS as readonly string[]).includes(value);

/** The pattern of a stored rule; a rule the form cannot show becomes `custom`, kept as written. */
export function rruleToRepeat(rule: string | null): RepeatValues {
  if (!rule) return NO_REPEAT;
  const custom = { ...NO_REPEAT, kind: 'custom' as const, custom: rule };
  const map = parts(rule);
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY']);
  if ([...map.keys()].some((key) => !known.has(key))) return custom;
  const byDay = map.get('BYDAY')?.split(',') ?? [];
  const interval = map.get('INTERVAL') ?? '1';
  if (map.get('FREQ') === 'WEEKLY' && (interval === '1' || interval === '2')) {
    if (!byDay.every(isDay)) return custom;
    return { ...NO_REPEAT, kind: interval === '2' ? 'biweekly' : 'weekly', weekdays: sortDays(byDay) };
  }
  if (map.get('FREQ') === 'MONTHLY' && interval === '1') {
    const split = byDay.map((entry) => /^(-1|[1-4])([A-Z]{2})$/.exec(entry));
    if (split.some((match) => !match || !isDay(match[2]))) return custom;
    const ordinals = new Set(split.map((match) => match![1]));
    if (ordinals.size > 1) return custom;
    const [ordinal = '1'] = [...ordinals];
    return {
      ...NO_REPEAT,
      kind: 'monthly',
      ordinal: ordinal as TMonthOrdinal,
      weekdays: sortDays(split.map((match) => match![2] as TRuleWeekday)),
    };
  }
  return custom;
}
