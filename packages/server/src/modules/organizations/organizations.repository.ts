import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { networkMembershipTable, organizationTable } from './organizations.table';

export type OrganizationRow = typeof organizationTable.$inferSelect;
export type NewOrganizationRow = typeof organizationTable.$inferInsert;

export async function insertOrganization(db: Db, row: NewOrganizationRow): Promise<OrganizationRow> {
  const [created] = await db.insert(organizationTable).values(row).returning();
  return created;
}

export async function findOrganizationById(db: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizationTable).where(eq(organizationTable.id, id));
  return row;
}

export async function updateOrganizationById(
  db: Db,
  id: string,
  changes: Partial<NewOrganizationRow>,
): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .update(organizationTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(organizationTable.id, id))
    .returning();
  return row;
}

export async function anyOrganizationExists(db: Db): Promise<boolean> {
  const rows = await db.select({ id: organizationTable.id }).from(organizationTable).limit(1);
  return rows.length > 0;
}

export async function listOrganizationsByIds(db: Db, ids: string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organizationTable).where(inArray(organizationTable.id, ids));
}

export async function insertNetworkMembership(db: Db, orgId: string, networkOrgId: string): Promise<void> {
  await db.insert(networkMembershipTable).values({ orgId, networkOrgId });
}

export async function listNetworkMembers(db: Db, networkOrgId: string) {
  return db
    .select({ org: organizationTable, joinedAt: networkMembershipTable.joinedAt })
    .from(networkMembershipTable)
    .innerJoin(organizationTable, eq(organizationTable.id, networkMembershipTable.orgId))
    .where(eq(networkMembershipTable.networkOrgId, networkOrgId))
    .orderBy(organizationTable.name);
}

export async function listAllOrganizations(db: Db): Promise<OrganizationRow[]> {
  return db.select().from(organizationTable).orderBy(organizationTable.name);
}
