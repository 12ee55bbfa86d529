import type {
  TAttendanceRecord,
  TAttendanceRecordListQuery,
  TBulkApproveFailure,
  TCorrectAttendanceRequest,
  TMyAttendanceRecord,
  TRecordAttendanceRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { findOpportunity } from '../opportunities';
import { getOrganization } from '../organizations';
import { volunteerBasics } from '../volunteers';
import * as repo from './attendance.repository';
import { getAttendanceSettings } from './attendance-settings.service';
import { applyClock, approveRecord, closeRecord } from './clocking.service';
import { toAttendanceRecord, toMyAttendanceRecord } from './views';

// ---------------------------------------------------------------- reading

export async function listAttendanceRecords(
  db: Db,
  orgId: string,
  query: TAttendanceRecordListQuery,
): Promise<TAttendanceRecord[]> {
  return (await repo.listRecordViews(db, orgId, query)).map(toAttendanceRecord);
}

export async function getAttendanceRecord(db: Db, orgId: string, id: string): Promise<TAttendanceRecord> {
  const [view] = await repo.findRecordViews(db, orgId, [id]);
  if (!view) throw new AppError('ATTENDANCE_RECORD_NOT_FOUND');
  return toAttendanceRecord(view);
}

/** The signed-in person's own records in every organization, most recent first. */
export async function listMyAttendance(db: Db, accountId: string, limit: number): Promise<TMyAttendanceRecord[]> {
  return (await repo.listRecordViewsOfAccount(db, accountId, limit)).map(toMyAttendanceRecord);
}

// ---------------------------------------------------------------- decisions

/** The record, locked, if it may still be decided. */
async function decidable(tx: Db, orgId: string, id: string): Promise<repo.RecordRow> {
  const record = await repo.findRecord(tx, orgId, id, true);
  if (!record) throw new AppError('ATTENDANCE_RECORD_NOT_FOUND');
  if (record.status === 'approved' || record.status === 'rejected') throw new AppError('ATTENDANCE_ALREADY_DECIDED');
  return record;
}

async function serviceKindOf(tx: Db, record: repo.RecordRow): Promise<string> {
  return (await findOpportunity(tx, record.orgId, record.opportunityId)).category;
}

async function approveIn(tx: Db, actor: Actor, orgId: string, id: string, reason: string | null) {
  const record = await decidable(tx, orgId, id);
  if (record.status !== 'pending' || !record.clockInAt || !record.clockOutAt)
    throw new AppError('ATTENDANCE_NOT_COMPLETE');
  return approveRecord(tx, record, {
    accountId: actor.accountId,
    reason,
    serviceKind: await serviceKindOf(tx, record),
    requestId: actor.requestId,
    audit: 'ATTENDANCE_APPROVED',
  });
}

/** A coordinator approves a pending record: its credited minutes go to the ledger in the same transaction. */
export async function approveAttendance(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  reason: string | null,
): Promise<TAttendanceRecord> {
  await db.transaction((tx) => approveIn(tx, actor, orgId, id, reason));
  return getAttendanceRecord(db, orgId, id);
}

/**
 * Approves every listed record or none: each id is tried in turn, and if any
 * fails, the whole batch is rolled back and ATTENDANCE_BULK_REFUSED lists
 * each failing id with its error code.
 */
export async function bulkApproveAttendance(
  db: Db,
  actor: Actor,
  orgId: string,
  ids: string[],
  reason: string | null,
): Promise<TAttendanceRecord[]> {
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    const failures: TBulkApproveFailure[] = [];
    for (const id of unique) {
      try {
        await tx.transaction((sp) => approveIn(sp, actor, orgId, id, reason));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failures.push({ id, code: error.code });
      }
    }
    if (failures.length > 0) {
      throw new AppError('ATTENDANCE_BULK_REFUSED', { failures, count: failures.length });
    }
  });
  const views = await repo.findRecordViews(db, orgId, unique);
  const byId = new Map(views.map((view) => [view.record.id, toAttendanceRecord(view)]));
  return unique.map((id) => byId.get(id) as TAttendanceRecord);
}

