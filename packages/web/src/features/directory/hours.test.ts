import { type TDirectorySchedule, type TLocale, translate } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { describeSchedule, type HoursWords } from './hours';

const words = (locale: TLocale): HoursWords => ({
  t: (key, params) => translate(locale, key, params as Record<string, string>),
  language: locale,
});

const schedule = (overrides: Partial<TDirectorySchedule>): TDirectorySchedule => ({
  freq: 'WEEKLY',
  byday: ['MO'],
  opensAt: '09:00',
  closesAt: '17:00',
  validFrom: null,
  validTo: null,
  description: null,
  ...overrides,
});

describe('opening hours in words', () => {
  it('reads weekdays in a row as a range, in each language', () => {
    const weekdays = schedule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:30', closesAt: '17:15' });
    expect(describeSchedule(weekdays, words('ja'))).toBe('毎週 月曜日〜金曜日 08:30〜17:15');
    expect(describeSchedule(weekdays, words('en'))).toBe('Every Monday to Friday 08:30–17:15');
    expect(describeSchedule(weekdays, words('zh-CN'))).toBe('每周星期一至星期五 08:30–17:15');
    expect(describeSchedule(weekdays, words('ko'))).toBe('매주 월요일~금요일 08:30~17:15');
  });

  it('lists days apart one by one, and a range with the others', () => {
    expect(describeSchedule(schedule({ byday: ['TU', 'TH'] }), words('ja'))).toBe('毎週 火曜日、木曜日 09:00〜17:00');
    expect(describeSchedule(schedule({ byday: ['MO', 'TU', 'WE', 'SA'] }), words('en'))).toBe(
      'Every Monday to Wednesday and Saturday 09:00–17:00',
    );
  });

  it('names the weeks of monthly rules, the last one included', () => {
    const kodomo = schedule({ freq: 'MONTHLY', byday: ['2SA', '4SA'], opensAt: '11:00', closesAt: '14:00' });
    expect(describeSchedule(kodomo, words('ja'))).toBe('毎月 第2土曜日、第4土曜日 11:00〜14:00');
    expect(describeSchedule(kodomo, words('en'))).toBe('Every month: second Saturday and fourth Saturday 11:00–14:00');
    const last = schedule({ freq: 'MONTHLY', byday: ['-1FR'] });
    expect(describeSchedule(last, words('ko'))).toBe('매월 마지막 금요일 09:00~17:00');
    expect(describeSchedule(last, words('zh-CN'))).toBe('每月最后一个星期五 09:00–17:00');
  });

  it('says from when and until when the hours hold', () => {
    const season = schedule({ validFrom: '2026-07-01', validTo: '2026-08-31' });
    expect(describeSchedule(season, words('ja'))).toBe('毎週 月曜日 09:00〜17:00 2026/07/01〜2026/08/31');
    expect(describeSchedule(schedule({ validFrom: '2026-07-01' }), words('en'))).toBe(
      'Every Monday 09:00–17:00 from Jul 1, 2026',
    );
  });
});
