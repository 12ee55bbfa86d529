import {
  calendarDateIn,
  instantOf,
  type TAttendanceFlag,
  type TAttendanceMethod,
  type TAttendanceSettings,
  type TNeedTimelineData,
  type TScanAction,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { postServiceCredit } from '../ledger';
import { appendNeedTimelineEntry, requireNeed } from '../needs';
import { volunteerBasics } from '../volunteers';
import * as repo from './attendance.repository';
import { settle } from './attendance-rules';

/** One clock-in or clock-out, however it was made (scan, personal code, coordinator). */
export interface ClockInput {
  orgId: string;
  timeZone: string;
  volunteerId: string;
  opportunityId: string;
  /** The place whose code was scanned, if any (kept on a new record). */
  placeId?: string | null;
  /** The case (need) the visit serves, already checked (a coordinator's entry): set on the record. */
  needId?: string;
  /** The activity's category: the ledger's service kind. */
  serviceKind: string;
  action: TScanAction;
  at: Date;
  method: TAttendanceMethod;
  /** The staff member acting for the volunteer, or null for the volunteer's own scan. */
  recordedBy: string | null;
  /** Flags this scan brings (geofence, late sync). */
  eventFlags: TAttendanceFlag[];
  settings: TAttendanceSettings;
  requestId?: string;
}

/** Midnight to midnight of a service date in the organization's time zone. */
function dayBounds(serviceDate: string, timeZone: string): [Date, Date] {
  const [year, month, day] = serviceDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [
    instantOf({ year, month, day, hour: 0, minute: 0 }, timeZone),
    instantOf(
      { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
      timeZone,
    ),
  ];
}

const DAY = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whether a clock-out at `at` would close this record (open after a clock-in, or closed only by the job). */
function closableBy(record: repo.RecordRow | undefined, at: Date): boolean {
  if (!record?.clockInAt || record.clockInAt >= at || at.getTime() - record.clockInAt.getTime() >= DAY) return false;
  if (record.status === 'open') return !record.clockOutAt;
  return record.status === 'pending' && record.methodOut === 'auto';
}

function mergeFlags(...lists: readonly (readonly TAttendanceFlag[])[]): TAttendanceFlag[] {
  return [...new Set(lists.flat())].sort();
}

/**
 * Applies a clock-in or clock-out to the volunteer's record of that activity
 * and day, in the caller's transaction. Scans may come late and in any order,
 * so the pairing is by the times themselves:
 * - in, no record: opens one. in, a record with only a clock-out later than
 *   this: completes it. in while open: ATTENDANCE_ALREADY_OPEN.
 * - out, no record: keeps the clock-out, waiting for its clock-in. out, open
 *   record: closes it. out after the job closed a forgotten clock-out (not yet
 *   decided): the real time replaces the scheduled one.
 * - anything that would put the clock-out before the clock-in:
 *   ATTENDANCE_OUT_BEFORE_IN; a day already complete: ATTENDANCE_ALREADY_CLOSED.
 * The day's lock makes concurrent scans of one person take turns.
 */
export async function applyClock(tx: Db, input: ClockInput): Promise<repo.RecordRow> {
  const { orgId, volunteerId, opportunityId, at } = input;
  const serviceDate = calendarDateIn(input.timeZone, at);
  // A night's work crosses midnight: a clock-out may close yesterday's record, a clock-in may
  // complete tomorrow's lone clock-out. Both days are locked, always the earlier first.
  const otherDate = addDays(serviceDate, input.action === 'out' ? -1 : 1);
  await repo.lockKeys(
    tx,
    [serviceDate, otherDate].sort().map((date) => `attendance:${orgId}:${volunteerId}:${date}`),
  );
  const days = await repo.findRecordsOfDays(tx, orgId, volunteerId, opportunityId, [serviceDate, otherDate]);
  const sameDay = days.find((row) => row.serviceDate === serviceDate);
  const otherDay = days.find((row) => row.serviceDate === otherDate);
  let record = sameDay;
  if (input.action === 'out' && !closableBy(sameDay, at) && closableBy(otherDay, at)) record = otherDay;

  if (!record) {
    const [dayStart, dayEnd] = dayBounds(serviceDate, input.timeZone);
    const shift = await repo.findConfirmedShift(tx, orgId, volunteerId, opportunityId, dayStart, dayEnd, at);
    const lone =
      input.action === 'in' && otherDay?.status === 'open' && !otherDay.clockInAt && otherDay.clockOutAt
        ? otherDay
        : undefined;
    if (lone?.clockOutAt && lone.clockOutAt > at && lone.clockOutAt.getTime() - at.getTime() < DAY) {
      // Yesterday evening's clock-in for the clock-out that arrived first: the record belongs to the clock-in's day.
      record = await repo.updateRecord(tx, orgId, lone.id, {
        serviceDate,
        shiftId: shift?.shiftId ?? null,
        roleName: shift?.roleName ?? null,
      });
    } else {
      return repo.insertRecord(tx, {
        orgId,
        volunteerId,
        opportunityId,
        shiftId: shift?.shiftId ?? null,
        roleName: shift?.roleName ?? null,
        placeId: input.placeId ?? null,
        needId: input.needId ?? null,
        serviceDate,
        status: 'open',
        ...(input.action === 'in'
          ? { clockInAt: at, methodIn: input.method }
          : { clockOutAt: at, methodOut: input.method }),
        flags: mergeFlags(input.eventFlags),
        recordedBy: input.recordedBy,
      });
    }
  }
  if (record.status === 'approved' || record.status === 'rejected') throw new AppError('ATTENDANCE_ALREADY_CLOSED');
  if (input.needId && record.needId !== input.needId) {
    record = await repo.updateRecord(tx, orgId, record.id, { needId: input.needId });
  }

  const recordedBy = input.recordedBy ?? record.recordedBy;
  if (input.action === 'in') {
    if (record.clockInAt) {
      throw new AppError(record.clockOutAt ? 'ATTENDANCE_ALREADY_CLOSED' : 'ATTENDANCE_ALREADY_OPEN');
    }
    // Only a clock-out so far: this clock-in completes it.
    const clockOutAt = record.clockOutAt;
    if (!clockOutAt || at >= clockOutAt) throw new AppError('ATTENDANCE_OUT_BEFORE_IN');
    // The shift is the one nearest the clock-in (the clock-out alone may have picked a later one that day).
    const [dayStart, dayEnd] = dayBounds(record.serviceDate, input.timeZone);
    const shift = await repo.findConfirmedShift(tx, orgId, volunteerId, opportunityId, dayStart, dayEnd, at);
    if (shift && shift.shiftId !== record.shiftId) {
      record = await repo.updateRecord(tx, orgId, record.id, { shiftId: shift.shiftId, roleName: shift.roleName });
    }
    return closeRecord(tx, record, {
      clockInAt: at,
      clockOutAt,
      methodIn: input.method,
      methodOut: record.methodOut,
      flags: mergeFlags(
        record.flags.filter((flag) => flag !== 'no_clock_in'),
        input.eventFlags,
      ),
      recordedBy,
      settings: input.settings,
      serviceKind: input.serviceKind,
      requestId: input.requestId,
    });
  }

  if (!record.clockInAt) throw new AppError('ATTENDANCE_ALREADY_CLOSED');
  const replacesAutoClose = record.status === 'pending' && record.methodOut === 'auto';
  if (record.clockOutAt && !replacesAutoClose) throw new AppError('ATTENDANCE_ALREADY_CLOSED');
  if (at <= record.clockInAt) throw new AppError('ATTENDANCE_OUT_BEFORE_IN');
  return closeRecord(tx, record, {
    clockInAt: record.clockInAt,
    clockOutAt: at,
    methodIn: record.methodIn,
    methodOut: input.method,
    flags: mergeFlags(
      record.flags.filter((flag) => flag !== 'no_clock_out'),
      input.eventFlags,
    ),
    recordedBy,
    settings: input.settings,
    serviceKind: input.serviceKind,
    requestId: input.requestId,
  });
}

export interface CloseInput {
  clockInAt: Date;
  clockOutAt: Date;
  methodIn: TAttendanceMethod | null;
  methodOut: TAttendanceMethod | null;
  flags: TAttendanceFlag[];
  recordedBy: string | null;
  settings: TAttendanceSettings;
  serviceKind: string;
  requestId?: string;
  /**
   * A coordinator's correction: approved by that decision, whatever the flags.
   * `creditKey` is the ledger key of its credit when the record was credited
   * before (that credit is reversed, so the first key is spent); `auditExtra`
   * the earlier figures for the audit entry.
   */
  decision?: { accountId: string; reason: string; creditKey?: string; auditExtra?: Record<string, unknown> };
}

/**
 * Settles a complete record by the rules: credited time and flags, then
 * approved (and credited to the ledger in the same transaction) when nothing
 * is flagged or a coordinator decided, else pending in the approval queue.
 */
export async function closeRecord(tx: Db, record: repo.RecordRow, input: CloseInput): Promise<repo.RecordRow> {
  const shift = record.shiftId ? await repo.findShiftTimes(tx, record.orgId, record.shiftId) : undefined;
  const otherMinutesToday = await repo.otherMinutesOfDay(
    tx,
    record.orgId,
    record.volunteerId,
    record.serviceDate,
    record.id,
  );
  const settlement = settle({
    clockInAt: input.clockInAt,
    clockOutAt: input.clockOutAt,
    shift: shift ?? null,
    settings: input.settings,
    otherMinutesToday,
    eventFlags: input.flags,
  });
  const approve = !!input.decision || settlement.autoApprove;
  const updated = await repo.updateRecord(tx, record.orgId, record.id, {
    clockInAt: input.clockInAt,
    clockOutAt: input.clockOutAt,
    methodIn: input.methodIn,
    methodOut: input.methodOut,
    creditedStart: settlement.creditedStart,
    creditedEnd: settlement.creditedEnd,
    creditedMinutes: settlement.creditedMinutes,
    flags: settlement.flags,
    recordedBy: input.recordedBy,
    status: 'pending',
  });
  if (!approve) return updated;
  const decide = (db: Db) =>
    approveRecord(db, updated, {
      accountId: input.decision?.accountId ?? null,
      reason: input.decision?.reason ?? null,
      serviceKind: input.serviceKind,
      requestId: input.requestId,
      audit: input.decision ? 'ATTENDANCE_CORRECTED' : 'ATTENDANCE_APPROVED',
      creditKey: input.decision?.creditKey,
      auditExtra: input.decision?.auditExtra,
    });
  if (input.decision) return decide(tx);
  try {
    // In a savepoint: when the ledger refuses the credit (say, a pool at its floor), the clock-out still
    // counts and the record waits in the queue, where a coordinator's approval shows the ledger's reason.
    return await tx.transaction((sp) => decide(sp));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return updated;
  }
}

/**
 * Writes a case visit's credit, or its reversal, into the case's timeline (the
 * volunteer named as they are now); nothing for a visit linked to no case.
 */
export async function noteVisitOnCase<K extends 'visit_approved' | 'visit_reversed'>(
  tx: Db,
  record: repo.RecordRow,
  actorAccountId: string | null,
  kind: K,
  facts: Omit<TNeedTimelineData<K>, 'attendanceId' | 'volunteerName' | 'serviceDate'>,
): Promise<void> {
  if (!record.needId) return;
  const volunteer = (await volunteerBasics(tx, record.orgId, [record.volunteerId])).get(record.volunteerId);
  const visit = { attendanceId: record.id, volunteerName: volunteer?.name ?? '', serviceDate: record.serviceDate };
  await appendNeedTimelineEntry(tx, {
    orgId: record.orgId,
    needId: record.needId,
    kind,
    actorAccountId,
    data: { ...visit, ...facts } as TNeedTimelineData<K>,
  });
}

/**
 * Marks a complete record approved, credits its minutes to the ledger (same
 * transaction; the attendance id is the idempotency key) and writes the audit
 * entry with who decided (null: approved automatically within the tolerance).
 * A visit linked to a case names the case's recipient, who pays the credits
 * in mutual-exchange mode, and is written into the case's timeline.
 */
export async function approveRecord(
  tx: Db,
  record: repo.RecordRow,
  decision: {
    accountId: string | null;
    reason: string | null;
    serviceKind: string;
    requestId?: string;
    audit: 'ATTENDANCE_APPROVED' | 'ATTENDANCE_CORRECTED';
    /** Default `attendance:<record id>`. */
    creditKey?: string;
    /** What the audit entry adds (a correction's earlier figures). */
    auditExtra?: Record<string, unknown>;
  },
): Promise<repo.RecordRow> {
  const minutes = record.creditedMinutes ?? 0;
  const recipientId = record.needId ? (await requireNeed(tx, record.orgId, record.needId)).recipientId : null;
  const credit =
    minutes > 0
      ? await postServiceCredit(tx, {
          orgId: record.orgId,
          volunteerId: record.volunteerId,
          minutes,
          serviceDate: record.serviceDate,
          serviceKind: decision.serviceKind,
          recipientId,
          sourceId: record.id,
          idempotencyKey: decision.creditKey ?? `attendance:${record.id}`,
          actorAccountId: decision.accountId,
        })
      : null;
  const approved = await repo.updateRecord(tx, record.orgId, record.id, {
    status: 'approved',
    decidedBy: decision.accountId,
    decidedAt: new Date(),
    decisionReason: decision.reason,
    ledgerTransferId: credit?.transferId ?? null,
  });
  // The case's timeline shows the visit, so whoever follows the case sees the help given.
  await noteVisitOnCase(tx, record, decision.accountId, 'visit_approved', {
    minutes,
    corrected: decision.audit === 'ATTENDANCE_CORRECTED',
  });
  await recordAudit(tx, {
    orgId: record.orgId,
    actorAccountId: decision.accountId,
    action: decision.audit,
    targetType: 'attendance_record',
    targetId: record.id,
    summary: {
      volunteerId: record.volunteerId,
      serviceDate: record.serviceDate,
      creditedMinutes: minutes,
      flags: record.flags,
      automatic: decision.accountId === null,
      ...(decision.reason ? { reason: decision.reason } : {}),
      ...(record.needId ? { needId: record.needId } : {}),
      ...(decision.audit === 'ATTENDANCE_CORRECTED'
        ? { clockInAt: record.clockInAt?.toISOString(), clockOutAt: record.clockOutAt?.toISOString() }
        : {}),
      ...decision.auditExtra,
    },
    requestId: decision.requestId,
  });
  return approved;
}
