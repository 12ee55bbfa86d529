import { DEFAULT_ATTENDANCE_SETTINGS, type TAttendanceSettings } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import type { Actor } from '../../platform/http/deps';
import { getOrganization } from '../organizations';
import * as repo from './attendance.repository';

/** The organization's attendance rules; defaults until someone saves them. */
export async function getAttendanceSettings(db: Db, orgId: string): Promise<TAttendanceSettings> {
  const row = await repo.findSettings(db, orgId);
  if (!row) return DEFAULT_ATTENDANCE_SETTINGS;
  return {
    creditBeforeShiftStart: row.creditBeforeShiftStart,
    autoApproveToleranceMinutes: row.autoApproveToleranceMinutes,
    autoCloseAfterHours: row.autoCloseAfterHours,
    dailyMaxMinutes: row.dailyMaxMinutes,
    offlineWindowHours: row.offlineWindowHours,
  };
}

/** Saves the rules (they apply to records closed from now on) with an audit entry of what changed. */
export async function updateAttendanceSettings(
  db: Db,
  actor: Actor,
  orgId: string,
  next: TAttendanceSettings,
): Promise<TAttendanceSettings> {
  return db.transaction(async (tx) => {
    await getOrganization(tx, orgId);
    const current = await getAttendanceSettings(tx, orgId);
    await repo.upsertSettings(tx, { orgId, ...next });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'ATTENDANCE_SETTINGS_UPDATED',
      targetType: 'organization',
      targetId: orgId,
      summary: Object.fromEntries(
        Object.entries(next).filter(([key, value]) => current[key as keyof TAttendanceSettings] !== value),
      ),
      requestId: actor.requestId,
    });
    return next;
  });
}
