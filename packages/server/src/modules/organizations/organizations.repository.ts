import { eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
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

/**
 * Every organization sharing a network with `orgId`: the hubs it runs or
 * belongs to and all their members, itself included.
 */
export async function listNetworkPeers(db: Db, orgId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    with hubs as (
      select id as hub from organization where id = ${orgId} and runs_network
      union select network_org_id from network_membership where org_id = ${orgId}
    )
    select hub as id from hubs
    union select nm.org_id from network_membership nm join hubs on nm.network_org_id = hubs.hub
    union select ${orgId}::uuid`,
  );
  return rows.map((r) => r.id);
}
