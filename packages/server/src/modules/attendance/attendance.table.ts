import {
  ATTENDANCE_METHODS,
  ATTENDANCE_STATUSES,
  SCAN_ACTIONS,
  SCAN_KINDS,
  type TAttendanceFlag,
  type TScanResponse,
} from '@musubi/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { sqlValueList } from '../../platform/db/sql-text';
import { needTable } from '../needs/needs.table';
import { opportunityTable, shiftTable } from '../opportunities/opportunities.table';
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';
import { volunteerTable } from '../volunteers/volunteers.table';

/** An organization's attendance rules. One row, written on the first change; defaults until then. */
export const attendanceSettingsTable = pgTable(
  'attendance_settings',
  {
    orgId: uuid('org_id').primaryKey(),
    creditBeforeShiftStart: boolean('credit_before_shift_start').notNull(),
    autoApproveToleranceMinutes: integer('auto_approve_tolerance_minutes').notNull(),
    autoCloseAfterHours: integer('auto_close_after_hours').notNull(),
    dailyMaxMinutes: integer('daily_max_minutes'),
    offlineWindowHours: integer('offline_window_hours').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] })],
);

/**
 * An activity as a check-in site: its geofence and the generation of its
 * printed poster code (re-issuing increments it, so older posters stop
 * working). Written on the first change; generation 1 and no geofence until then.
 */
export const attendanceSiteTable = pgTable(
  'attendance_site',
  {
    orgId: uuid('org_id').notNull(),
    opportunityId: uuid('opportunity_id').notNull(),
    geofenceRadiusM: integer('geofence_radius_m'),
    posterGeneration: integer('poster_generation').notNull().default(1),
    posterIssuedAt: timestamp('poster_issued_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.opportunityId] }),
    foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunityTable.orgId, opportunityTable.id] }),
    check('attendance_site_radius_check', sql`${t.geofenceRadiusM} is null or ${t.geofenceRadiusM} > 0`),
  ],
);

/**
 * A place of an activity with its own check-in codes (an entrance, a satellite
 * site): its own coordinates and geofence, falling back to the activity's.
 */
export const attendancePlaceTable = pgTable(
  'attendance_place',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    opportunityId: uuid('opportunity_id').notNull(),
    name: text('name').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    geofenceRadiusM: integer('geofence_radius_m'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunityTable.orgId, opportunityTable.id] }),
    index('attendance_place_opportunity_idx').on(t.orgId, t.opportunityId),
    check('attendance_place_radius_check', sql`${t.geofenceRadiusM} is null or ${t.geofenceRadiusM} > 0`),
  ],
);

/**
 * A volunteer record's personal code: only the current generation verifies,
 * so renewing it revokes every earlier one (a lost phone, a printed card).
 */
export const attendancePersonalCodeTable = pgTable(
  'attendance_personal_code',
  {
    orgId: uuid('org_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    generation: integer('generation').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.volunteerId] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
  ],
);

/**
 * One volunteer's attendance at one activity on one service date (in the
 * organization's time zone). Clock-in and clock-out may arrive in either
 * order (offline queues), so either may be missing while the record is open.
 * Certificates and the service record read approved rows.
 */
export const attendanceRecordTable = pgTable(
  'attendance_record',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    volunteerId: uuid('volunteer_id').notNull(),
    opportunityId: uuid('opportunity_id').notNull(),
    shiftId: uuid('shift_id'),
    /** The case (need) the visit served: its recipient pays the credits in mutual-exchange mode. */
    needId: uuid('need_id'),
    /** The place whose code was scanned first, when the activity has several. */
    placeId: uuid('place_id'),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
    clockInAt: timestamp('clock_in_at', { withTimezone: true }),
    clockOutAt: timestamp('clock_out_at', { withTimezone: true }),
    creditedStart: timestamp('credited_start', { withTimezone: true }),
    creditedEnd: timestamp('credited_end', { withTimezone: true }),
    creditedMinutes: integer('credited_minutes'),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    roleName: text('role_name'),
    flags: text('flags').array().$type<TAttendanceFlag[]>().notNull().default(sql`'{}'`),
    methodIn: text('method_in', { enum: ATTENDANCE_METHODS }),
    methodOut: text('method_out', { enum: ATTENDANCE_METHODS }),
    /** The staff member who scanned a personal code or recorded on the volunteer's behalf (the last one). */
    recordedBy: uuid('recorded_by'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    ledgerTransferId: uuid('ledger_transfer_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunityTable.orgId, opportunityTable.id] }),
    foreignKey({ columns: [t.orgId, t.shiftId], foreignColumns: [shiftTable.orgId, shiftTable.id] }),
    foreignKey({ columns: [t.orgId, t.needId], foreignColumns: [needTable.orgId, needTable.id] }),
    foreignKey({
      columns: [t.orgId, t.placeId],
      foreignColumns: [attendancePlaceTable.orgId, attendancePlaceTable.id],
    }),
    foreignKey({ columns: [t.recordedBy], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.decidedBy], foreignColumns: [accountTable.id] }),
    // The pairing rule: one record per volunteer, activity and day, however the scans arrive.
    uniqueIndex('attendance_record_day_key').on(t.orgId, t.volunteerId, t.opportunityId, t.serviceDate),
    index('attendance_record_queue_idx').on(t.orgId, t.status, t.serviceDate),
    index('attendance_record_open_idx').on(t.status).where(sql`${t.status} = 'open'`),
    check('attendance_record_status_check', sql`${t.status} in (${sqlValueList(ATTENDANCE_STATUSES)})`),
    check(
      'attendance_record_times_check',
      sql`${t.clockInAt} is null or ${t.clockOutAt} is null or ${t.clockInAt} < ${t.clockOutAt}`,
    ),
    check('attendance_record_minutes_check', sql`${t.creditedMinutes} is null or ${t.creditedMinutes} >= 0`),
    check(
      'attendance_record_closed_check',
      sql`${t.status} = 'open' or ${t.status} = 'rejected' or ${t.creditedMinutes} is not null`,
    ),
  ],
);

/**
 * Every scan a device sent, by its client-made id, with a hash of what was
 * sent and the answer given: a replay gets the same answer, a different body
 * under the same id is refused. Scans whose code names no organization are
 * answered without being stored (their answer depends on the body alone).
 */
export const attendanceScanTable = pgTable(
  'attendance_scan',
  {
    orgId: uuid('org_id').notNull(),
    /** The device's UUIDv7. */
    id: uuid('id').notNull(),
    accountId: uuid('account_id').notNull(),
    requestHash: text('request_hash').notNull(),
    kind: text('kind', { enum: SCAN_KINDS }).notNull(),
    action: text('action', { enum: SCAN_ACTIONS }).notNull(),
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
    outcome: jsonb('outcome').$type<TScanResponse>().notNull(),
    attendanceId: uuid('attendance_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.accountId], foreignColumns: [accountTable.id] }),
    foreignKey({
      columns: [t.orgId, t.attendanceId],
      foreignColumns: [attendanceRecordTable.orgId, attendanceRecordTable.id],
    }),
    // A scan id is looked up before its organization is known.
    index('attendance_scan_id_idx').on(t.id),
  ],
);
