import { readingKey, type TNeedListQuery, type TNeedStatus } from '@musubi/shared';
import { and, asc, desc, eq, ilike, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/sql-text';
import { accountTable } from '../people/people.table';
import {
  needFollowUpTable,
  needNumberCounterTable,
  needResourceLineTable,
  needSettingsTable,
  needSkillTable,
  needTable,
  needTimelineEntryTable,
  recipientTable,
  sensitiveNoteTable,
} from './needs.table';

export type NeedRow = typeof needTable.$inferSelect;
export type NewNeedRow = typeof needTable.$inferInsert;
export type TimelineRow = typeof needTimelineEntryTable.$inferSelect;
export type ResourceLineRow = typeof needResourceLineTable.$inferSelect;
export type NewResourceLineRow = typeof needResourceLineTable.$inferInsert;
export type FollowUpRow = typeof needFollowUpTable.$inferSelect;
export type SensitiveNoteRow = typeof sensitiveNoteTable.$inferSelect;
export type NeedSettingsRow = typeof needSettingsTable.$inferSelect;

// ---------------------------------------------------------------- settings

export async function findNeedSettings(db: Db, orgId: string): Promise<NeedSettingsRow | undefined> {
  const [row] = await db.select().from(needSettingsTable).where(eq(needSettingsTable.orgId, orgId));
  return row;
}

export async function upsertNeedSettings(db: Db, row: typeof needSettingsTable.$inferInsert) {
  const { orgId, ...values } = row;
  await db
    .insert(needSettingsTable)
    .values(row)
    .onConflictDoUpdate({ target: needSettingsTable.orgId, set: { ...values, updatedAt: new Date() } });
}

// ---------------------------------------------------------------- needs

/** The next number of the organization's fiscal year; the row lock makes concurrent intakes queue. */
export async function nextNeedNumber(db: Db, orgId: string, fiscalYear: number): Promise<number> {
  const [row] = await db
    .insert(needNumberCounterTable)
    .values({ orgId, fiscalYear, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [needNumberCounterTable.orgId, needNumberCounterTable.fiscalYear],
      set: { lastNumber: sql`${needNumberCounterTable.lastNumber} + 1` },
    })
    .returning({ lastNumber: needNumberCounterTable.lastNumber });
  return row.lastNumber;
}

export async function insertNeed(db: Db, row: NewNeedRow): Promise<NeedRow> {
  const [created] = await db.insert(needTable).values(row).returning();
  return created;
}

export async function findNeed(db: Db, orgId: string, id: string, lock = false): Promise<NeedRow | undefined> {
  const query = db
    .select()
    .from(needTable)
    .where(and(eq(needTable.orgId, orgId), eq(needTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findNeeds(db: Db, orgId: string, ids: string[]): Promise<NeedRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(needTable)
    .where(and(eq(needTable.orgId, orgId), inArray(needTable.id, ids)));
}

export async function updateNeedRow(db: Db, orgId: string, id: string, changes: Partial<NewNeedRow>): Promise<NeedRow> {
  const [row] = await db
    .update(needTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(needTable.orgId, orgId), eq(needTable.id, id)))
    .returning();
  return row;
}

export async function needSkillIds(db: Db, orgId: string, needId: string): Promise<string[]> {
  const rows = await db
    .select({ skillId: needSkillTable.skillId })
    .from(needSkillTable)
    .where(and(eq(needSkillTable.orgId, orgId), eq(needSkillTable.needId, needId)))
    .orderBy(needSkillTable.skillId);
  return rows.map((row) => row.skillId);
}

export async function replaceNeedSkills(db: Db, orgId: string, needId: string, skillIds: readonly string[]) {
  await db.delete(needSkillTable).where(and(eq(needSkillTable.orgId, orgId), eq(needSkillTable.needId, needId)));
  if (skillIds.length > 0) {
    await db.insert(needSkillTable).values([...new Set(skillIds)].map((skillId) => ({ orgId, needId, skillId })));
  }
}

export interface NeedListRow {
  need: NeedRow;
  linkedName: string | null;
  coordinatorName: string | null;
}

function listSelection() {
  return { need: needTable, linkedName: recipientTable.name, coordinatorName: accountTable.name };
}

/** Newest first with the filters of the list page. */
export async function listNeedRows(
  db: Db,
  orgId: string,
  query: Omit<TNeedListQuery, 'limit'> & { limit: number },
): Promise<NeedListRow[]> {
  const conditions: (SQL | undefined)[] = [eq(needTable.orgId, orgId)];
  if (query.status) conditions.push(eq(needTable.status, query.status));
  if (query.open === 'true') conditions.push(ne(needTable.status, 'closed'));
  if (query.open === 'false') conditions.push(eq(needTable.status, 'closed'));
  if (query.kind) conditions.push(eq(needTable.kind, query.kind));
  if (query.urgency) conditions.push(eq(needTable.urgency, query.urgency));
  if (query.recipientId) conditions.push(eq(needTable.recipientId, query.recipientId));
  if (query.q) {
    const like = containsPattern(query.q);
    const reading = readingKey(query.q);
    conditions.push(
      or(
        ilike(needTable.number, like),
        ilike(needTable.title, like),
        ilike(needTable.description, like),
        ilike(needTable.requesterName, like),
        ilike(needTable.recipientName, like),
        ilike(recipientTable.name, like),
        reading ? ilike(recipientTable.readingKey, containsPattern(reading)) : undefined,
      ),
    );
  }
  if (query.before) conditions.push(lt(needTable.id, query.before));
  return db
    .select(listSelection())
    .from(needTable)
    .leftJoin(
      recipientTable,
      and(eq(recipientTable.orgId, needTable.orgId), eq(recipientTable.id, needTable.recipientId)),
    )
    .leftJoin(accountTable, eq(accountTable.id, needTable.coordinatorAccountId))
    .where(and(...conditions))
    .orderBy(desc(needTable.id))
    .limit(query.limit + 1);
}

export async function countNeedsByStatus(db: Db, orgId: string): Promise<Map<TNeedStatus, number>> {
  const rows = await db
    .select({ status: needTable.status, count: sql<number>`count(*)::int` })
    .from(needTable)
    .where(eq(needTable.orgId, orgId))
    .groupBy(needTable.status);
  return new Map(rows.map((row) => [row.status, row.count]));
}

/** Completed needs nobody has answered a follow-up for, oldest completion first. */
export async function listFollowUpsDue(db: Db, orgId: string, limit: number): Promise<NeedListRow[]> {
  return db
    .select(listSelection())
    .from(needTable)
    .leftJoin(
      recipientTable,
      and(eq(recipientTable.orgId, needTable.orgId), eq(recipientTable.id, needTable.recipientId)),
    )
    .leftJoin(accountTable, eq(accountTable.id, needTable.coordinatorAccountId))
    .where(
      and(
        eq(needTable.orgId, orgId),
        eq(needTable.status, 'completed'),
        sql`not exists (select 1 from ${needFollowUpTable} f where f.org_id = ${needTable.orgId} and f.need_id = ${needTable.id})`,
      ),
    )
    .orderBy(asc(needTable.completedAt), asc(needTable.id))
    .limit(limit);
}

// ---------------------------------------------------------------- timeline

export async function insertTimelineEntry(
  db: Db,
  row: typeof needTimelineEntryTable.$inferInsert,
): Promise<TimelineRow> {
  const [created] = await db.insert(needTimelineEntryTable).values(row).returning();
  return created;
}

/** Newest first (by when it happened, then by when it was written). */
export async function listTimelineRows(
  db: Db,
  orgId: string,
  needId: string,
  kinds?: readonly string[],
): Promise<TimelineRow[]> {
  return db
    .select()
    .from(needTimelineEntryTable)
    .where(
      and(
        eq(needTimelineEntryTable.orgId, orgId),
        eq(needTimelineEntryTable.needId, needId),
        kinds ? inArray(needTimelineEntryTable.kind, [...kinds]) : undefined,
      ),
    )
    .orderBy(desc(needTimelineEntryTable.at), desc(needTimelineEntryTable.id))
    .limit(2000);
}

// ---------------------------------------------------------------- sensitive notes

export type NoteSubject = { recipientId: string } | { needId: string };

function subjectCondition(orgId: string, subject: NoteSubject): SQL {
  return and(
    eq(sensitiveNoteTable.orgId, orgId),
    'recipientId' in subject
      ? eq(sensitiveNoteTable.recipientId, subject.recipientId)
      : eq(sensitiveNoteTable.needId, subject.needId),
  )!;
}

export async function insertSensitiveNote(
  db: Db,
  row: typeof sensitiveNoteTable.$inferInsert,
): Promise<SensitiveNoteRow> {
  const [created] = await db.insert(sensitiveNoteTable).values(row).returning();
  return created;
}

export async function listSensitiveNotes(db: Db, orgId: string, subject: NoteSubject): Promise<SensitiveNoteRow[]> {
  return db
    .select()
    .from(sensitiveNoteTable)
    .where(subjectCondition(orgId, subject))
    .orderBy(desc(sensitiveNoteTable.writtenAt), desc(sensitiveNoteTable.id));
}

/** How many notes exist, without reading them. */
export async function countSensitiveNotes(db: Db, orgId: string, subject: NoteSubject): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(sensitiveNoteTable)
    .where(subjectCondition(orgId, subject));
  return row.count;
}

// ---------------------------------------------------------------- resource lines

export async function insertResourceLine(db: Db, row: NewResourceLineRow): Promise<ResourceLineRow> {
  const [created] = await db.insert(needResourceLineTable).values(row).returning();
  return created;
}

export async function findResourceLine(
  db: Db,
  orgId: string,
  needId: string,
  id: string,
): Promise<ResourceLineRow | undefined> {
  const [row] = await db
    .select()
    .from(needResourceLineTable)
    .where(
      and(
        eq(needResourceLineTable.orgId, orgId),
        eq(needResourceLineTable.needId, needId),
        eq(needResourceLineTable.id, id),
      ),
    );
  return row;
}

export async function updateResourceLineRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewResourceLineRow>,
): Promise<ResourceLineRow> {
  const [row] = await db
    .update(needResourceLineTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(needResourceLineTable.orgId, orgId), eq(needResourceLineTable.id, id)))
    .returning();
  return row;
}

