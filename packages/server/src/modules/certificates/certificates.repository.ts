import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import {
  certificateNumberCounterTable,
  certificateSettingsTable,
  certificateTable,
  organizationSealTable,
} from './certificates.table';

export type CertificateRow = typeof certificateTable.$inferSelect;
export type NewCertificateRow = typeof certificateTable.$inferInsert;
export type CertificateSettingsRow = typeof certificateSettingsTable.$inferSelect;

// ---------------------------------------------------------------- service (approved attendance)

export interface ServiceRow {
  attendanceId: string;
  orgId: string;
  volunteerId: string;
  serviceDate: string;
  activity: string;
  role: string | null;
  minutes: number;
}

/**
 * Approved attendance of the given volunteer records (org, volunteer pairs),
 * newest first, optionally within a period. Reads the `attendance_record`
 * table whose shape the attendance module fixes for this use (ISSUE5
 * interface 3): only approved rows count as service.
 */
export async function listApprovedService(
  db: Db,
  records: { orgId: string; volunteerId: string }[],
  period?: { from: string; to: string },
): Promise<ServiceRow[]> {
  if (records.length === 0) return [];
  const pairs = sql.join(
    records.map((r) => sql`(${r.orgId}::uuid, ${r.volunteerId}::uuid)`),
    sql`, `,
  );
  return queryRows<ServiceRow>(
    db,
    sql`
    select a.id as "attendanceId", a.org_id as "orgId", a.volunteer_id as "volunteerId",
      to_char(a.service_date, 'YYYY-MM-DD') as "serviceDate", o.title as activity, a.role_name as role,
      coalesce(a.credited_minutes, 0)::int as minutes
    from attendance_record a
    join opportunity o on o.org_id = a.org_id and o.id = a.opportunity_id
    where (a.org_id, a.volunteer_id) in (${pairs})
      and a.status = 'approved'
      ${period ? sql`and a.service_date between ${period.from}::date and ${period.to}::date` : sql``}
    order by a.service_date desc, a.id desc`,
  );
}

// ---------------------------------------------------------------- settings and seal

export async function findSettings(db: Db, orgId: string): Promise<CertificateSettingsRow | undefined> {
  const [row] = await db.select().from(certificateSettingsTable).where(eq(certificateSettingsTable.orgId, orgId));
  return row;
}

export async function findSettingsOf(db: Db, orgIds: string[]): Promise<CertificateSettingsRow[]> {
  if (orgIds.length === 0) return [];
  return db.select().from(certificateSettingsTable).where(inArray(certificateSettingsTable.orgId, orgIds));
}

export async function upsertSettings(
  db: Db,
  orgId: string,
  values: Partial<Omit<CertificateSettingsRow, 'orgId' | 'updatedAt'>>,
): Promise<CertificateSettingsRow> {
  const [row] = await db
    .insert(certificateSettingsTable)
    .values({ orgId, ...values })
    .onConflictDoUpdate({ target: certificateSettingsTable.orgId, set: { ...values, updatedAt: new Date() } })
    .returning();
  return row;
}

export interface SealInfo {
  id: string;
  width: number;
  height: number;
  bytes: number;
  uploadedAt: Date;
}

/** The organization's current seal (the newest upload), without the image bytes. */
export async function findCurrentSeal(db: Db, orgId: string): Promise<SealInfo | undefined> {
  const [row] = await db
    .select({
      id: organizationSealTable.id,
      width: organizationSealTable.width,
      height: organizationSealTable.height,
      bytes: sql<number>`octet_length(${organizationSealTable.png})::int`,
      uploadedAt: organizationSealTable.uploadedAt,
    })
    .from(organizationSealTable)
    .where(eq(organizationSealTable.orgId, orgId))
    .orderBy(desc(organizationSealTable.id))
    .limit(1);
  return row;
}

export async function findSealImage(db: Db, orgId: string, sealId: string): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ png: organizationSealTable.png })
    .from(organizationSealTable)
    .where(and(eq(organizationSealTable.orgId, orgId), eq(organizationSealTable.id, sealId)));
  return row?.png;
}

export async function insertSeal(
  db: Db,
  row: { orgId: string; png: Buffer; width: number; height: number; uploadedBy: string },
): Promise<string> {
  const [created] = await db.insert(organizationSealTable).values(row).returning({ id: organizationSealTable.id });
  return created.id;
}

