import type { TAttendanceFlag, TAttendanceStatus } from '@musubi/shared';
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client';
import { needTable } from '../needs/needs.table';
import { opportunityTable, shiftRoleTable, shiftTable } from '../opportunities/opportunities.table';
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';
import { shiftSignupTable } from '../signups/signups.table';
import { volunteerTable } from '../volunteers/volunteers.table';
import {
  attendancePersonalCodeTable,
  attendancePlaceTable,
  attendanceRecordTable,
  attendanceScanTable,
  attendanceSettingsTable,
  attendanceSiteTable,
} from './attendance.table';

export type RecordRow = typeof attendanceRecordTable.$inferSelect;
export type NewRecordRow = typeof attendanceRecordTable.$inferInsert;
export type ScanRow = typeof attendanceScanTable.$inferSelect;
export type SettingsRow = typeof attendanceSettingsTable.$inferSelect;
export type SiteRow = typeof attendanceSiteTable.$inferSelect;
export type PlaceRow = typeof attendancePlaceTable.$inferSelect;

// ---------------------------------------------------------------- locks

/**
 * Serializes work on one key for the rest of the transaction: a scan id (a
 * replay waits for the first to commit, then finds its answer), or a
 * volunteer's day (pairing and the daily maximum see every record of it).
 */
export async function lockKey(tx: Db, key: string): Promise<void> {
  await lockKeys(tx, [key]);
}