export async function deleteResourceLine(db: Db, orgId: string, id: string) {
  await db
    .delete(needResourceLineTable)
    .where(and(eq(needResourceLineTable.orgId, orgId), eq(needResourceLineTable.id, id)));
}

export async function listResourceLines(db: Db, orgId: string, needId: string): Promise<ResourceLineRow[]> {
  return db
    .select()
    .from(needResourceLineTable)
    .where(and(eq(needResourceLineTable.orgId, orgId), eq(needResourceLineTable.needId, needId)))
    .orderBy(asc(needResourceLineTable.id));
}

// ---------------------------------------------------------------- follow-ups

export async function insertFollowUp(db: Db, row: typeof needFollowUpTable.$inferInsert): Promise<FollowUpRow> {
  const [created] = await db.insert(needFollowUpTable).values(row).returning();
  return created;
}

export async function listFollowUps(db: Db, orgId: string, needId: string): Promise<FollowUpRow[]> {
  return db
    .select()
    .from(needFollowUpTable)
    .where(and(eq(needFollowUpTable.orgId, orgId), eq(needFollowUpTable.needId, needId)))
    .orderBy(asc(needFollowUpTable.recordedAt), asc(needFollowUpTable.id));
}

/**
 * Completed needs a volunteer served on (a line not cancelled) and has not
 * answered for yet, oldest completion first.
 */
