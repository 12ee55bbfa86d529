import type { TRole } from '@musubi/shared';
import { and, asc, count, eq, gt, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/sql-text';
import { accountTable, invitationTable, membershipTable, passwordResetTable } from './people.table';

export type AccountRow = typeof accountTable.$inferSelect;
export type NewAccountRow = typeof accountTable.$inferInsert;
export type MembershipRow = typeof membershipTable.$inferSelect;

export async function insertAccount(db: Db, row: NewAccountRow): Promise<AccountRow> {
  const [created] = await db.insert(accountTable).values(row).returning();
  return created;
}

export async function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accountTable).where(eq(accountTable.id, id));
  return row;
}

export async function findAccountByEmail(db: Db, email: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accountTable).where(eq(accountTable.email, email));
  return row;
}

export async function findAccountByPhone(db: Db, phone: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accountTable).where(eq(accountTable.phone, phone));
  return row;
}

export async function updateAccountById(db: Db, id: string, changes: Partial<NewAccountRow>): Promise<AccountRow> {
  const [row] = await db
    .update(accountTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(accountTable.id, id))
    .returning();
  return row;
}

export async function listMembershipsOfAccount(db: Db, accountId: string): Promise<MembershipRow[]> {
  return db.select().from(membershipTable).where(eq(membershipTable.accountId, accountId));
}

export async function findMembership(db: Db, orgId: string, accountId: string): Promise<MembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(membershipTable)
    .where(and(eq(membershipTable.orgId, orgId), eq(membershipTable.accountId, accountId)));
  return row;
}

export async function insertMembership(db: Db, orgId: string, accountId: string, role: TRole): Promise<MembershipRow> {
  const [row] = await db.insert(membershipTable).values({ orgId, accountId, role }).returning();
  return row;
}

export async function updateMembershipRole(db: Db, orgId: string, accountId: string, role: TRole): Promise<void> {
  await db
    .update(membershipTable)
    .set({ role, updatedAt: new Date() })
    .where(and(eq(membershipTable.orgId, orgId), eq(membershipTable.accountId, accountId)));
}

export async function deleteMembership(db: Db, orgId: string, accountId: string): Promise<void> {
  await db
    .delete(membershipTable)
    .where(and(eq(membershipTable.orgId, orgId), eq(membershipTable.accountId, accountId)));
}

/**
 * Locks the organization's administrator memberships (FOR UPDATE) and returns
 * their account ids, so two concurrent demotions cannot both pass the
 * "at least one administrator" check.
 */
export async function lockAdminMemberships(db: Db, orgId: string, adminRoles: readonly TRole[]): Promise<string[]> {
  const rows = await db
    .select({ accountId: membershipTable.accountId })
    .from(membershipTable)
    .where(and(eq(membershipTable.orgId, orgId), inArray(membershipTable.role, [...adminRoles])))
    .for('update');
  return rows.map((r) => r.accountId);
}

export async function listMembers(db: Db, orgId: string, filter: { role?: TRole; q?: string }) {
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  return db
    .select({ membership: membershipTable, account: accountTable })
    .from(membershipTable)
    .innerJoin(accountTable, eq(accountTable.id, membershipTable.accountId))
    .where(
      and(
        eq(membershipTable.orgId, orgId),
        filter.role ? eq(membershipTable.role, filter.role) : undefined,
        pattern
          ? or(
              ilike(accountTable.name, pattern),
              ilike(accountTable.nameReading, pattern),
              ilike(accountTable.email, pattern),
              ilike(accountTable.phone, pattern),
            )
          : undefined,
      ),
    )
    .orderBy(asc(sql`coalesce(${accountTable.nameReading}, ${accountTable.name})`), asc(accountTable.name))
    .limit(1000);
}

export async function countMembersByRole(db: Db, orgId: string): Promise<{ role: TRole; count: number }[]> {
  return db
    .select({ role: membershipTable.role, count: count() })
    .from(membershipTable)
    .where(eq(membershipTable.orgId, orgId))
    .groupBy(membershipTable.role);
}

export async function countMembersOfOrganizations(db: Db, orgIds: string[]): Promise<Map<string, number>> {
  if (orgIds.length === 0) return new Map();
  const rows = await db
    .select({ orgId: membershipTable.orgId, count: count() })
    .from(membershipTable)
    .where(inArray(membershipTable.orgId, orgIds))
    .groupBy(membershipTable.orgId);
  return new Map(rows.map((r) => [r.orgId, r.count]));
}

export async function insertInvitation(db: Db, row: typeof invitationTable.$inferInsert): Promise<void> {
  await db.insert(invitationTable).values(row);
}

export async function findOpenInvitation(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(invitationTable)
    .where(
      and(
        eq(invitationTable.tokenHash, tokenHash),
        isNull(invitationTable.acceptedAt),
        gt(invitationTable.expiresAt, now),
      ),
    );
  return row;
}

export async function markInvitationAccepted(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(invitationTable)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitationTable.orgId, orgId), eq(invitationTable.id, id), isNull(invitationTable.acceptedAt)))
    .returning({ id: invitationTable.id });
  return rows.length === 1;
}

export async function insertPasswordReset(db: Db, row: typeof passwordResetTable.$inferInsert): Promise<void> {
  await db.insert(passwordResetTable).values(row);
}

export async function findOpenPasswordReset(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(passwordResetTable)
    .where(
      and(
        eq(passwordResetTable.tokenHash, tokenHash),
        isNull(passwordResetTable.usedAt),
        gt(passwordResetTable.expiresAt, now),
      ),
    );
  return row;
}

/** Marks a reset link used; false when it was already used (a second tab, a replay). */
export async function markPasswordResetUsed(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db
    .update(passwordResetTable)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResetTable.tokenHash, tokenHash), isNull(passwordResetTable.usedAt)))
    .returning({ tokenHash: passwordResetTable.tokenHash });
  return rows.length === 1;
}

export async function accountNamesByIds(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: accountTable.id, name: accountTable.name })
    .from(accountTable)
    .where(inArray(accountTable.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
