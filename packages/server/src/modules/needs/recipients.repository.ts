import { readingKey, type TRecipientListQuery } from '@musubi/shared';
import { and, desc, eq, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/sql-text';
import { needTable, recipientConsentTable, recipientTable } from './needs.table';

export type RecipientRow = typeof recipientTable.$inferSelect;
export type NewRecipientRow = typeof recipientTable.$inferInsert;
export type RecipientConsentRow = typeof recipientConsentTable.$inferSelect;

export async function insertRecipient(db: Db, row: NewRecipientRow): Promise<RecipientRow> {
  const [created] = await db.insert(recipientTable).values(row).returning();
  return created;
}

export async function findRecipient(
  db: Db,
  orgId: string,
  id: string,
  lock = false,
): Promise<RecipientRow | undefined> {
  const query = db
    .select()
    .from(recipientTable)
    .where(and(eq(recipientTable.orgId, orgId), eq(recipientTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findRecipients(db: Db, orgId: string, ids: string[]): Promise<RecipientRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(recipientTable)
    .where(and(eq(recipientTable.orgId, orgId), inArray(recipientTable.id, ids)));
}

export async function updateRecipientRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewRecipientRow>,
): Promise<RecipientRow> {
  const [row] = await db
    .update(recipientTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(recipientTable.orgId, orgId), eq(recipientTable.id, id)))
    .returning();
  return row;
}

export interface RecipientListRow {
  recipient: RecipientRow;
  needCount: number;
  openNeedCount: number;
}

/** Newest first, searched by name, reading (any kana), phone digits or e-mail. */
export async function listRecipientRows(
  db: Db,
  orgId: string,
  query: TRecipientListQuery,
): Promise<RecipientListRow[]> {
  const conditions: (SQL | undefined)[] = [eq(recipientTable.orgId, orgId)];
  if (query.q) {
    const like = containsPattern(query.q);
    const digits = query.q.replace(/[^\d]/g, '');
    const reading = readingKey(query.q);
    conditions.push(
      or(
        ilike(recipientTable.name, like),
        reading ? ilike(recipientTable.readingKey, containsPattern(reading)) : undefined,
        ilike(recipientTable.email, like),
        digits.length >= 3 ? ilike(recipientTable.phone, `%${digits}%`) : undefined,
      ),
    );
  }
  if (query.before) conditions.push(lt(recipientTable.id, query.before));
  return db
    .select({
      recipient: recipientTable,
      // Spelled out: Drizzle leaves columns in a single-table select list unqualified.
      needCount: sql<number>`(select count(*)::int from ${needTable} n
        where n.org_id = "recipient"."org_id" and n.recipient_id = "recipient"."id")`,
      openNeedCount: sql<number>`(select count(*)::int from ${needTable} n
        where n.org_id = "recipient"."org_id" and n.recipient_id = "recipient"."id" and n.status <> 'closed')`,
    })
    .from(recipientTable)
    .where(and(...conditions))
    .orderBy(desc(recipientTable.id))
    .limit(query.limit + 1);
}

export async function insertRecipientConsents(db: Db, rows: (typeof recipientConsentTable.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(recipientConsentTable).values(rows);
}

/** Every consent answer of a recipient, newest first. */
export async function listRecipientConsents(
  db: Db,
  orgId: string,
  recipientId: string,
): Promise<RecipientConsentRow[]> {
  return db
    .select()
    .from(recipientConsentTable)
    .where(and(eq(recipientConsentTable.orgId, orgId), eq(recipientConsentTable.recipientId, recipientId)))
    .orderBy(desc(recipientConsentTable.recordedAt), desc(recipientConsentTable.id));
}
