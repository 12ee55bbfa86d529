import { describe, expect, it } from 'vitest';
import { instantOf, wallTimeOf } from './zoned';

describe('wall times in a zone', () => {
  it('reads Tokyo and Seoul wall times (UTC+9) and Shanghai (UTC+8)', () => {
    const instant = new Date('2026-12-01T00:30:00Z');
    expect(wallTimeOf(instant, 'Asia/Tokyo')).toEqual({ year: 2026, month: 12, day: 1, hour: 9, minute: 30 });
    expect(wallTimeOf(instant, 'Asia/Shanghai').hour).toBe(8);
  });

  it('turns a wall time back into the instant, across a DST change', () => {
    const wall = { year: 2026, month: 12, day: 1, hour: 9, minute: 30 };
    expect(instantOf(wall, 'Asia/Tokyo').toISOString()).toBe('2026-12-01T00:30:00.000Z');
    // New York: 09:00 is 14:00Z in winter and 13:00Z in summer.
    expect(instantOf({ ...wall, hour: 9, minute: 0 }, 'America/New_York').toISOString()).toBe(
      '2026-12-01T14:00:00.000Z',
    );
    expect(instantOf({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'America/New_York').toISOString()).toBe(
      '2026-07-01T13:00:00.000Z',
    );
  });
});
