import { DEFAULT_ATTENDANCE_SETTINGS } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { findOpportunity } from '../opportunities';
import * as repo from './attendance.repository';
import { getAttendanceSettings } from './attendance-settings.service';
import { closeRecord } from './clocking.service';

export const ATTENDANCE_AUTO_CLOSE_JOB = 'attendance.close-forgotten';

const HOUR = 3_600_000;

/**
 * Closes forgotten clock-outs: an open record is closed at its shift's
 * scheduled end (or the set hours after the clock-in without a shift), once
 * that time has passed, and flagged `no_clock_out` for a coordinator's look.
 * A clock-out whose clock-in never came within the offline window goes to the
 * queue too, flagged `no_clock_in`. Each record in its own transaction; a
 * real clock-out arriving later still replaces the scheduled one.
 */
export async function closeForgottenClockOuts(db: Db, now = new Date()): Promise<number> {
  let closed = 0;
  for (const row of await repo.listOpenWithClockIn(db)) {
    if (!row.clockInAt) continue;
    const hours = row.autoCloseAfterHours ?? DEFAULT_ATTENDANCE_SETTINGS.autoCloseAfterHours;
    const closeAt = row.shiftEndsAt ?? new Date(row.clockInAt.getTime() + hours * HOUR);
    if (closeAt > now || closeAt <= row.clockInAt) continue;
    const done = await db.transaction(async (tx) => {
      const record = await repo.findRecord(tx, row.orgId, row.id, true);
      if (record?.status !== 'open' || !record.clockInAt || record.clockOutAt) return false;
      await repo.lockKey(tx, `attendance:${record.orgId}:${record.volunteerId}:${record.serviceDate}`);
      const settings = await getAttendanceSettings(tx, record.orgId);
      const opportunity = await findOpportunity(tx, record.orgId, record.opportunityId);
      await closeRecord(tx, record, {
        clockInAt: record.clockInAt,
        clockOutAt: closeAt,
        methodIn: record.methodIn,
        methodOut: 'auto',
        flags: [...record.flags, 'no_clock_out'],
        recordedBy: record.recordedBy,
        settings,
        serviceKind: opportunity.category,
      });
      await recordAudit(tx, {
        orgId: record.orgId,
        actorAccountId: null,
        action: 'ATTENDANCE_AUTO_CLOSED',
        targetType: 'attendance_record',
        targetId: record.id,
        summary: { volunteerId: record.volunteerId, clockOutAt: closeAt.toISOString() },
      });
      return true;
    });
    if (done) closed++;
  }
  for (const row of await repo.listOpenWithoutClockIn(db)) {
    const hours = row.offlineWindowHours ?? DEFAULT_ATTENDANCE_SETTINGS.offlineWindowHours;
    if (!row.clockOutAt || row.clockOutAt.getTime() + hours * HOUR > now.getTime()) continue;
    await db.transaction(async (tx) => {
      const record = await repo.findRecord(tx, row.orgId, row.id, true);
      if (record?.status !== 'open' || record.clockInAt) return;
      await repo.updateRecord(tx, record.orgId, record.id, {
        status: 'pending',
        creditedMinutes: 0,
        flags: [...new Set([...record.flags, 'no_clock_in' as const])].sort(),
      });
      await recordAudit(tx, {
        orgId: record.orgId,
        actorAccountId: null,
        action: 'ATTENDANCE_AUTO_CLOSED',
        targetType: 'attendance_record',
        targetId: record.id,
        summary: { volunteerId: record.volunteerId, noClockIn: true },
      });
    });
    closed++;
  }
  return closed;
}
