import { describe, expect, it } from 'vitest';
import { groupShiftsByDate, shiftPlaces, splitByTime } from './shift-groups';

const shift = (id: string, startsAt: string, endsAt = startsAt) => ({ id, startsAt, endsAt });

describe('shifts by date', () => {
  it('groups shifts by their local date, in time order', () => {
    const shifts = [
      shift('c', '2026-05-12T05:00:00Z'),
      shift('a', '2026-05-11T16:00:00Z'), // 01:00 on 12 May in Tokyo
      shift('b', '2026-05-12T00:00:00Z'),
      shift('d', '2026-05-13T00:00:00Z'),
    ];
    expect(groupShiftsByDate(shifts, 'Asia/Tokyo')).toEqual([
      { date: '2026-05-12', shifts: [shifts[1], shifts[2], shifts[0]] },
      { date: '2026-05-13', shifts: [shifts[3]] },
    ]);
    expect(groupShiftsByDate(shifts, 'UTC').map((group) => group.date)).toEqual([
      '2026-05-11',
      '2026-05-12',
      '2026-05-13',
    ]);
  });

  it('has no groups without shifts', () => {
    expect(groupShiftsByDate([], 'Asia/Tokyo')).toEqual([]);
  });

  it('adds up places over roles; an overbooked role has no free place but does not hide others', () => {
    const roles = [
      { capacity: 5, confirmed: 3, waitlisted: 0 },
      { capacity: 2, confirmed: 3, waitlisted: 2 },
    ];
    expect(shiftPlaces({ roles } as never)).toEqual({ capacity: 7, confirmed: 6, waitlisted: 2, free: 2 });
  });

  it('splits upcoming from past shifts, the latest past first', () => {
    const now = Date.parse('2026-05-12T12:00:00Z');
    const a = shift('a', '2026-05-10T00:00:00Z', '2026-05-10T03:00:00Z');
    const b = shift('b', '2026-05-11T00:00:00Z', '2026-05-11T03:00:00Z');
    const c = shift('c', '2026-05-12T10:00:00Z', '2026-05-12T13:00:00Z');
    expect(splitByTime([a, b, c], now)).toEqual({ upcoming: [c], past: [b, a] });
  });
});
