import { describe, expect, it } from 'vitest';
import { sortRoster } from './roster';

const entry = (id: string, status: 'confirmed' | 'waitlisted' | 'cancelled', createdAt: string, position?: number) => ({
  id,
  status,
  createdAt,
  waitlistPosition: position ?? null,
});

describe('shift roster', () => {
  it('lists confirmed places, then the waitlist in order, then cancelled ones', () => {
    const rows = [
      entry('cancelled', 'cancelled', '2026-05-01T00:00:00Z'),
      entry('wait2', 'waitlisted', '2026-05-01T00:00:00Z', 2),
      entry('late', 'confirmed', '2026-05-03T00:00:00Z'),
      entry('wait1', 'waitlisted', '2026-05-02T00:00:00Z', 1),
      entry('early', 'confirmed', '2026-05-02T00:00:00Z'),
    ];
    expect(sortRoster(rows).map((row) => row.id)).toEqual(['early', 'late', 'wait1', 'wait2', 'cancelled']);
  });
});
