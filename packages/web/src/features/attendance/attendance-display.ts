import type { MantineColor } from '@mantine/core';
import type { TAttendanceStatus } from '@musubi/shared';

const STATUS_COLORS: Record<TAttendanceStatus, MantineColor> = {
  open: 'blue',
  pending: 'orange',
  approved: 'teal',
  rejected: 'gray',
};

export function attendanceStatusColor(status: TAttendanceStatus): MantineColor {
  return STATUS_COLORS[status];
}

/** Credited minutes as hours and minutes (`{hours} h {minutes} min` in the catalogs). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** An ISO moment as the value of an `<input type="datetime-local">` in the device's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` (device time zone) as an ISO moment, or null when empty. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Today's calendar date on this device (YYYY-MM-DD), the approval queue's default day. */
export function todayOnDevice(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
