import type {
  TDirectoryOrganizationListQuery,
  TDirectoryScheduleFields,
  TDirectoryServiceSearch,
} from '@musubi/shared';
import { and, asc, eq, ilike, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/sql-text';
import {
  directoryLocationTable,
  directoryOrganizationTable,
  directoryScheduleTable,
  directoryServiceLocationTable,
  directoryServiceTable,
} from './directory.table';

export type OrganizationRow = typeof directoryOrganizationTable.$inferSelect;
export type NewOrganizationRow = typeof directoryOrganizationTable.$inferInsert;
export type LocationRow = typeof directoryLocationTable.$inferSelect;
export type NewLocationRow = typeof directoryLocationTable.$inferInsert;
export type ServiceRow = typeof directoryServiceTable.$inferSelect;
export type NewServiceRow = typeof directoryServiceTable.$inferInsert;
export type ScheduleRow = typeof directoryScheduleTable.$inferSelect;

// ---------------------------------------------------------------- organizations

export async function insertOrganization(db: Db, row: NewOrganizationRow): Promise<OrganizationRow> {
  const [created] = await db.insert(directoryOrganizationTable).values(row).returning();
  return created;
}

export async function updateOrganizationRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewOrganizationRow>,
): Promise<OrganizationRow> {
  const [row] = await db
    .update(directoryOrganizationTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(directoryOrganizationTable.orgId, orgId), eq(directoryOrganizationTable.id, id)))
    .returning();
  return row;
}

export async function findOrganization(db: Db, orgId: string, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .select()
    .from(directoryOrganizationTable)
    .where(and(eq(directoryOrganizationTable.orgId, orgId), eq(directoryOrganizationTable.id, id)));
  return row;
}

export async function findOrganizations(db: Db, orgId: string, ids: string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(directoryOrganizationTable)
    .where(and(eq(directoryOrganizationTable.orgId, orgId), inArray(directoryOrganizationTable.id, ids)));
}

export async function deleteOrganizationRow(db: Db, orgId: string, id: string): Promise<void> {
  await db
    .delete(directoryOrganizationTable)
    .where(and(eq(directoryOrganizationTable.orgId, orgId), eq(directoryOrganizationTable.id, id)));
}

/** `(name, id)` comes after the row `after` of the same table: keyset paging in name order. */
function afterRow(
  table: typeof directoryOrganizationTable | typeof directoryServiceTable,
  orgId: string,
  after: string,
) {
  return sql`(${table.name}, ${table.id}) > (select c.name, c.id from ${table} c where c.org_id = ${orgId} and c.id = ${after})`;
}

export async function listOrganizationRows(
  db: Db,
  orgId: string,
  query: TDirectoryOrganizationListQuery,
): Promise<OrganizationRow[]> {
  const t = directoryOrganizationTable;
  const conditions: (SQL | undefined)[] = [eq(t.orgId, orgId)];
  if (query.q) {
    const like = containsPattern(query.q);
    conditions.push(or(ilike(t.name, like), ilike(t.alternateName, like), ilike(t.description, like)));
  }
  if (query.kind) conditions.push(eq(t.kind, query.kind));
  if (query.after) conditions.push(afterRow(t, orgId, query.after));
  return db
    .select()
    .from(t)
    .where(and(...conditions))
    .orderBy(asc(t.name), asc(t.id))
    .limit(query.limit + 1);
}

/** Every organization of the directory, by name (for the export). */
export async function allOrganizationRows(db: Db, orgId: string): Promise<OrganizationRow[]> {
  return db
    .select()
    .from(directoryOrganizationTable)
    .where(eq(directoryOrganizationTable.orgId, orgId))
    .orderBy(asc(directoryOrganizationTable.name), asc(directoryOrganizationTable.id));
}

