import { describe, expect, it } from 'vitest';
import { localDateOf, nextDate, shiftInstants, zonedInstant } from './wall-time';

describe('wall-clock times of shifts', () => {
  it('reads a date and a time in the organization’s zone as an instant', () => {
    expect(zonedInstant('2026-05-12', '09:00', 'Asia/Tokyo')).toBe('2026-05-12T00:00:00.000Z');
    expect(zonedInstant('2026-05-12', '09:00', 'Asia/Shanghai')).toBe('2026-05-12T01:00:00.000Z');
    // New York keeps 09:00 across the DST change.
    expect(zonedInstant('2026-01-12', '09:00', 'America/New_York')).toBe('2026-01-12T14:00:00.000Z');
    expect(zonedInstant('2026-07-13', '09:00', 'America/New_York')).toBe('2026-07-13T13:00:00.000Z');
  });

  it('answers null for an incomplete date or time', () => {
    expect(zonedInstant('', '09:00', 'Asia/Tokyo')).toBeNull();
    expect(zonedInstant('2026-05-12', '9', 'Asia/Tokyo')).toBeNull();
  });

  it('finds the local date of an instant', () => {
    expect(localDateOf('2026-05-11T15:30:00Z', 'Asia/Tokyo')).toBe('2026-05-12');
    expect(localDateOf('2026-05-11T15:30:00Z', 'UTC')).toBe('2026-05-11');
  });

  it('moves to the next day across months and years', () => {
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
  });

  it('builds a shift’s start and end, a night shift ending the next day', () => {
    expect(shiftInstants('2026-05-12', '09:00', '12:00', 'Asia/Tokyo')).toEqual({
      startsAt: '2026-05-12T00:00:00.000Z',
      endsAt: '2026-05-12T03:00:00.000Z',
      overnight: false,
    });
    expect(shiftInstants('2026-05-12', '22:00', '06:00', 'Asia/Tokyo')).toEqual({
      startsAt: '2026-05-12T13:00:00.000Z',
      endsAt: '2026-05-12T21:00:00.000Z',
      overnight: true,
    });
    expect(shiftInstants('2026-05-12', '', '12:00', 'Asia/Tokyo')).toBeNull();
  });
});
