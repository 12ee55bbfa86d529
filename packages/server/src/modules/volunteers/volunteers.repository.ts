import { readingKey, type TConsentPurpose, type TVolunteerListQuery } from '@musubi/shared';
import { and, desc, eq, ilike, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/sql-text';
import {
  volunteerConsentTable,
  volunteerNumberCounterTable,
  volunteerSkillTable,
  volunteerTable,
} from './volunteers.table';

export type VolunteerRow = typeof volunteerTable.$inferSelect;
export type NewVolunteerRow = typeof volunteerTable.$inferInsert;

/** Writes a new record with the organization's next registration number. */
export async function insertVolunteer(db: Db, row: NewVolunteerRow): Promise<VolunteerRow> {
  const number = row.number ?? (await nextVolunteerNumber(db, row.orgId));
  const [created] = await db
    .insert(volunteerTable)
    .values({ ...row, number })
    .returning();
  return created;
}

/** The organization's next registration number (the counter row serializes concurrent registrations). */
async function nextVolunteerNumber(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .insert(volunteerNumberCounterTable)
    .values({ orgId, lastNumber: 1 })
    .onConflictDoUpdate({
      target: volunteerNumberCounterTable.orgId,
      set: { lastNumber: sql`${volunteerNumberCounterTable.lastNumber} + 1` },
    })
    .returning({ lastNumber: volunteerNumberCounterTable.lastNumber });
  return row.lastNumber;
}

export async function findVolunteer(
  db: Db,
  orgId: string,
  id: string,
  lock = false,
): Promise<VolunteerRow | undefined> {
  const query = db
    .select()
    .from(volunteerTable)
    .where(and(eq(volunteerTable.orgId, orgId), eq(volunteerTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findVolunteers(db: Db, orgId: string, ids: string[]): Promise<VolunteerRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(volunteerTable)
    .where(and(eq(volunteerTable.orgId, orgId), inArray(volunteerTable.id, ids)));
}

export async function findVolunteerByAccount(db: Db, orgId: string, accountId: string) {
  const [row] = await db
    .select()
    .from(volunteerTable)
    .where(and(eq(volunteerTable.orgId, orgId), eq(volunteerTable.accountId, accountId)));
  return row;
}

export async function listVolunteersOfAccount(db: Db, accountId: string): Promise<VolunteerRow[]> {
  return db
    .select()
    .from(volunteerTable)
    .where(and(eq(volunteerTable.accountId, accountId), ne(volunteerTable.status, 'merged')));
}

export async function updateVolunteerRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewVolunteerRow>,
): Promise<VolunteerRow> {
  const [row] = await db
    .update(volunteerTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(volunteerTable.orgId, orgId), eq(volunteerTable.id, id)))
    .returning();
  return row;
}

export async function listVolunteerRows(
  db: Db,
  orgId: string,
  query: TVolunteerListQuery,
  insuredCondition: SQL | undefined,
): Promise<VolunteerRow[]> {
  const conditions: (SQL | undefined)[] = [eq(volunteerTable.orgId, orgId)];
  conditions.push(query.status ? eq(volunteerTable.status, query.status) : ne(volunteerTable.status, 'merged'));
  if (query.q) {
    const like = containsPattern(query.q);
    const digits = query.q.replace(/[^\d]/g, '');
    const reading = readingKey(query.q);
    conditions.push(
      or(
        ilike(volunteerTable.name, like),
        reading ? ilike(volunteerTable.readingKey, containsPattern(reading)) : undefined,
        ilike(volunteerTable.email, like),
        digits.length >= 3 ? ilike(volunteerTable.phone, `%${digits}%`) : undefined,
      ),
    );
  }
  if (query.skillId) {
    conditions.push(
      sql`exists (select 1 from ${volunteerSkillTable} vs where vs.org_id = ${orgId}
        and vs.volunteer_id = ${volunteerTable.id} and vs.skill_id = ${query.skillId})`,
    );
  }
  if (insuredCondition) conditions.push(query.insured === 'yes' ? insuredCondition : sql`not ${insuredCondition}`);
  if (query.before) conditions.push(lt(volunteerTable.id, query.before));
  return db
    .select()
    .from(volunteerTable)
    .where(and(...conditions))
    .orderBy(desc(volunteerTable.id))
    .limit(query.limit + 1);
}

export async function skillIdsOf(db: Db, orgId: string, volunteerIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (volunteerIds.length === 0) return result;
  const rows = await db
    .select()
    .from(volunteerSkillTable)
    .where(and(eq(volunteerSkillTable.orgId, orgId), inArray(volunteerSkillTable.volunteerId, volunteerIds)));
  for (const row of rows) result.set(row.volunteerId, [...(result.get(row.volunteerId) ?? []), row.skillId]);
  return result;
}

export async function replaceSkills(db: Db, orgId: string, volunteerId: string, skillIds: readonly string[]) {
  await db
    .delete(volunteerSkillTable)
    .where(and(eq(volunteerSkillTable.orgId, orgId), eq(volunteerSkillTable.volunteerId, volunteerId)));
  if (skillIds.length > 0) {
    await db
      .insert(volunteerSkillTable)
      .values([...new Set(skillIds)].map((skillId) => ({ orgId, volunteerId, skillId })));
  }
}

export async function addSkills(db: Db, orgId: string, volunteerId: string, skillIds: readonly string[]) {
  if (skillIds.length === 0) return;
  await db
    .insert(volunteerSkillTable)
    .values([...new Set(skillIds)].map((skillId) => ({ orgId, volunteerId, skillId })))
    .onConflictDoNothing();
}

export type ConsentRow = typeof volunteerConsentTable.$inferSelect;

export async function insertConsents(db: Db, rows: (typeof volunteerConsentTable.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(volunteerConsentTable).values(rows);
}

/** The latest answer per purpose for each volunteer. */
export async function currentConsents(
  db: Db,
  orgId: string,
  volunteerIds: string[],
): Promise<Map<string, ConsentRow[]>> {
  const result = new Map<string, ConsentRow[]>();
  if (volunteerIds.length === 0) return result;
  const rows = await db
    .selectDistinctOn([volunteerConsentTable.volunteerId, volunteerConsentTable.purpose])
    .from(volunteerConsentTable)
    .where(and(eq(volunteerConsentTable.orgId, orgId), inArray(volunteerConsentTable.volunteerId, volunteerIds)))
    .orderBy(
      volunteerConsentTable.volunteerId,
      volunteerConsentTable.purpose,
      desc(volunteerConsentTable.recordedAt),
      desc(volunteerConsentTable.id),
    );
  for (const row of rows) result.set(row.volunteerId, [...(result.get(row.volunteerId) ?? []), row]);
  return result;
}

export async function allConsents(db: Db, orgId: string, volunteerId: string): Promise<ConsentRow[]> {
  return db
    .select()
    .from(volunteerConsentTable)
    .where(and(eq(volunteerConsentTable.orgId, orgId), eq(volunteerConsentTable.volunteerId, volunteerId)));
}

/** The volunteer's latest answer for `purpose` is yes (no answer is no). */
export function consentedCondition(purpose: TConsentPurpose): SQL {
  return sql`(select c.granted from ${volunteerConsentTable} c where c.org_id = ${volunteerTable.orgId}
    and c.volunteer_id = ${volunteerTable.id} and c.purpose = ${purpose}
    order by c.recorded_at desc, c.id desc limit 1) is true`;
}

/** Live records of these organizations whose people consented to sharing with the network. */
export async function listSharedVolunteers(db: Db, orgIds: string[]): Promise<VolunteerRow[]> {
  if (orgIds.length === 0) return [];
  return db
    .select()
    .from(volunteerTable)
    .where(
      and(
        inArray(volunteerTable.orgId, orgIds),
        inArray(volunteerTable.status, ['applicant', 'active']),
        consentedCondition('network_sharing'),
      ),
    )
    .orderBy(volunteerTable.readingKey, volunteerTable.id)
    .limit(1000);
}

export interface DuplicateProbe {
  readingKey: string | null;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
}

/** Records that may be the same person as the probe: same reading and birth date, or same phone or e-mail. */
export async function findDuplicateRows(
  db: Db,
  orgId: string,
  probe: DuplicateProbe,
  excludeId?: string,
): Promise<VolunteerRow[]> {
  const matches: SQL[] = [];
  if (probe.readingKey && probe.birthDate) {
    matches.push(and(eq(volunteerTable.readingKey, probe.readingKey), eq(volunteerTable.birthDate, probe.birthDate))!);
  }
  if (probe.phone) matches.push(eq(volunteerTable.phone, probe.phone));
  if (probe.email) matches.push(eq(volunteerTable.email, probe.email));
  if (matches.length === 0) return [];
  return db
    .select()
    .from(volunteerTable)
    .where(
      and(
        eq(volunteerTable.orgId, orgId),
        ne(volunteerTable.status, 'merged'),
        excludeId ? ne(volunteerTable.id, excludeId) : undefined,
        or(...matches),
      ),
    )
    .orderBy(volunteerTable.id)
    .limit(20);
}

/** Pairs (newer, older) of live records in the organization that may be the same person. */
export async function findDuplicatePairs(db: Db, orgId: string): Promise<{ newer: string; older: string }[]> {
  return queryRows<{ newer: string; older: string }>(
    db,
    sql`
    select a.id as newer, b.id as older
    from volunteer a join volunteer b on b.org_id = a.org_id and b.id < a.id
    where a.org_id = ${orgId} and a.status <> 'merged' and b.status <> 'merged'
      and ((a.reading_key = b.reading_key and a.birth_date = b.birth_date)
        or a.phone = b.phone or a.email = b.email)
    order by a.id desc, b.id
    limit 500`,
  );
}
