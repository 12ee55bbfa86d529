import type { TShift, TShiftRole } from '@musubi/shared';
import { localDateOf } from './wall-time';

/** Shifts under the calendar date (YYYY-MM-DD) they start on in a zone, dates and shifts in time order. */
export function groupShiftsByDate<T extends { startsAt: string }>(
  shifts: readonly T[],
  timeZone: string,
): { date: string; shifts: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const shift of [...shifts].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const date = localDateOf(shift.startsAt, timeZone);
    const group = groups.get(date);
    if (group) group.push(shift);
    else groups.set(date, [shift]);
  }
  return [...groups].map(([date, dated]) => ({ date, shifts: dated }));
}

/** A shift's places over all its roles. */
export function shiftPlaces(shift: Pick<TShift, 'roles'>): {
  capacity: number;
  confirmed: number;
  waitlisted: number;
  free: number;
} {
  let capacity = 0;
  let confirmed = 0;
  let waitlisted = 0;
  let free = 0;
  for (const role of shift.roles) {
    capacity += role.capacity;
    confirmed += role.confirmed;
    waitlisted += role.waitlisted;
    free += rolePlacesFree(role);
  }
  return { capacity, confirmed, waitlisted, free };
}

export function rolePlacesFree(role: Pick<TShiftRole, 'capacity' | 'confirmed'>): number {
  return Math.max(0, role.capacity - role.confirmed);
}

/** Upcoming shifts first; past ones after, most recent first. */
export function splitByTime<T extends { endsAt: string }>(
  shifts: readonly T[],
  now: number,
): { upcoming: T[]; past: T[] } {
  const upcoming = shifts.filter((shift) => Date.parse(shift.endsAt) > now);
  const past = shifts.filter((shift) => Date.parse(shift.endsAt) <= now).reverse();
  return { upcoming, past };
}