// ---------------------------------------------------------------- certificates

/** The next number of the organization's fiscal year; the row lock makes concurrent issues queue. */
export async function nextCertificateNumber(db: Db, orgId: string, fiscalYear: number): Promise<number> {
  const [row] = await db
    .insert(certificateNumberCounterTable)
    .values({ orgId, fiscalYear, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [certificateNumberCounterTable.orgId, certificateNumberCounterTable.fiscalYear],
      set: { lastNumber: sql`${certificateNumberCounterTable.lastNumber} + 1` },
    })
    .returning({ lastNumber: certificateNumberCounterTable.lastNumber });
  return row.lastNumber;
}

export async function insertCertificate(db: Db, row: NewCertificateRow): Promise<CertificateRow> {
  const [created] = await db.insert(certificateTable).values(row).returning();
  return created;
}

export async function findCertificate(
  db: Db,
  orgId: string,
  id: string,
  lock = false,
): Promise<CertificateRow | undefined> {
  const query = db
    .select()
    .from(certificateTable)
    .where(and(eq(certificateTable.orgId, orgId), eq(certificateTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** A certificate by id in any of the given volunteer records' organizations (the person's own). */
export async function findCertificateOfRecords(
  db: Db,
  id: string,
  records: { orgId: string; volunteerId: string }[],
): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificateTable).where(eq(certificateTable.id, id));
  if (!row) return undefined;
  return records.some((r) => r.orgId === row.orgId && r.volunteerId === row.volunteerId) ? row : undefined;
}

export async function listCertificatesOfVolunteer(db: Db, orgId: string, volunteerId: string) {
  return db
    .select()
    .from(certificateTable)
    .where(and(eq(certificateTable.orgId, orgId), eq(certificateTable.volunteerId, volunteerId)))
    .orderBy(desc(certificateTable.issuedAt), desc(certificateTable.id));
}

export async function listCertificatesOfRecords(
  db: Db,
  records: { orgId: string; volunteerId: string }[],
): Promise<CertificateRow[]> {
  if (records.length === 0) return [];
  const pairs = sql.join(
    records.map((r) => sql`(${r.orgId}::uuid, ${r.volunteerId}::uuid)`),
    sql`, `,
  );
  return db
    .select()
    .from(certificateTable)
    .where(sql`(${certificateTable.orgId}, ${certificateTable.volunteerId}) in (${pairs})`)
    .orderBy(desc(certificateTable.issuedAt), desc(certificateTable.id));
}

/** Certificates printed with this number, in any organization (numbers repeat across organizations). */
export async function findCertificatesByNumber(db: Db, number: string): Promise<CertificateRow[]> {
  return db.select().from(certificateTable).where(eq(certificateTable.number, number)).limit(50);
}

export async function markRevoked(
  db: Db,
  orgId: string,
  id: string,
  revokedBy: string,
  reason: string,
): Promise<CertificateRow> {
  const [row] = await db
    .update(certificateTable)
    .set({ revokedAt: new Date(), revokedBy, revokeReason: reason })
    .where(and(eq(certificateTable.orgId, orgId), eq(certificateTable.id, id)))
    .returning();
  return row;
}

/**
 * Which of these volunteer records have "yes" as their latest answer to the
 * network_sharing consent (no answer is no): the rule of the volunteers
 * module's `consentedCondition`, which the hub's volunteer list applies.
 */
export async function recordsSharedWithNetwork(
  db: Db,
  records: { orgId: string; volunteerId: string }[],
): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const pairs = sql.join(
    records.map((r) => sql`(${r.orgId}::uuid, ${r.volunteerId}::uuid)`),
    sql`, `,
  );
  const rows = await queryRows<{ volunteerId: string }>(
    db,
    sql`
    select v.volunteer_id as "volunteerId" from (values ${pairs}) as v(org_id, volunteer_id)
    where (select c.granted from volunteer_consent c where c.org_id = v.org_id and c.volunteer_id = v.volunteer_id
      and c.purpose = 'network_sharing' order by c.recorded_at desc, c.id desc limit 1) is true`,
  );
  return new Set(rows.map((r) => r.volunteerId));
}
