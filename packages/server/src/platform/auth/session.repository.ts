import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessionTable } from './session.table';

export type SessionRow = typeof sessionTable.$inferSelect;

export async function insertSession(db: Db, row: typeof sessionTable.$inferInsert): Promise<void> {
  await db.insert(sessionTable).values(row);
}

export async function findLiveSession(db: Db, tokenHash: string, now: Date): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessionTable)
    .where(and(eq(sessionTable.tokenHash, tokenHash), gt(sessionTable.expiresAt, now)));
  return row;
}

export async function touchSession(db: Db, tokenHash: string, lastSeenAt: Date): Promise<void> {
  await db.update(sessionTable).set({ lastSeenAt }).where(eq(sessionTable.tokenHash, tokenHash));
}

export async function updateActiveOrganization(db: Db, tokenHash: string, activeOrgId: string): Promise<void> {
  await db.update(sessionTable).set({ activeOrgId }).where(eq(sessionTable.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessionTable).where(eq(sessionTable.tokenHash, tokenHash));
}

/** Ends every session of an account, except `keepTokenHash` (the browser that made the change). */
export async function deleteSessionsOfAccount(db: Db, accountId: string, keepTokenHash?: string): Promise<void> {
  await db
    .delete(sessionTable)
    .where(
      and(eq(sessionTable.accountId, accountId), keepTokenHash ? ne(sessionTable.tokenHash, keepTokenHash) : undefined),
    );
}

/** Removes expired sessions; returns how many. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const removed = await db
    .delete(sessionTable)
    .where(lt(sessionTable.expiresAt, now))
    .returning({ tokenHash: sessionTable.tokenHash });
  return removed.length;
}
