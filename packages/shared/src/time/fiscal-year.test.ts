import { describe, expect, it } from 'vitest';
import { calendarDateIn, fiscalYearOf } from './fiscal-year';

describe('fiscalYearOf', () => {
  it('counts the Japanese fiscal year from April to March', () => {
    expect(fiscalYearOf('2026-03-31', 4)).toEqual({ label: 2025, start: '2025-04-01', end: '2026-03-31' });
    expect(fiscalYearOf('2026-04-01', 4)).toEqual({ label: 2026, start: '2026-04-01', end: '2027-03-31' });
  });

  it('counts the Korean insurance year from May to April, and calendar years from January', () => {
    expect(fiscalYearOf('2028-02-29', 5)).toEqual({ label: 2027, start: '2027-05-01', end: '2028-04-30' });
    expect(fiscalYearOf('2026-11-23', 1)).toEqual({ label: 2026, start: '2026-01-01', end: '2026-12-31' });
  });

  it('ends on the last day of a February in a leap year', () => {
    expect(fiscalYearOf('2027-06-01', 3).end).toBe('2028-02-29');
  });
});

describe('calendarDateIn', () => {
  it('gives the date in the organization time zone, not the server one', () => {
    const instant = new Date('2026-03-31T16:30:00Z');
    expect(calendarDateIn('Asia/Tokyo', instant)).toBe('2026-04-01');
    expect(calendarDateIn('UTC', instant)).toBe('2026-03-31');
  });
});