/** Takes several keys' locks in one round trip, in the order given (callers sort them, so no two wait on each other). */
export async function lockKeys(tx: Db, keys: readonly string[]): Promise<void> {
  // A target list is evaluated left to right: the locks are taken in the order listed.
  const locks = keys.map((key) => sql`pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  await tx.execute(sql`select ${sql.join(locks, sql`, `)}`);
}

// ---------------------------------------------------------------- settings and sites

export async function findSettings(db: Db, orgId: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(attendanceSettingsTable).where(eq(attendanceSettingsTable.orgId, orgId));
  return row;
}

export async function upsertSettings(db: Db, row: Omit<SettingsRow, 'updatedAt'>): Promise<void> {
  const { orgId, ...values } = row;
  await db
    .insert(attendanceSettingsTable)
    .values(row)
    .onConflictDoUpdate({ target: attendanceSettingsTable.orgId, set: { ...values, updatedAt: sql`now()` } });
}

export async function findSite(db: Db, orgId: string, opportunityId: string): Promise<SiteRow | undefined> {
  const [row] = await db
    .select()
    .from(attendanceSiteTable)
    .where(and(eq(attendanceSiteTable.orgId, orgId), eq(attendanceSiteTable.opportunityId, opportunityId)));
  return row;
}

/** Makes the site row (generation 1, no geofence) if missing, locked for the caller's change. */
export async function lockSite(db: Db, orgId: string, opportunityId: string): Promise<SiteRow> {
  await db.insert(attendanceSiteTable).values({ orgId, opportunityId }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(attendanceSiteTable)
    .where(and(eq(attendanceSiteTable.orgId, orgId), eq(attendanceSiteTable.opportunityId, opportunityId)))
    .for('update');
  return row;
}

export async function updateSite(
  db: Db,
  orgId: string,
  opportunityId: string,
  changes: Partial<Pick<SiteRow, 'geofenceRadiusM' | 'posterGeneration' | 'posterIssuedAt'>>,
): Promise<SiteRow> {
  const [row] = await db
    .update(attendanceSiteTable)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(attendanceSiteTable.orgId, orgId), eq(attendanceSiteTable.opportunityId, opportunityId)))
    .returning();
  return row;
}

/** The organization's activities that are not cancelled, with their site settings, by title. */
export async function listSites(db: Db, orgId: string) {
  return db
    .select({
      opportunityId: opportunityTable.id,
      title: opportunityTable.title,
      latitude: opportunityTable.latitude,
      longitude: opportunityTable.longitude,
      geofenceRadiusM: attendanceSiteTable.geofenceRadiusM,
      posterGeneration: attendanceSiteTable.posterGeneration,
    })
    .from(opportunityTable)
    .leftJoin(
      attendanceSiteTable,
      and(
        eq(attendanceSiteTable.orgId, opportunityTable.orgId),
        eq(attendanceSiteTable.opportunityId, opportunityTable.id),
      ),
    )
    .where(and(eq(opportunityTable.orgId, orgId), ne(opportunityTable.status, 'cancelled')))
    .orderBy(asc(opportunityTable.title));
}

// ---------------------------------------------------------------- places

export async function listPlaces(db: Db, orgId: string, opportunityId: string): Promise<PlaceRow[]> {
  return db
    .select()
    .from(attendancePlaceTable)
    .where(and(eq(attendancePlaceTable.orgId, orgId), eq(attendancePlaceTable.opportunityId, opportunityId)))
    .orderBy(asc(attendancePlaceTable.name), asc(attendancePlaceTable.id));
}

export async function findPlace(db: Db, orgId: string, id: string): Promise<PlaceRow | undefined> {
  const [row] = await db
    .select()
    .from(attendancePlaceTable)
    .where(and(eq(attendancePlaceTable.orgId, orgId), eq(attendancePlaceTable.id, id)));
  return row;
}

export async function insertPlace(db: Db, row: typeof attendancePlaceTable.$inferInsert): Promise<PlaceRow> {
  const [inserted] = await db.insert(attendancePlaceTable).values(row).returning();
  return inserted;
}

export async function updatePlace(
  db: Db,
  orgId: string,
  id: string,
  changes: Pick<PlaceRow, 'name' | 'latitude' | 'longitude' | 'geofenceRadiusM'>,
): Promise<PlaceRow> {
  const [row] = await db
    .update(attendancePlaceTable)
    .set(changes)
    .where(and(eq(attendancePlaceTable.orgId, orgId), eq(attendancePlaceTable.id, id)))
    .returning();
  return row;
}

// ---------------------------------------------------------------- personal codes

export async function findPersonalCode(db: Db, orgId: string, volunteerId: string) {
  const [row] = await db
    .select()
    .from(attendancePersonalCodeTable)
    .where(and(eq(attendancePersonalCodeTable.orgId, orgId), eq(attendancePersonalCodeTable.volunteerId, volunteerId)));
  return row;
}

/** The volunteer's code row, made at generation 1 on first use. */
export async function ensurePersonalCode(db: Db, orgId: string, volunteerId: string) {
  await db.insert(attendancePersonalCodeTable).values({ orgId, volunteerId, generation: 1 }).onConflictDoNothing();
  return (await findPersonalCode(db, orgId, volunteerId))!;
}

/** Revokes the current code by moving to the next generation. */
export async function bumpPersonalCode(db: Db, orgId: string, volunteerId: string) {
  await ensurePersonalCode(db, orgId, volunteerId);
  const [row] = await db
    .update(attendancePersonalCodeTable)
    .set({ generation: sql`${attendancePersonalCodeTable.generation} + 1`, issuedAt: sql`now()` })
    .where(and(eq(attendancePersonalCodeTable.orgId, orgId), eq(attendancePersonalCodeTable.volunteerId, volunteerId)))
    .returning();
  return row;
}

// ---------------------------------------------------------------- scans

export async function findScan(db: Db, scanId: string): Promise<ScanRow | undefined> {
  const [row] = await db.select().from(attendanceScanTable).where(eq(attendanceScanTable.id, scanId)).limit(1);
  return row;
}

export async function insertScan(db: Db, row: typeof attendanceScanTable.$inferInsert): Promise<void> {
  await db.insert(attendanceScanTable).values(row);
}

// ---------------------------------------------------------------- records

export async function findRecord(db: Db, orgId: string, id: string, lock = false): Promise<RecordRow | undefined> {
  const query = db
    .select()
    .from(attendanceRecordTable)
    .where(and(eq(attendanceRecordTable.orgId, orgId), eq(attendanceRecordTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The volunteer's records of an activity on these service dates (at most one each), locked. */
export async function findRecordsOfDays(
  db: Db,
  orgId: string,
  volunteerId: string,
  opportunityId: string,
  serviceDates: readonly string[],
): Promise<RecordRow[]> {
  return db
    .select()
    .from(attendanceRecordTable)
    .where(
      and(
        eq(attendanceRecordTable.orgId, orgId),
        eq(attendanceRecordTable.volunteerId, volunteerId),
        eq(attendanceRecordTable.opportunityId, opportunityId),
        inArray(attendanceRecordTable.serviceDate, [...serviceDates]),
      ),
    )
    .for('update');
}

export async function insertRecord(db: Db, row: NewRecordRow): Promise<RecordRow> {
  const [inserted] = await db.insert(attendanceRecordTable).values(row).returning();
  return inserted;
}

export async function updateRecord(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewRecordRow>,
): Promise<RecordRow> {
  const [row] = await db
    .update(attendanceRecordTable)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(attendanceRecordTable.orgId, orgId), eq(attendanceRecordTable.id, id)))
    .returning();
  return row;
}

/** Minutes credited to the volunteer on the day by their other records that count (closed, not rejected). */
export async function otherMinutesOfDay(
  db: Db,
  orgId: string,
  volunteerId: string,
  serviceDate: string,
  exceptId: string,
): Promise<number> {
  const [row] = await db
    .select({ minutes: sql<number>`coalesce(sum(${attendanceRecordTable.creditedMinutes}), 0)::int` })
    .from(attendanceRecordTable)
    .where(
      and(
        eq(attendanceRecordTable.orgId, orgId),
        eq(attendanceRecordTable.volunteerId, volunteerId),
        eq(attendanceRecordTable.serviceDate, serviceDate),
        ne(attendanceRecordTable.id, exceptId),
        inArray(attendanceRecordTable.status, ['pending', 'approved']),
      ),
    );
  return row?.minutes ?? 0;
}

export interface ShiftLink {
  shiftId: string;
  startsAt: Date;
  endsAt: Date;
  roleName: string | null;
}

/**
 * The volunteer's confirmed sign-up on a shift of the activity starting within
 * [dayStart, dayEnd), the one starting nearest `near` when there are several.
 */
export async function findConfirmedShift(
  db: Db,
  orgId: string,
  volunteerId: string,
  opportunityId: string,
  dayStart: Date,
  dayEnd: Date,
  near: Date,
): Promise<ShiftLink | undefined> {
  const [row] = await db
    .select({
      shiftId: shiftTable.id,
      startsAt: shiftTable.startsAt,
      endsAt: shiftTable.endsAt,
      roleName: shiftRoleTable.name,
    })
    .from(shiftSignupTable)
    .innerJoin(
      shiftTable,
      and(eq(shiftTable.orgId, shiftSignupTable.orgId), eq(shiftTable.id, shiftSignupTable.shiftId)),
    )
    .innerJoin(
      shiftRoleTable,
      and(eq(shiftRoleTable.orgId, shiftSignupTable.orgId), eq(shiftRoleTable.id, shiftSignupTable.roleId)),
    )
    .where(
      and(
        eq(shiftSignupTable.orgId, orgId),
        eq(shiftSignupTable.volunteerId, volunteerId),
        eq(shiftSignupTable.status, 'confirmed'),
        eq(shiftTable.opportunityId, opportunityId),
        ne(shiftTable.status, 'cancelled'),
        gte(shiftTable.startsAt, dayStart),
        lt(shiftTable.startsAt, dayEnd),
      ),
    )
    .orderBy(sql`abs(extract(epoch from ${shiftTable.startsAt} - ${near.toISOString()}::timestamptz))`)
    .limit(1);
  return row;
}

export async function findShiftTimes(db: Db, orgId: string, shiftId: string) {
  const [row] = await db
    .select({ startsAt: shiftTable.startsAt, endsAt: shiftTable.endsAt })
    .from(shiftTable)
    .where(and(eq(shiftTable.orgId, orgId), eq(shiftTable.id, shiftId)));
  return row;
}

// ---------------------------------------------------------------- views

const recorder = alias(accountTable, 'recorder');
const decider = alias(accountTable, 'decider');

const viewColumns = {
  record: attendanceRecordTable,
  volunteerName: volunteerTable.name,
  opportunityTitle: opportunityTable.title,
  shiftStartsAt: shiftTable.startsAt,
  shiftEndsAt: shiftTable.endsAt,
  recordedByName: recorder.name,
  decidedByName: decider.name,
  organizationName: organizationTable.name,
  placeName: attendancePlaceTable.name,
  needNumber: needTable.number,
  needTitle: needTable.title,
};

export type RecordViewRow = {
  record: RecordRow;
  volunteerName: string;
  opportunityTitle: string;
  shiftStartsAt: Date | null;
  shiftEndsAt: Date | null;
  recordedByName: string | null;
  decidedByName: string | null;
  organizationName: string;
  placeName: string | null;
  needNumber: string | null;
  needTitle: string | null;
};

function viewQuery(db: Db, where: SQL | undefined) {
  const r = attendanceRecordTable;
  return db
    .select(viewColumns)
    .from(r)
    .innerJoin(volunteerTable, and(eq(volunteerTable.orgId, r.orgId), eq(volunteerTable.id, r.volunteerId)))
    .innerJoin(opportunityTable, and(eq(opportunityTable.orgId, r.orgId), eq(opportunityTable.id, r.opportunityId)))
    .innerJoin(organizationTable, eq(organizationTable.id, r.orgId))
    .leftJoin(shiftTable, and(eq(shiftTable.orgId, r.orgId), eq(shiftTable.id, r.shiftId)))
    .leftJoin(
      attendancePlaceTable,
      and(eq(attendancePlaceTable.orgId, r.orgId), eq(attendancePlaceTable.id, r.placeId)),
    )
    .leftJoin(needTable, and(eq(needTable.orgId, r.orgId), eq(needTable.id, r.needId)))
    .leftJoin(recorder, eq(recorder.id, r.recordedBy))
    .leftJoin(decider, eq(decider.id, r.decidedBy))
    .where(where);
}

export async function findRecordViews(db: Db, orgId: string, ids: string[]): Promise<RecordViewRow[]> {
  if (ids.length === 0) return [];
  return viewQuery(db, and(eq(attendanceRecordTable.orgId, orgId), inArray(attendanceRecordTable.id, ids)));
}

export interface RecordFilter {
  status: TAttendanceStatus;
  date?: string;
  opportunityId?: string;
  volunteerId?: string;
  flag?: TAttendanceFlag;
  limit: number;
}

/** The queue (or any status) of one organization: oldest day first, then by clock-in. */
export async function listRecordViews(db: Db, orgId: string, filter: RecordFilter): Promise<RecordViewRow[]> {
  const r = attendanceRecordTable;
  const conditions: SQL[] = [eq(r.orgId, orgId), eq(r.status, filter.status)];
  if (filter.date) conditions.push(eq(r.serviceDate, filter.date));
  if (filter.opportunityId) conditions.push(eq(r.opportunityId, filter.opportunityId));
  if (filter.volunteerId) conditions.push(eq(r.volunteerId, filter.volunteerId));
  if (filter.flag) conditions.push(sql`${filter.flag} = any(${r.flags})`);
  return viewQuery(db, and(...conditions))
    .orderBy(asc(r.serviceDate), asc(r.clockInAt), asc(r.id))
    .limit(filter.limit);
}

/** A person's own records across their organizations, most recent first. */
export async function listRecordViewsOfAccount(db: Db, accountId: string, limit: number): Promise<RecordViewRow[]> {
  const r = attendanceRecordTable;
  return viewQuery(db, eq(volunteerTable.accountId, accountId))
    .orderBy(desc(r.serviceDate), desc(sql`coalesce(${r.clockInAt}, ${r.clockOutAt})`), desc(r.id))
    .limit(limit);
}

// ---------------------------------------------------------------- the forgotten clock-out job

/** Open records with a clock-in and no clock-out, with their shift's end and the organization's setting. */
export async function listOpenWithClockIn(db: Db) {
  const r = attendanceRecordTable;
  return db
    .select({
      orgId: r.orgId,
      id: r.id,
      clockInAt: r.clockInAt,
      shiftEndsAt: shiftTable.endsAt,
      autoCloseAfterHours: attendanceSettingsTable.autoCloseAfterHours,
    })
    .from(r)
    .leftJoin(shiftTable, and(eq(shiftTable.orgId, r.orgId), eq(shiftTable.id, r.shiftId)))
    .leftJoin(attendanceSettingsTable, eq(attendanceSettingsTable.orgId, r.orgId))
    .where(and(eq(r.status, 'open'), isNotNull(r.clockInAt), isNull(r.clockOutAt)));
}

/** Open records that only have a clock-out, with the organization's offline window. */
export async function listOpenWithoutClockIn(db: Db) {
  const r = attendanceRecordTable;
  return db
    .select({
      orgId: r.orgId,
      id: r.id,
      clockOutAt: r.clockOutAt,
      offlineWindowHours: attendanceSettingsTable.offlineWindowHours,
    })
    .from(r)
    .leftJoin(attendanceSettingsTable, eq(attendanceSettingsTable.orgId, r.orgId))
    .where(and(eq(r.status, 'open'), isNull(r.clockInAt), isNotNull(r.clockOutAt)));
}
