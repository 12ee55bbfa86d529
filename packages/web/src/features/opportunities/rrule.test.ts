import { ZCreateShiftsRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { buildRrule, NO_REPEAT, type RepeatValues, repeatErrors, seriesDates, weekdayOf } from './rrule';

const weekly = (change: Partial<RepeatValues>): RepeatValues => ({ ...NO_REPEAT, repeat: 'weekly', ...change });
// 2026-05-12 is a Tuesday.
const TUESDAY = '2026-05-12';

describe('repeating shifts (RRULE)', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-05-11')).toBe('MO');
    expect(weekdayOf(TUESDAY)).toBe('TU');
    expect(weekdayOf('2026-05-17')).toBe('SU');
    expect(weekdayOf('1969-12-31')).toBe('WE');
  });

  it('has no rule for a single shift', () => {
    expect(buildRrule(NO_REPEAT, TUESDAY)).toBeUndefined();
    expect(repeatErrors(NO_REPEAT, TUESDAY)).toEqual({});
  });

  it('repeats weekly on chosen weekdays, in week order, a number of times', () => {
    expect(buildRrule(weekly({ weekdays: ['TH', 'TU'], count: 8 }), TUESDAY)).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8');
  });

  it('uses the first date’s weekday when none is chosen', () => {
    expect(buildRrule(weekly({ count: '4' }), TUESDAY)).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=4');
  });

  it('repeats every N weeks until a date, that date included', () => {
    const rule = buildRrule(
      { ...NO_REPEAT, repeat: 'interval', interval: 2, weekdays: ['SA'], endsBy: 'until', until: '2027-03-31' },
      TUESDAY,
    );
    expect(rule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;UNTIL=20270331T235959Z');
  });

  it('writes rules the shared contract accepts', () => {
    for (const rule of [
      buildRrule(weekly({ weekdays: ['MO', 'FR'] }), TUESDAY),
      buildRrule({ ...NO_REPEAT, repeat: 'interval', interval: 3, endsBy: 'until', until: '2026-12-31' }, TUESDAY),
    ]) {
      const request = {
        startsAt: '2026-05-12T00:00:00.000Z',
        endsAt: '2026-05-12T03:00:00.000Z',
        roles: [{ capacity: 5 }],
        rrule: rule,
      };
      expect(ZCreateShiftsRequest.safeParse(request).success, rule).toBe(true);
    }
  });

  it('refuses a count, an interval or an end date out of range', () => {
    expect(repeatErrors(weekly({ count: 1 }), TUESDAY)).toEqual({ count: 'opportunities.shift_form.errors.count' });
    expect(repeatErrors(weekly({ count: 201 }), TUESDAY)).toHaveProperty('count');
    expect(repeatErrors(weekly({ count: '' }), TUESDAY)).toHaveProperty('count');
    expect(repeatErrors({ ...NO_REPEAT, repeat: 'interval', interval: 1 }, TUESDAY)).toHaveProperty('interval');
    expect(repeatErrors(weekly({ endsBy: 'until', until: '' }), TUESDAY)).toEqual({
      until: 'opportunities.shift_form.errors.until_missing',
    });
    expect(repeatErrors(weekly({ endsBy: 'until', until: TUESDAY }), TUESDAY)).toEqual({
      until: 'opportunities.shift_form.errors.until_before_start',
    });
    expect(repeatErrors(weekly({ endsBy: 'until', until: '2027-06-01' }), TUESDAY)).toEqual({
      until: 'opportunities.shift_form.errors.until_too_far',
    });
    expect(repeatErrors(weekly({ endsBy: 'until', until: '2026-06-30' }), TUESDAY)).toEqual({});
  });

  it('previews the dates a weekly rule gives', () => {
    expect(seriesDates(weekly({ weekdays: ['TU', 'TH'], count: 4 }), TUESDAY)).toEqual({
      dates: ['2026-05-12', '2026-05-14', '2026-05-19', '2026-05-21'],
      total: 4,
    });
  });

  it('skips the first date when it is not a chosen weekday, as the server does', () => {
    expect(seriesDates(weekly({ weekdays: ['TH'], count: 2 }), TUESDAY).dates).toEqual(['2026-05-14', '2026-05-21']);
  });

  it('counts weeks from the first date’s week for every N weeks', () => {
    // Week of Monday 11 May, then the week of 25 May: Saturdays 16 and 30 May, 13 June.
    const every2 = { ...NO_REPEAT, repeat: 'interval' as const, interval: 2, weekdays: ['MO' as const, 'SA' as const] };
    expect(seriesDates({ ...every2, count: 5 }, TUESDAY).dates).toEqual([
      '2026-05-16',
      '2026-05-25',
      '2026-05-30',
      '2026-06-08',
      '2026-06-13',
    ]);
  });

  it('stops on the end date, that date included, and counts them all', () => {
    expect(seriesDates(weekly({ endsBy: 'until', until: '2026-06-02' }), TUESDAY)).toEqual({
      dates: ['2026-05-12', '2026-05-19', '2026-05-26', '2026-06-02'],
      total: 4,
    });
    expect(seriesDates(weekly({ weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], count: 300 }), TUESDAY).total).toBe(200);
  });

  it('gives just the first date for a single shift, nothing without a date', () => {
    expect(seriesDates(NO_REPEAT, TUESDAY)).toEqual({ dates: [TUESDAY], total: 1 });
    expect(seriesDates(weekly({}), '')).toEqual({ dates: [], total: 0 });
  });
});
