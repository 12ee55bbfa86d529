import { describe, expect, it } from 'vitest';
import { ZDirectorySchedule } from '../contracts/directory.contract';
import {
  bydayValuesOn,
  isOpenAt,
  opensOnWeekday,
  parseByday,
  type ScheduleRule,
  sortByday,
  utcOffsetMinutes,
  wallClockIn,
} from './opening-hours';

const rule = (overrides: Partial<ScheduleRule>): ScheduleRule => ({
  freq: 'WEEKLY',
  byday: ['MO'],
  opensAt: '09:00',
  closesAt: '17:00',
  validFrom: null,
  validTo: null,
  ...overrides,
});

describe('opening hours (RFC 5545 BYDAY subset)', () => {
  it('reads weekdays with and without their week of the month', () => {
    expect(parseByday('TU')).toEqual({ week: null, weekday: 'TU' });
    expect(parseByday('2SA')).toEqual({ week: 2, weekday: 'SA' });
    expect(parseByday('-1FR')).toEqual({ week: -1, weekday: 'FR' });
    expect(parseByday('6MO')).toBeNull();
    expect(parseByday('MONDAY')).toBeNull();
    expect(sortByday(['SU', '4SA', 'MO', '2SA', 'MO', '-1SA'])).toEqual(['MO', '2SA', '4SA', '-1SA', 'SU']);
  });

  it('names a date by its weekday, its week from the start and, in the last seven days, from the end', () => {
    expect(bydayValuesOn('2026-06-13')).toEqual({ weekly: ['SA'], monthly: ['SA', '2SA'] });
    expect(bydayValuesOn('2026-06-26')).toEqual({ weekly: ['FR'], monthly: ['FR', '4FR', '-1FR'] });
    expect(bydayValuesOn('2028-02-29')).toEqual({ weekly: ['TU'], monthly: ['TU', '5TU', '-1TU'] });
  });

  it('is open from the opening time up to, not including, the closing time, within the valid dates', () => {
    const weekdays = rule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR'] });
    expect(isOpenAt([weekdays], '2026-06-09', '09:00')).toBe(true);
    expect(isOpenAt([weekdays], '2026-06-09', '16:59')).toBe(true);
    expect(isOpenAt([weekdays], '2026-06-09', '17:00')).toBe(false);
    expect(isOpenAt([weekdays], '2026-06-13', '10:00')).toBe(false);
    const season = rule({ byday: ['TU'], validFrom: '2026-07-01', validTo: '2026-08-31' });
    expect(isOpenAt([season], '2026-06-30', '10:00')).toBe(false);
    expect(isOpenAt([season], '2026-07-07', '10:00')).toBe(true);
    expect(isOpenAt([season], '2026-09-01', '10:00')).toBe(false);
  });

  it('opens monthly on the weeks named, and weekly rules ignore weeks', () => {
    const secondAndFourth = rule({ freq: 'MONTHLY', byday: ['2SA', '4SA'] });
    expect(isOpenAt([secondAndFourth], '2026-06-13', '10:00')).toBe(true);
    expect(isOpenAt([secondAndFourth], '2026-06-20', '10:00')).toBe(false);
    expect(isOpenAt([secondAndFourth], '2026-06-27', '10:00')).toBe(true);
    const lastFriday = rule({ freq: 'MONTHLY', byday: ['-1FR'] });
    expect(isOpenAt([lastFriday], '2026-06-26', '10:00')).toBe(true);
    expect(isOpenAt([lastFriday], '2026-06-19', '10:00')).toBe(false);
  });

  it('opens on a weekday in some week, unless the schedule has ended', () => {
    const monthly = rule({ freq: 'MONTHLY', byday: ['2SA'] });
    expect(opensOnWeekday([monthly], 'SA', '2026-06-01')).toBe(true);
    expect(opensOnWeekday([monthly], 'SU', '2026-06-01')).toBe(false);
    expect(opensOnWeekday([rule({ validTo: '2026-05-31' })], 'MO', '2026-06-01')).toBe(false);
  });

  it('reads the organization’s clock', () => {
    expect(wallClockIn('Asia/Tokyo', new Date('2026-06-08T15:30:00Z'))).toEqual({
      date: '2026-06-09',
      time: '00:30',
      weekday: 'TU',
    });
    expect(utcOffsetMinutes('Asia/Tokyo')).toBe(540);
    expect(utcOffsetMinutes('Asia/Kolkata')).toBe(330);
    expect(utcOffsetMinutes('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe(-300);
  });

  it('refuses closing before opening, weeks in weekly rules and dates in the wrong order', () => {
    const issues = (input: unknown) =>
      (ZDirectorySchedule.safeParse(input).error?.issues ?? []).map(
        (issue) => `${issue.path.join('.')} ${issue.message}`,
      );
    const ok = { freq: 'WEEKLY', byday: ['mo'], opensAt: '09:00', closesAt: '10:00' };
    expect(ZDirectorySchedule.parse(ok).byday).toEqual(['MO']);
    expect(issues({ ...ok, closesAt: '09:00' })).toEqual(['closesAt validation.time_range']);
    expect(issues({ ...ok, byday: ['2MO'] })).toEqual(['byday validation.schedule_day']);
    expect(issues({ ...ok, freq: 'MONTHLY', byday: ['2MO'] })).toEqual([]);
    expect(issues({ ...ok, validFrom: '2026-05-01', validTo: '2026-04-01' })).toEqual([
      'validTo validation.date_range',
    ]);
    expect(issues({ ...ok, byday: [] })).toHaveLength(1);
  });
});
