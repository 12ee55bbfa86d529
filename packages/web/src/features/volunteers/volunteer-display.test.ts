import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../ui/format';
import { duplicateCandidatesIn, todayCalendarDate, weekdayName } from './volunteer-display';

describe('calendar dates', () => {
  it('formats a birth date on its own day', () => {
    expect(formatCalendarDate('1950-04-01', 'en')).toBe('Apr 1, 1950');
  });

  it('gives today as YYYY-MM-DD in local time', () => {
    expect(todayCalendarDate(new Date(2026, 2, 9, 23, 30))).toBe('2026-03-09');
  });

  it('names ISO weekdays', () => {
    expect(weekdayName(1, 'en')).toBe('Monday');
    expect(weekdayName(7, 'en')).toBe('Sunday');
  });
});

describe('duplicateCandidatesIn', () => {
  const candidate = {
    volunteerId: '00000000-0000-4000-8000-000000000002',
    name: '山田 花子',
    nameReading: 'やまだ はなこ',
    birthDate: '1950-04-01',
    status: 'active',
    reasons: ['reading_and_birth_date', 'phone'],
  };

  it('reads the candidates of a possible-duplicate answer, leaving out malformed ones', () => {
    expect(duplicateCandidatesIn({ candidates: [candidate, { nonsense: true }] })).toEqual([candidate]);
  });

  it('is empty when the answer names none', () => {
    expect(duplicateCandidatesIn({})).toEqual([]);
  });
});