/** How many services and places each organization has. */
export async function countsOf(
  db: Db,
  orgId: string,
  directoryOrgIds: string[],
): Promise<Map<string, { services: number; locations: number }>> {
  const result = new Map(directoryOrgIds.map((id) => [id, { services: 0, locations: 0 }]));
  if (directoryOrgIds.length === 0) return result;
  const services = await db
    .select({ id: directoryServiceTable.directoryOrganizationId, count: sql<number>`count(*)::int` })
    .from(directoryServiceTable)
    .where(
      and(
        eq(directoryServiceTable.orgId, orgId),
        inArray(directoryServiceTable.directoryOrganizationId, directoryOrgIds),
      ),
    )
    .groupBy(directoryServiceTable.directoryOrganizationId);
  const locations = await db
    .select({ id: directoryLocationTable.directoryOrganizationId, count: sql<number>`count(*)::int` })
    .from(directoryLocationTable)
    .where(
      and(
        eq(directoryLocationTable.orgId, orgId),
        inArray(directoryLocationTable.directoryOrganizationId, directoryOrgIds),
      ),
    )
    .groupBy(directoryLocationTable.directoryOrganizationId);
  for (const row of services) result.get(row.id)!.services = Number(row.count);
  for (const row of locations) result.get(row.id)!.locations = Number(row.count);
  return result;
}

// ---------------------------------------------------------------- locations

export async function insertLocation(db: Db, row: NewLocationRow): Promise<LocationRow> {
  const [created] = await db.insert(directoryLocationTable).values(row).returning();
  return created;
}

export async function updateLocationRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewLocationRow>,
): Promise<LocationRow> {
  const [row] = await db
    .update(directoryLocationTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(directoryLocationTable.orgId, orgId), eq(directoryLocationTable.id, id)))
    .returning();
  return row;
}

export async function findLocations(db: Db, orgId: string, ids: string[]): Promise<LocationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(directoryLocationTable)
    .where(and(eq(directoryLocationTable.orgId, orgId), inArray(directoryLocationTable.id, ids)));
}

export async function locationsOfOrganizations(db: Db, orgId: string, directoryOrgIds: string[]) {
  if (directoryOrgIds.length === 0) return [];
  return db
    .select()
    .from(directoryLocationTable)
    .where(
      and(
        eq(directoryLocationTable.orgId, orgId),
        inArray(directoryLocationTable.directoryOrganizationId, directoryOrgIds),
      ),
    )
    .orderBy(asc(directoryLocationTable.name), asc(directoryLocationTable.id));
}

export async function deleteLocationRow(db: Db, orgId: string, id: string): Promise<void> {
  await db
    .delete(directoryLocationTable)
    .where(and(eq(directoryLocationTable.orgId, orgId), eq(directoryLocationTable.id, id)));
}

/** The districts named by the places of the directory, for the area filter. */
export async function listAreas(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ area: directoryLocationTable.area })
    .from(directoryLocationTable)
    .where(
      and(
        eq(directoryLocationTable.orgId, orgId),
        isNotNull(directoryLocationTable.area),
        ne(directoryLocationTable.area, ''),
      ),
    )
    .orderBy(asc(directoryLocationTable.area));
  return rows.map((row) => row.area!);
}

// ---------------------------------------------------------------- services

export async function insertService(db: Db, row: NewServiceRow): Promise<ServiceRow> {
  const [created] = await db.insert(directoryServiceTable).values(row).returning();
  return created;
}

export async function updateServiceRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewServiceRow>,
): Promise<ServiceRow> {
  const [row] = await db
    .update(directoryServiceTable)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(directoryServiceTable.orgId, orgId), eq(directoryServiceTable.id, id)))
    .returning();
  return row;
}

export async function findServices(db: Db, orgId: string, ids: string[]): Promise<ServiceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(directoryServiceTable)
    .where(and(eq(directoryServiceTable.orgId, orgId), inArray(directoryServiceTable.id, ids)));
}

export async function servicesOfOrganizations(db: Db, orgId: string, directoryOrgIds: string[]) {
  if (directoryOrgIds.length === 0) return [];
  return db
    .select()
    .from(directoryServiceTable)
    .where(
      and(
        eq(directoryServiceTable.orgId, orgId),
        inArray(directoryServiceTable.directoryOrganizationId, directoryOrgIds),
      ),
    )
    .orderBy(asc(directoryServiceTable.name), asc(directoryServiceTable.id));
}

