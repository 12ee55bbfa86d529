import type { TAttendanceRecord, TAttendanceSummary, TMyAttendanceRecord } from '@musubi/shared';
import type { RecordRow, RecordViewRow } from './attendance.repository';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The record as the API shows it to the organization. */
export function toAttendanceRecord(view: RecordViewRow): TAttendanceRecord {
  const r = view.record;
  return {
    id: r.id,
    orgId: r.orgId,
    volunteerId: r.volunteerId,
    volunteerName: view.volunteerName,
    opportunityId: r.opportunityId,
    opportunityTitle: view.opportunityTitle,
    shiftId: r.shiftId,
    shiftStartsAt: iso(view.shiftStartsAt),
    shiftEndsAt: iso(view.shiftEndsAt),
    roleName: r.roleName,
    placeId: r.placeId,
    placeName: view.placeName,
    needId: r.needId,
    needNumber: view.needNumber,
    needTitle: view.needTitle,
    serviceDate: r.serviceDate,
    status: r.status,
    clockInAt: iso(r.clockInAt),
    clockOutAt: iso(r.clockOutAt),
    creditedStart: iso(r.creditedStart),
    creditedEnd: iso(r.creditedEnd),
    creditedMinutes: r.creditedMinutes,
    flags: r.flags,
    methodIn: r.methodIn,
    methodOut: r.methodOut,
    recordedByName: view.recordedByName,
    decidedByName: view.decidedByName,
    decidedAt: iso(r.decidedAt),
    decisionReason: r.decisionReason,
    ledgerTransferId: r.ledgerTransferId,
    createdAt: r.createdAt.toISOString(),
  };
}

export function toMyAttendanceRecord(view: RecordViewRow): TMyAttendanceRecord {
  // The case's title may name the person helped: the organization's view only.
  return { ...toAttendanceRecord(view), needTitle: null, organizationName: view.organizationName };
}

/** What the scanning screen shows. */
export function toAttendanceSummary(
  record: RecordRow,
  names: { opportunityTitle: string; placeName: string | null; volunteerName: string },
): TAttendanceSummary {
  return {
    id: record.id,
    status: record.status,
    clockInAt: iso(record.clockInAt),
    clockOutAt: iso(record.clockOutAt),
    creditedMinutes: record.creditedMinutes,
    flags: record.flags,
    ...names,
  };
}
