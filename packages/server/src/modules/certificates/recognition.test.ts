import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVELS, recognitionFor } from './recognition';

describe('recognition levels', () => {
  it('uses 100 / 300 / 600 / 1,000 / 1,500 hours by default, named in four languages', () => {
    expect(DEFAULT_LEVELS.map((l) => l.minHours)).toEqual([100, 300, 600, 1000, 1500]);
    for (const level of DEFAULT_LEVELS) expect(Object.values(level.names).every(Boolean)).toBe(true);
  });

  it('places a person by cumulative minutes: the level reached, the next and the minutes to go', () => {
    expect(recognitionFor(DEFAULT_LEVELS, 0)).toMatchObject({
      current: null,
      next: { minHours: 100 },
      minutesToNext: 6000,
    });
    expect(recognitionFor(DEFAULT_LEVELS, 99 * 60 + 59)).toMatchObject({ current: null, minutesToNext: 1 });
    expect(recognitionFor(DEFAULT_LEVELS, 100 * 60)).toMatchObject({
      current: { minHours: 100 },
      next: { minHours: 300 },
      minutesToNext: 200 * 60,
    });
    expect(recognitionFor(DEFAULT_LEVELS, 2000 * 60)).toMatchObject({
      current: { minHours: 1500 },
      next: null,
      minutesToNext: null,
    });
  });

  it('has no level at all when the organization turned levels off', () => {
    expect(recognitionFor([], 5000)).toEqual({ current: null, next: null, minutesToNext: null });
  });
});