/** A coordinator rejects a record (no credit), with the reason. */
export async function rejectAttendance(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  reason: string,
): Promise<TAttendanceRecord> {
  await db.transaction(async (tx) => {
    const record = await decidable(tx, orgId, id);
    await repo.updateRecord(tx, orgId, id, {
      status: 'rejected',
      decidedBy: actor.accountId,
      decidedAt: new Date(),
      decisionReason: reason,
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'ATTENDANCE_REJECTED',
      targetType: 'attendance_record',
      targetId: id,
      summary: { volunteerId: record.volunteerId, serviceDate: record.serviceDate, reason },
      requestId: actor.requestId,
    });
  });
  return getAttendanceRecord(db, orgId, id);
}

/**
 * A coordinator sets the times (an open record, a forgotten clock-out, a
 * wrong scan) with the reason: the rules credit the corrected times, the
 * record is flagged `corrected` and approved by that decision.
 */
export async function correctAttendance(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  correction: TCorrectAttendanceRequest,
): Promise<TAttendanceRecord> {
  await db.transaction(async (tx) => {
    const record = await decidable(tx, orgId, id);
    await repo.lockKey(tx, `attendance:${orgId}:${record.volunteerId}:${record.serviceDate}`);
    await closeRecord(tx, record, {
      clockInAt: new Date(correction.clockInAt),
      clockOutAt: new Date(correction.clockOutAt),
      methodIn: record.methodIn ?? 'coordinator',
      methodOut: record.methodOut === 'auto' || !record.methodOut ? 'coordinator' : record.methodOut,
      flags: [...new Set([...record.flags.filter((flag) => flag !== 'no_clock_in'), 'corrected' as const])],
      recordedBy: record.recordedBy,
      settings: await getAttendanceSettings(tx, orgId),
      serviceKind: await serviceKindOf(tx, record),
      requestId: actor.requestId,
      decision: { accountId: actor.accountId, reason: correction.reason },
    });
  });
  return getAttendanceRecord(db, orgId, id);
}

// ---------------------------------------------------------------- on behalf

/**
 * A coordinator records attendance for someone without a phone: the clock-in
 * and, when given, the clock-out go through the same rules as scans, marked
 * as made by the coordinator on the volunteer's behalf.
 */
export async function recordAttendanceOnBehalf(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TRecordAttendanceRequest,
  now = new Date(),
): Promise<TAttendanceRecord> {
  const clockInAt = new Date(input.clockInAt);
  const clockOutAt = input.clockOutAt ? new Date(input.clockOutAt) : null;
  if (clockInAt > now || (clockOutAt && clockOutAt > now)) {
    throw new AppError('VALIDATION_FAILED', {}, [
      {
        path: clockOutAt && clockOutAt > now ? 'clockOutAt' : 'clockInAt',
        in: 'body',
        code: 'custom',
        messageKey: 'validation.future_time',
      },
    ]);
  }
  const id = await db.transaction(async (tx) => {
    const organization = await getOrganization(tx, orgId);
    const volunteer = (await volunteerBasics(tx, orgId, [input.volunteerId])).get(input.volunteerId);
    if (!volunteer || volunteer.status === 'merged') throw new AppError('VOLUNTEER_NOT_FOUND');
    const opportunity = await findOpportunity(tx, orgId, input.opportunityId);
    const settings = await getAttendanceSettings(tx, orgId);
    const common = {
      orgId,
      timeZone: organization.timeZone,
      volunteerId: volunteer.id,
      opportunityId: opportunity.id,
      serviceKind: opportunity.category,
      method: 'coordinator' as const,
      recordedBy: actor.accountId,
      eventFlags: [],
      settings,
      requestId: actor.requestId,
    };
    let record = await applyClock(tx, { ...common, action: 'in', at: clockInAt });
    if (clockOutAt) record = await applyClock(tx, { ...common, action: 'out', at: clockOutAt });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'ATTENDANCE_RECORDED',
      targetType: 'attendance_record',
      targetId: record.id,
      summary: {
        volunteerId: volunteer.id,
        opportunityId: opportunity.id,
        clockInAt: input.clockInAt,
        clockOutAt: input.clockOutAt ?? null,
      },
      requestId: actor.requestId,
    });
    return record.id;
  });
  return getAttendanceRecord(db, orgId, id);
}