export async function listVolunteerFollowUpsDue(db: Db, orgId: string, volunteerId: string): Promise<NeedRow[]> {
  return db
    .select()
    .from(needTable)
    .where(
      and(
        eq(needTable.orgId, orgId),
        inArray(needTable.status, ['completed', 'followed_up']),
        sql`exists (select 1 from ${needResourceLineTable} l where l.org_id = ${needTable.orgId}
          and l.need_id = ${needTable.id} and l.kind = 'volunteer_time' and l.volunteer_id = ${volunteerId}
          and l.status <> 'cancelled')`,
        sql`not exists (select 1 from ${needFollowUpTable} f where f.org_id = ${needTable.orgId}
          and f.need_id = ${needTable.id} and f.volunteer_id = ${volunteerId})`,
      ),
    )
    .orderBy(asc(needTable.completedAt), asc(needTable.id))
    .limit(100);
}

/**
 * The cases a volunteer record serves: needs with a volunteer-time line of
 * theirs that is not cancelled (closed needs only when asked), newest first.
 */
export async function needsServedBy(
  db: Db,
  orgId: string,
  volunteerId: string,
  options: { needId?: string; includeClosed: boolean },
): Promise<NeedRow[]> {
  const conditions: SQL[] = [eq(needTable.orgId, orgId)];
  if (options.needId) conditions.push(eq(needTable.id, options.needId));
  if (!options.includeClosed) conditions.push(ne(needTable.status, 'closed'));
  const line = needResourceLineTable;
  conditions.push(sql`exists (select 1 from ${line} where ${line.orgId} = ${needTable.orgId}
    and ${line.needId} = ${needTable.id} and ${line.kind} = 'volunteer_time'
    and ${line.volunteerId} = ${volunteerId} and ${line.status} <> 'cancelled')`);
  return db
    .select()
    .from(needTable)
    .where(and(...conditions))
    .orderBy(desc(needTable.createdAt), desc(needTable.id))
    .limit(100);
}
