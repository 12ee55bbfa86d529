import { instantOf, wallTimeOf } from '@musubi/shared';

/**
 * The device's time zone. Shift times are typed as the organization's wall-clock time, and the
 * session does not carry the organization's zone: the coordinator's device is taken to be in it.
 */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** A wall-clock date (YYYY-MM-DD) and time (HH:mm) in a zone as an ISO instant; null when either is not complete. */
export function zonedInstant(date: string, time: string, timeZone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const wall = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]) };
  return instantOf(wall, timeZone).toISOString();
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a zone. */
export function localDateOf(iso: string, timeZone: string): string {
  const wall = wallTimeOf(new Date(iso), timeZone);
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

/** The calendar date after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * A shift's start and end from its date and wall-clock times. An end at or before the start
 * is on the next day (a night shift, 22:00–06:00); `overnight` says so, to show it.
 */
export function shiftInstants(
  date: string,
  start: string,
  end: string,
  timeZone: string,
): { startsAt: string; endsAt: string; overnight: boolean } | null {
  if (!TIME.test(start) || !TIME.test(end)) return null;
  const overnight = end <= start;
  const startsAt = zonedInstant(date, start, timeZone);
  const endsAt = DATE.test(date) ? zonedInstant(overnight ? nextDate(date) : date, end, timeZone) : null;
  return startsAt && endsAt ? { startsAt, endsAt, overnight } : null;
}
