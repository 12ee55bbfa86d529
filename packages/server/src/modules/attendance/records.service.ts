import type {
  TAttendanceCase,
  TAttendanceRecord,
  TAttendanceRecordListQuery,
  TBulkApproveFailure,
  TCorrectAttendanceRequest,
  TMyAttendanceRecord,
  TRecordAttendanceRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { reverseServiceCredit } from '../ledger';
import { casesServedBy } from '../needs';
import { findOpportunity } from '../opportunities';
import { getOrganization } from '../organizations';
import { volunteerBasics } from '../volunteers';
import * as repo from './attendance.repository';
import { getAttendanceSettings } from './attendance-settings.service';
import { applyClock, approveRecord, closeRecord, noteVisitOnCase } from './clocking.service';
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

/** The record, locked. */
async function lockedRecord(tx: Db, orgId: string, id: string): Promise<repo.RecordRow> {
  const record = await repo.findRecord(tx, orgId, id, true);
  if (!record) throw new AppError('ATTENDANCE_RECORD_NOT_FOUND');
  return record;
}

/** The record, locked, if it may still be decided. */
async function decidable(tx: Db, orgId: string, id: string): Promise<repo.RecordRow> {
  const record = await lockedRecord(tx, orgId, id);
  if (record.status === 'approved' || record.status === 'rejected') throw new AppError('ATTENDANCE_ALREADY_DECIDED');
  return record;
}

/** A visit may be linked only to a case the volunteer serves (a volunteer-time line of theirs on it). */
async function requireCaseServed(tx: Db, orgId: string, volunteerId: string, needId: string): Promise<void> {
  const [served] = await casesServedBy(tx, orgId, volunteerId, needId);
  if (!served) throw new AppError('ATTENDANCE_CASE_NOT_SERVED', { needId });
}

/** The open cases a volunteer serves, to link a visit to (newest first). */
export async function listCasesOfVolunteer(db: Db, orgId: string, volunteerId: string): Promise<TAttendanceCase[]> {
  const rows = await casesServedBy(db, orgId, volunteerId);
  return rows.map((row) => ({ id: row.id, number: row.number, title: row.title }));
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
 * wrong scan) and, when given, the case the visit served, with the reason:
 * the rules credit the corrected times, the record is flagged `corrected` and
 * approved by that decision. A record already decided is corrected too: an
 * approved one's ledger credit is reversed first (a transfer pointing at it;
 * refused with ATTENDANCE_CREDIT_ALREADY_USED when the credits were used) and
 * the corrected minutes are credited anew, all in one transaction.
 */
export async function correctAttendance(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  correction: TCorrectAttendanceRequest,
): Promise<TAttendanceRecord> {
  await db.transaction(async (tx) => {
    let record = await lockedRecord(tx, orgId, id);
    await repo.lockKey(tx, `attendance:${orgId}:${record.volunteerId}:${record.serviceDate}`);
    if (correction.needId) await requireCaseServed(tx, orgId, record.volunteerId, correction.needId);
    const before = {
      previousStatus: record.status,
      previousMinutes: record.creditedMinutes,
      previousClockInAt: record.clockInAt?.toISOString() ?? null,
      previousClockOutAt: record.clockOutAt?.toISOString() ?? null,
    };
    let creditKey: string | undefined;
    let reversedTransferId: string | null = null;
    if (record.status === 'approved' && record.ledgerTransferId) {
      reversedTransferId = record.ledgerTransferId;
      const reversal = await reverseServiceCredit(tx, {
        orgId,
        transferId: record.ledgerTransferId,
        reason: correction.reason,
        actorAccountId: actor.accountId,
      });
      // The first key is spent on the reversed credit: the new credit is keyed by the reversal (unique per correction).
      creditKey = `attendance:${id}:after:${reversal}`;
      // The case's timeline showed the credit; it shows it taken back too (and the new one, if any, from approval).
      await noteVisitOnCase(tx, record, actor.accountId, 'visit_reversed', {
        minutes: record.creditedMinutes ?? 0,
        reason: correction.reason,
      });
    } else if (record.status === 'approved' || record.status === 'rejected') {
      // Decided before without a credit (nothing credited, or rejected): a fresh key all the same,
      // since an earlier correction may have spent `attendance:<id>` on a credit reversed since.
      creditKey = `attendance:${id}:correction:${newId()}`;
    }
    if (correction.needId !== undefined && correction.needId !== record.needId) {
      record = await repo.updateRecord(tx, orgId, id, { needId: correction.needId });
    }
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
      decision: {
        accountId: actor.accountId,
        reason: correction.reason,
        creditKey,
        auditExtra:
          before.previousStatus === 'open' || before.previousStatus === 'pending'
            ? {}
            : { ...before, reversedTransferId },
      },
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
    if (input.needId) await requireCaseServed(tx, orgId, volunteer.id, input.needId);
    const common = {
      orgId,
      needId: input.needId ?? undefined,
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
        ...(input.needId ? { needId: input.needId } : {}),
      },
      requestId: actor.requestId,
    });
    return record.id;
  });
  return getAttendanceRecord(db, orgId, id);
}
