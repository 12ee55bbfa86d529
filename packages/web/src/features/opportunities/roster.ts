import type { TShiftRosterResponse } from '@musubi/shared';

export type TRosterEntry = TShiftRosterResponse['signups'][number];

const ORDER = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;

/** Confirmed first, then the waitlist in its order, then cancelled places; earlier sign-ups first within each. */
export function sortRoster<T extends Pick<TRosterEntry, 'status' | 'waitlistPosition' | 'createdAt'>>(
  entries: readonly T[],
): T[] {
  return [...entries].sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}