export async function deleteServiceRow(db: Db, orgId: string, id: string): Promise<void> {
  await db
    .delete(directoryServiceTable)
    .where(and(eq(directoryServiceTable.orgId, orgId), eq(directoryServiceTable.id, id)));
}

/** Where the services are offered: location ids per service. */
export async function locationIdsOf(db: Db, orgId: string, serviceIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (serviceIds.length === 0) return result;
  const rows = await db
    .select()
    .from(directoryServiceLocationTable)
    .where(
      and(eq(directoryServiceLocationTable.orgId, orgId), inArray(directoryServiceLocationTable.serviceId, serviceIds)),
    );
  for (const row of rows) result.set(row.serviceId, [...(result.get(row.serviceId) ?? []), row.locationId]);
  return result;
}

export async function replaceServiceLocations(db: Db, orgId: string, serviceId: string, locationIds: string[]) {
  await db
    .delete(directoryServiceLocationTable)
    .where(and(eq(directoryServiceLocationTable.orgId, orgId), eq(directoryServiceLocationTable.serviceId, serviceId)));
  const unique = [...new Set(locationIds)];
  if (unique.length > 0) {
    await db
      .insert(directoryServiceLocationTable)
      .values(unique.map((locationId) => ({ orgId, serviceId, locationId })));
  }
}

// ---------------------------------------------------------------- schedules

export type ScheduleOwner = { serviceId: string; locationId?: never } | { locationId: string; serviceId?: never };

export async function replaceSchedules(
  db: Db,
  orgId: string,
  owner: ScheduleOwner,
  schedules: readonly TDirectoryScheduleFields[],
): Promise<void> {
  const ownerColumn =
    owner.serviceId !== undefined
      ? eq(directoryScheduleTable.serviceId, owner.serviceId)
      : eq(directoryScheduleTable.locationId, owner.locationId);
  await db.delete(directoryScheduleTable).where(and(eq(directoryScheduleTable.orgId, orgId), ownerColumn));
  if (schedules.length === 0) return;
  await db.insert(directoryScheduleTable).values(
    schedules.map((schedule, position) => ({
      orgId,
      serviceId: owner.serviceId ?? null,
      locationId: owner.locationId ?? null,
      position,
      freq: schedule.freq,
      byday: schedule.byday,
      opensAt: schedule.opensAt,
      closesAt: schedule.closesAt,
      validFrom: schedule.validFrom ?? null,
      validTo: schedule.validTo ?? null,
      description: schedule.description ?? null,
    })),
  );
}

/** The schedules of some services and places, in their entered order, grouped by owner id. */
export async function schedulesOf(
  db: Db,
  orgId: string,
  owners: { serviceIds?: string[]; locationIds?: string[] },
): Promise<{ byService: Map<string, ScheduleRow[]>; byLocation: Map<string, ScheduleRow[]> }> {
  const byService = new Map<string, ScheduleRow[]>();
  const byLocation = new Map<string, ScheduleRow[]>();
  const serviceIds = owners.serviceIds ?? [];
  const locationIds = owners.locationIds ?? [];
  if (serviceIds.length === 0 && locationIds.length === 0) return { byService, byLocation };
  const rows = await db
    .select()
    .from(directoryScheduleTable)
    .where(
      and(
        eq(directoryScheduleTable.orgId, orgId),
        or(
          serviceIds.length > 0 ? inArray(directoryScheduleTable.serviceId, serviceIds) : undefined,
          locationIds.length > 0 ? inArray(directoryScheduleTable.locationId, locationIds) : undefined,
        ),
      ),
    )
    .orderBy(asc(directoryScheduleTable.position), asc(directoryScheduleTable.id));
  for (const row of rows) {
    if (row.serviceId) byService.set(row.serviceId, [...(byService.get(row.serviceId) ?? []), row]);
    if (row.locationId) byLocation.set(row.locationId, [...(byLocation.get(row.locationId) ?? []), row]);
  }
  return { byService, byLocation };
}

// ---------------------------------------------------------------- search

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;

/** What "open" means for one search, worked out on the organization's clock. */
export interface HoursFilter {
  today: string;
  /** Opens on this weekday in some week, from today on. */
  weekday?: string;
  /** Open now: the time (`HH:MM`) and the BYDAY values that match today. */
  now?: { time: string; weekly: string[]; monthly: string[] };
}

