import type { TCatalogueFilter, TCatalogueItem, TCatalogueResponse } from '@musubi/shared';
import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import ical from 'ical-generator';
import { type Db, queryRows } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/sql-text';
import { AppError } from '../../platform/errors/app-error';
import { getOrganization, listNetworkPeers } from '../organizations';
import { findOpportunityAnywhere, toOpportunities, toShifts } from './opportunities.service';
import { shiftTable } from './opportunities.table';

const EARTH_RADIUS_KM = 6371;

/** Organizations whose `network` activities the person may see, and those whose own-only ones. */
export async function audienceOf(db: Db, memberOrgIds: readonly string[]) {
  const peers = new Set<string>();
  for (const orgId of memberOrgIds) for (const peer of await listNetworkPeers(db, orgId)) peers.add(peer);
  return { members: [...memberOrgIds], peers: [...peers] };
}

function visibilityCondition(audience: { members: string[]; peers: string[] }): SQL {
  const inList = (ids: string[]) =>
    ids.length === 0
      ? sql`false`
      : sql`o.org_id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  return sql`(o.visibility = 'public'
    or (o.visibility = 'network' and ${inList(audience.peers)})
    or ${inList(audience.members)})`;
}

/**
 * The catalogue query, shared with bench/ so the baseline runs the very same
 * SQL: published activities the audience may see with a shift in the date
 * range, filtered, nearest first when searching from a point, else soonest.
 */
export function catalogueSql(query: TCatalogueFilter, audience: { members: string[]; peers: string[] }): SQL {
  const now = new Date();
  // Coarse instant bounds use the shift index; the exact test is on the organization's local date.
  const fromInstant = query.from ? new Date(Date.parse(`${query.from}T00:00:00Z`) - 86_400_000) : now;
  const toInstant = query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 2 * 86_400_000) : null;
  const localDate = sql`(s.starts_at at time zone org.time_zone)::date`;
  const shiftFilter = sql.join(
    [
      sql`s.org_id = o.org_id and s.opportunity_id = o.id and s.status = 'scheduled'`,
      sql`s.starts_at >= ${query.from ? fromInstant : now}`,
      query.from ? sql`${localDate} >= ${query.from}::date and s.starts_at >= ${now}` : undefined,
      toInstant ? sql`s.starts_at < ${toInstant} and ${localDate} <= ${query.to}::date` : undefined,
    ].filter((part): part is SQL => part !== undefined),
    sql` and `,
  );
  const point = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : null;
  const distance = point
    ? sql`(${2 * EARTH_RADIUS_KM} * asin(sqrt(
        power(sin(radians(o.latitude - ${point.lat}) / 2), 2)
        + cos(radians(${point.lat})) * cos(radians(o.latitude))
          * power(sin(radians(o.longitude - ${point.lng}) / 2), 2))))`
    : sql`null::float8`;
  const conditions: SQL[] = [sql`o.status = 'published'`, visibilityCondition(audience)];
  if (query.category) conditions.push(sql`o.category = ${query.category}`);
  if (query.beginner !== undefined) conditions.push(sql`o.beginner_friendly = ${query.beginner}`);
  if (query.trial !== undefined) conditions.push(sql`o.trial = ${query.trial}`);
  if (query.online !== undefined) conditions.push(sql`o.online = ${query.online}`);
  if (query.orgId) conditions.push(sql`o.org_id = ${query.orgId}`);
  if (query.area) conditions.push(sql`o.area ilike ${containsPattern(query.area)}`);
  if (query.q) {
    const like = containsPattern(query.q);
    conditions.push(sql`(o.title ilike ${like} or o.description ilike ${like} or o.address ilike ${like})`);
  }
  if (point && query.radiusKm) {
    // A bounding box first (cheap, indexable), then the exact great-circle distance.
    const dLat = query.radiusKm / 111.2;
    const dLng = query.radiusKm / (111.2 * Math.max(Math.cos((point.lat * Math.PI) / 180), 0.01));
    conditions.push(
      sql`o.latitude between ${point.lat - dLat} and ${point.lat + dLat}
        and o.longitude between ${point.lng - dLng} and ${point.lng + dLng}
        and ${distance} <= ${query.radiusKm}`,
    );
  }
  return sql`
    select o.id, o.org_id, org.name as org_name, o.title, o.category, o.online, o.area, o.address,
      o.latitude, o.longitude, o.beginner_friendly, o.trial,
      u.next_start, u.shift_count, ${distance} as distance_km, count(*) over () as total
    from opportunity o
    join organization org on org.id = o.org_id
    join lateral (
      select min(s.starts_at) as next_start, count(*)::int as shift_count from shift s where ${shiftFilter}
    ) u on u.shift_count > 0
    where ${sql.join(conditions, sql` and `)}
    order by ${point ? sql`distance_km nulls last, ` : sql``}u.next_start, o.id
    limit ${query.limit} offset ${query.offset}`;
}

interface CatalogueRow {
  id: string;
  org_id: string;
  org_name: string;
  title: string;
  category: string;
  online: boolean;
  area: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  beginner_friendly: boolean;
  trial: boolean;
  next_start: Date | string;
  shift_count: number;
  distance_km: number | null;
  total: number | string;
}

/** The public catalogue (and, for signed-in people, their networks' and organizations' activities). */
export async function searchCatalogue(
  db: Db,
  query: TCatalogueFilter,
  memberOrgIds: readonly string[],
): Promise<TCatalogueResponse> {
  const rows = await queryRows<CatalogueRow>(db, catalogueSql(query, await audienceOf(db, memberOrgIds)));
  return {
    total: rows.length > 0 ? Number(rows[0].total) : 0,
    entries: rows.map((row) => ({
      id: row.id,
      orgId: row.org_id,
      orgName: row.org_name,
      title: row.title,
      category: row.category as TCatalogueResponse['entries'][number]['category'],
      online: row.online,
      area: row.area,
      address: row.address,
      location:
        row.latitude !== null && row.longitude !== null
          ? { lat: Number(row.latitude), lng: Number(row.longitude) }
          : null,
      beginnerFriendly: row.beginner_friendly,
      trial: row.trial,
      nextShiftStartsAt: new Date(row.next_start).toISOString(),
      upcomingShiftCount: Number(row.shift_count),
      distanceKm: row.distance_km === null ? null : Math.round(Number(row.distance_km) * 10) / 10,
    })),
  };
}

/** One activity's share page: details and upcoming shifts, each saying whether it takes sign-ups now. */
export async function catalogueItem(
  db: Db,
  opportunityId: string,
  memberOrgIds: readonly string[],
): Promise<TCatalogueItem> {
  const row = await findOpportunityAnywhere(db, opportunityId);
  const audience = await audienceOf(db, memberOrgIds);
  const visible =
    row &&
    (audience.members.includes(row.orgId) ||
      (row.status === 'published' &&
        (row.visibility === 'public' || (row.visibility === 'network' && audience.peers.includes(row.orgId)))));
  if (!row || !visible) throw new AppError('OPPORTUNITY_NOT_FOUND');
  const [opportunity] = await toOpportunities(db, [row]);
  const shiftRows = await db
    .select()
    .from(shiftTable)
    .where(
      and(
        eq(shiftTable.orgId, row.orgId),
        eq(shiftTable.opportunityId, row.id),
        eq(shiftTable.status, 'scheduled'),
        gt(shiftTable.startsAt, new Date()),
      ),
    )
    .orderBy(asc(shiftTable.startsAt))
    .limit(100);
  const now = Date.now();
  const shifts = (await toShifts(db, row.orgId, shiftRows)).map((shift) => ({
    ...shift,
    open:
      row.status === 'published' &&
      (shift.signupOpensAt === null || Date.parse(shift.signupOpensAt) <= now) &&
      Date.parse(shift.signupClosesAt) > now &&
      (shift.waitlist || shift.roles.some((role) => role.confirmed < role.capacity)),
  }));
  return { opportunity, shifts };
}

/** An organization's public activities as an RFC 5545 calendar (one event per upcoming shift). */
export async function publicCalendar(db: Db, publicUrl: string, orgId: string): Promise<string> {
  const org = await getOrganization(db, orgId);
  const rows = await queryRows<{
    shift_id: string;
    opportunity_id: string;
    title: string;
    address: string | null;
    online: boolean;
    starts_at: Date | string;
    ends_at: Date | string;
  }>(
    db,
    sql`select s.id as shift_id, o.id as opportunity_id, o.title, o.address, o.online, s.starts_at, s.ends_at
      from shift s join opportunity o on o.org_id = s.org_id and o.id = s.opportunity_id
      where s.org_id = ${orgId} and s.status = 'scheduled' and s.starts_at > now()
        and o.status = 'published' and o.visibility = 'public'
      order by s.starts_at limit 1000`,
  );
  const calendar = ical({ name: org.name, prodId: { company: 'Musubi', product: 'musubi' } });
  for (const row of rows) {
    calendar.createEvent({
      id: `${row.shift_id}@musubi`,
      start: new Date(row.starts_at),
      end: new Date(row.ends_at),
      summary: row.title,
      location: row.online ? 'Online' : (row.address ?? undefined),
      url: `${publicUrl}/a/${row.opportunity_id}`,
    });
  }
  return calendar.toString();
}
