import type { TAttendanceFlag, TAttendanceSettings } from '@musubi/shared';

/** Flags the rules derive from times; recomputed whenever a record's times change. */
export const RULE_FLAGS: readonly TAttendanceFlag[] = [
  'late_arrival',
  'left_early',
  'stayed_late',
  'no_shift',
  'daily_max',
];

export interface SettleInput {
  clockInAt: Date;
  clockOutAt: Date;
  /** The volunteer's confirmed shift of this activity that day, if any. */
  shift: { startsAt: Date; endsAt: Date } | null;
  settings: TAttendanceSettings;
  /** Minutes already credited to the volunteer that day in this organization (other records, not rejected). */
  otherMinutesToday: number;
  /** Flags from the scans themselves (geofence, late sync, forgotten clock-out, correction), kept as they are. */
  eventFlags: readonly TAttendanceFlag[];
}

export interface Settlement {
  creditedStart: Date;
  creditedEnd: Date;
  creditedMinutes: number;
  flags: TAttendanceFlag[];
  /** No flag at all: approved without a coordinator's look. */
  autoApprove: boolean;
}

const MINUTE = 60_000;

/**
 * Turns a complete clock-in/clock-out into credited time and flags.
 * - Only time on site counts (travel is never in it): credit runs from clock-in to clock-out.
 * - Before the shift's start counts only when the organization allows it; a late arrival
 *   simply starts the credit at the clock-in.
 * - The daily maximum cuts the credit (flagged), counting the day's other records.
 * - Within the tolerance around the shift's start and end, and without any flag, the record
 *   is approved automatically; otherwise it goes to the approval queue.
 */
export function settle(input: SettleInput): Settlement {
  const { clockInAt, clockOutAt, shift, settings } = input;
  const tolerance = settings.autoApproveToleranceMinutes * MINUTE;
  const flags = new Set<TAttendanceFlag>(input.eventFlags.filter((flag) => !RULE_FLAGS.includes(flag)));

  let start = clockInAt;
  if (shift && !settings.creditBeforeShiftStart && shift.startsAt > start) start = shift.startsAt;
  let minutes = Math.max(0, Math.floor((clockOutAt.getTime() - start.getTime()) / MINUTE));

  if (settings.dailyMaxMinutes !== null) {
    const room = Math.max(0, settings.dailyMaxMinutes - input.otherMinutesToday);
    if (minutes > room) {
      minutes = room;
      flags.add('daily_max');
    }
  }

  if (!shift) flags.add('no_shift');
  else {
    if (clockInAt.getTime() > shift.startsAt.getTime() + tolerance) flags.add('late_arrival');
    if (clockOutAt.getTime() < shift.endsAt.getTime() - tolerance) flags.add('left_early');
    if (clockOutAt.getTime() > shift.endsAt.getTime() + tolerance) flags.add('stayed_late');
  }

  const creditedEnd = new Date(Math.max(start.getTime(), start.getTime() + minutes * MINUTE));
  const ordered = [...flags].sort();
  return {
    creditedStart: start,
    creditedEnd,
    creditedMinutes: minutes,
    flags: ordered,
    autoApprove: ordered.length === 0,
  };
}