/**
 * The schedule rows that count for a service: its own, or, when it has none, those of
 * its places (HSDS: a service's schedule overrides its location's).
 */
function hoursCondition(filter: HoursFilter): SQL {
  const s = directoryServiceTable;
  const checks: SQL[] = [sql`(sc.valid_to is null or sc.valid_to >= ${filter.today})`];
  if (filter.weekday) {
    checks.push(sql`exists (select 1 from unnest(sc.byday) d where right(d, 2) = ${filter.weekday})`);
  }
  if (filter.now) {
    checks.push(sql`(sc.valid_from is null or sc.valid_from <= ${filter.today})`);
    checks.push(sql`sc.opens_at <= ${filter.now.time} and sc.closes_at > ${filter.now.time}`);
    checks.push(sql`((sc.freq = 'WEEKLY' and sc.byday && ${textArray(filter.now.weekly)})
      or (sc.freq = 'MONTHLY' and sc.byday && ${textArray(filter.now.monthly)}))`);
  }
  return sql`exists (select 1 from ${directoryScheduleTable} sc where sc.org_id = ${s.orgId} and (
      sc.service_id = ${s.id}
      or (sc.location_id in (select sl.location_id from ${directoryServiceLocationTable} sl
            where sl.org_id = ${s.orgId} and sl.service_id = ${s.id})
          and not exists (select 1 from ${directoryScheduleTable} own
            where own.org_id = ${s.orgId} and own.service_id = ${s.id})))
    and ${sql.join(checks, sql` and `)})`;
}

/** One page of services matching the search, by name, with their organization's name. */
export async function searchServiceRows(
  db: Db,
  orgId: string,
  query: TDirectoryServiceSearch,
  hours: HoursFilter | undefined,
): Promise<{ service: ServiceRow; organizationName: string }[]> {
  const s = directoryServiceTable;
  const o = directoryOrganizationTable;
  const conditions: (SQL | undefined)[] = [eq(s.orgId, orgId)];
  if (query.status !== 'all') conditions.push(eq(s.status, query.status));
  if (query.q) {
    const like = containsPattern(query.q);
    conditions.push(
      or(ilike(s.name, like), ilike(s.description, like), ilike(o.name, like), ilike(o.alternateName, like)),
    );
  }
  if (query.category) conditions.push(sql`${query.category} = any(${s.categories})`);
  if (query.language) conditions.push(sql`${query.language} = any(${s.languages})`);
  if (query.organizationId) conditions.push(eq(s.directoryOrganizationId, query.organizationId));
  if (query.area) {
    conditions.push(sql`exists (select 1 from ${directoryServiceLocationTable} sl
      join ${directoryLocationTable} l on l.org_id = sl.org_id and l.id = sl.location_id
      where sl.org_id = ${s.orgId} and sl.service_id = ${s.id} and l.area = ${query.area})`);
  }
  if (hours) conditions.push(hoursCondition(hours));
  if (query.after) conditions.push(afterRow(s, orgId, query.after));
  return db
    .select({ service: s, organizationName: o.name })
    .from(s)
    .innerJoin(o, and(eq(o.orgId, s.orgId), eq(o.id, s.directoryOrganizationId)))
    .where(and(...conditions))
    .orderBy(asc(s.name), asc(s.id))
    .limit(query.limit + 1);
}

// ---------------------------------------------------------------- HSDS ids

/** Existing rows of a table by their HSDS id. */
export async function idsByHsds(
  db: Db,
  table: typeof directoryOrganizationTable | typeof directoryLocationTable | typeof directoryServiceTable,
  orgId: string,
  hsdsIds: string[],
): Promise<Map<string, string>> {
  if (hsdsIds.length === 0) return new Map();
  const rows = await db
    .select({ id: table.id, hsdsId: table.hsdsId })
    .from(table)
    .where(and(eq(table.orgId, orgId), inArray(table.hsdsId, hsdsIds)));
  return new Map(rows.map((row) => [row.hsdsId, row.id]));
}
