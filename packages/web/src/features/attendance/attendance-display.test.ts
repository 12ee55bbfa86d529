import { describe, expect, it } from 'vitest';
import { fromLocalInput, splitMinutes, todayOnDevice, toLocalInput } from './attendance-display';

describe('attendance display helpers', () => {
  it('splits credited minutes into hours and minutes', () => {
    expect(splitMinutes(0)).toEqual({ hours: 0, minutes: 0 });
    expect(splitMinutes(195)).toEqual({ hours: 3, minutes: 15 });
  });

  it('round-trips a moment through a datetime-local input value (to the minute)', () => {
    const iso = '2026-12-01T09:30:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
  });

  it('names today as a calendar date on the device', () => {
    expect(todayOnDevice(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
