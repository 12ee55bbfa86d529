import {
  bydayValuesOn,
  isOpenAt,
  type TCreateDirectoryLocationRequest,
  type TCreateDirectoryOrganizationRequest,
  type TCreateDirectoryServiceRequest,
  type TDirectoryAreasResponse,
  type TDirectoryLocation,
  type TDirectoryOrganization,
  type TDirectoryOrganizationDetail,
  type TDirectoryOrganizationListQuery,
  type TDirectoryOrganizationListResponse,
  type TDirectorySchedule,
  type TDirectoryService,
  type TDirectoryServiceSearch,
  type TDirectoryServiceSearchResponse,
  type TUpdateDirectoryLocationRequest,
  type TUpdateDirectoryOrganizationRequest,
  type TUpdateDirectoryServiceRequest,
  wallClockIn,
  ZCreateDirectoryLocationRequest,
  ZCreateDirectoryOrganizationRequest,
  ZCreateDirectoryServiceRequest,
  ZUpdateDirectoryLocationRequest,
  ZUpdateDirectoryOrganizationRequest,
  ZUpdateDirectoryServiceRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { keysetPage } from '../../platform/db/keyset-page';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { getOrganization } from '../organizations';
import * as repo from './directory.repository';

/** The organization's clock now: what "open now" is measured against. */
export async function directoryClock(db: Db, orgId: string, at: Date = new Date()) {
  return wallClockIn((await getOrganization(db, orgId)).timeZone, at);
}
type Clock = Awaited<ReturnType<typeof directoryClock>>;

function toSchedule(row: repo.ScheduleRow): TDirectorySchedule {
  return {
    freq: row.freq,
    byday: row.byday,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    validFrom: row.validFrom,
    validTo: row.validTo,
    description: row.description,
  };
}

function toOrganization(
  row: repo.OrganizationRow,
  counts: { services: number; locations: number } | undefined,
): TDirectoryOrganization {
  return {
    id: row.id,
    hsdsId: row.hsdsId,
    name: row.name,
    alternateName: row.alternateName,
    description: row.description,
    kind: row.kind,
    website: row.website,
    email: row.email,
    phone: row.phone,
    serviceCount: counts?.services ?? 0,
    locationCount: counts?.locations ?? 0,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function toLocations(db: Db, orgId: string, rows: repo.LocationRow[]): Promise<TDirectoryLocation[]> {
  const { byLocation } = await repo.schedulesOf(db, orgId, { locationIds: rows.map((row) => row.id) });
  const names = new Map(
    (await repo.findOrganizations(db, orgId, [...new Set(rows.map((row) => row.directoryOrganizationId))])).map((o) => [
      o.id,
      o.name,
    ]),
  );
  return rows.map((row) => ({
    id: row.id,
    hsdsId: row.hsdsId,
    organizationId: row.directoryOrganizationId,
    organizationName: names.get(row.directoryOrganizationId) ?? '',
    name: row.name,
    description: row.description,
    postalCode: row.postalCode,
    address: row.address,
    area: row.area,
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    accessibility: row.accessibility,
    schedules: (byLocation.get(row.id) ?? []).map(toSchedule),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** Services with their places, hours and whether they are open on the organization's clock. */
async function toServices(
  db: Db,
  orgId: string,
  rows: repo.ServiceRow[],
  organizationNames: Map<string, string>,
  clock: Clock,
): Promise<TDirectoryService[]> {
  const ids = rows.map((row) => row.id);
  const locationIds = await repo.locationIdsOf(db, orgId, ids);
  const allLocationIds = [...new Set([...locationIds.values()].flat())];
  const locations = new Map((await repo.findLocations(db, orgId, allLocationIds)).map((l) => [l.id, l]));
  const { byService, byLocation } = await repo.schedulesOf(db, orgId, {
    serviceIds: ids,
    locationIds: allLocationIds,
  });
  return rows.map((row) => {
    const own = (byService.get(row.id) ?? []).map(toSchedule);
    const places = (locationIds.get(row.id) ?? [])
      .flatMap((id) => (locations.has(id) ? [locations.get(id)!] : []))
      .sort((a, b) => a.name.localeCompare(b.name, 'ja'))
      .map((location) => ({
        id: location.id,
        name: location.name,
        postalCode: location.postalCode,
        address: location.address,
        area: location.area,
        schedules: (byLocation.get(location.id) ?? []).map(toSchedule),
      }));
    const hours = own.length > 0 ? own : places.flatMap((place) => place.schedules);
    return {
      id: row.id,
      hsdsId: row.hsdsId,
      organizationId: row.directoryOrganizationId,
      organizationName: organizationNames.get(row.directoryOrganizationId) ?? '',
      name: row.name,
      description: row.description,
      categories: row.categories,
      languages: row.languages,
      eligibility: row.eligibility,
      fees: row.fees,
      contactName: row.contactName,
      contactPhone: row.contactPhone,
      contactEmail: row.contactEmail,
      website: row.website,
      status: row.status,
      locations: places,
      schedules: own,
      openNow: row.status === 'active' && isOpenAt(hours, clock.date, clock.time),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

// ---------------------------------------------------------------- organizations

async function requireOrganization(db: Db, orgId: string, id: string): Promise<repo.OrganizationRow> {
  const row = await repo.findOrganization(db, orgId, id);
  if (!row) throw new AppError('DIRECTORY_ORGANIZATION_NOT_FOUND');
  return row;
}

export async function listDirectoryOrganizations(
  db: Db,
  orgId: string,
  query: TDirectoryOrganizationListQuery,
): Promise<TDirectoryOrganizationListResponse> {
  const page = keysetPage(await repo.listOrganizationRows(db, orgId, query), query.limit, (row) => row.id);
  const counts = await repo.countsOf(
    db,
    orgId,
    page.rows.map((row) => row.id),
  );
  return {
    organizations: page.rows.map((row) => toOrganization(row, counts.get(row.id))),
    nextCursor: page.nextCursor,
  };
}

/** An organization of the directory with all its services and places. */
export async function getDirectoryOrganization(
  db: Db,
  orgId: string,
  id: string,
): Promise<TDirectoryOrganizationDetail> {
  const row = await requireOrganization(db, orgId, id);
  const clock = await directoryClock(db, orgId);
  const [serviceRows, locationRows] = await Promise.all([
    repo.servicesOfOrganizations(db, orgId, [id]),
    repo.locationsOfOrganizations(db, orgId, [id]),
  ]);
  return {
    ...toOrganization(row, { services: serviceRows.length, locations: locationRows.length }),
    services: await toServices(db, orgId, serviceRows, new Map([[row.id, row.name]]), clock),
    locations: await toLocations(db, orgId, locationRows),
  };
}

export async function createDirectoryOrganization(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TCreateDirectoryOrganizationRequest,
): Promise<TDirectoryOrganization> {
  const fields = ZCreateDirectoryOrganizationRequest.parse(input);
  return db.transaction(async (tx) => {
    const id = newId();
    const row = await repo.insertOrganization(tx, {
      orgId,
      id,
      hsdsId: id,
      name: fields.name,
      alternateName: fields.alternateName ?? null,
      description: fields.description ?? null,
      kind: fields.kind,
      website: fields.website ?? null,
      email: fields.email ?? null,
      phone: fields.phone ?? null,
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_ORGANIZATION_CREATED',
      targetType: 'directory_organization',
      targetId: row.id,
      summary: { name: row.name, kind: row.kind },
      requestId: actor.requestId,
    });
    return toOrganization(row, undefined);
  });
}

export async function updateDirectoryOrganization(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  input: TUpdateDirectoryOrganizationRequest,
): Promise<TDirectoryOrganization> {
  const changes = ZUpdateDirectoryOrganizationRequest.parse(input);
  return db.transaction(async (tx) => {
    await requireOrganization(tx, orgId, id);
    const row = await repo.updateOrganizationRow(tx, orgId, id, changes);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_ORGANIZATION_UPDATED',
      targetType: 'directory_organization',
      targetId: id,
      summary: { name: row.name, fields: Object.keys(changes) },
      requestId: actor.requestId,
    });
    const counts = await repo.countsOf(tx, orgId, [id]);
    return toOrganization(row, counts.get(id));
  });
}

/** Removes an organization with its services, places and hours. */
export async function deleteDirectoryOrganization(db: Db, actor: Actor, orgId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await requireOrganization(tx, orgId, id);
    const counts = (await repo.countsOf(tx, orgId, [id])).get(id);
    await repo.deleteOrganizationRow(tx, orgId, id);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_ORGANIZATION_DELETED',
      targetType: 'directory_organization',
      targetId: id,
      summary: { name: row.name, services: counts?.services ?? 0, locations: counts?.locations ?? 0 },
      requestId: actor.requestId,
    });
  });
}

// ---------------------------------------------------------------- locations

async function requireLocation(db: Db, orgId: string, id: string): Promise<repo.LocationRow> {
  const [row] = await repo.findLocations(db, orgId, [id]);
  if (!row) throw new AppError('DIRECTORY_LOCATION_NOT_FOUND');
  return row;
}

export async function getDirectoryLocation(db: Db, orgId: string, id: string): Promise<TDirectoryLocation> {
  const [location] = await toLocations(db, orgId, [await requireLocation(db, orgId, id)]);
  return location;
}

type LocationColumns = Omit<repo.NewLocationRow, 'orgId' | 'hsdsId' | 'directoryOrganizationId'>;

function locationColumns(fields: Partial<Omit<TCreateDirectoryLocationRequest, 'schedules'>>) {
  const set: Partial<LocationColumns> = {};
  if (fields.name !== undefined) set.name = fields.name;
  if (fields.description !== undefined) set.description = fields.description;
  if (fields.postalCode !== undefined) set.postalCode = fields.postalCode;
  if (fields.address !== undefined) set.address = fields.address;
  if (fields.area !== undefined) set.area = fields.area;
  if (fields.accessibility !== undefined) set.accessibility = fields.accessibility;
  if (fields.location !== undefined) {
    set.latitude = fields.location?.lat ?? null;
    set.longitude = fields.location?.lng ?? null;
  }
  return set;
}

export async function createDirectoryLocation(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TCreateDirectoryLocationRequest,
): Promise<TDirectoryLocation> {
  const { schedules, organizationId, ...fields } = ZCreateDirectoryLocationRequest.parse(input);
  return db.transaction(async (tx) => {
    const owner = await requireOrganization(tx, orgId, organizationId);
    const id = newId();
    const row = await repo.insertLocation(tx, {
      ...locationColumns(fields),
      name: fields.name,
      orgId,
      id,
      hsdsId: id,
      directoryOrganizationId: owner.id,
    });
    await repo.replaceSchedules(tx, orgId, { locationId: id }, schedules ?? []);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_LOCATION_CREATED',
      targetType: 'directory_location',
      targetId: id,
      summary: { name: row.name, organization: owner.name, schedules: schedules?.length ?? 0 },
      requestId: actor.requestId,
    });
    return (await toLocations(tx, orgId, [row]))[0];
  });
}

export async function updateDirectoryLocation(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  input: TUpdateDirectoryLocationRequest,
): Promise<TDirectoryLocation> {
  const { schedules, ...fields } = ZUpdateDirectoryLocationRequest.parse(input);
  return db.transaction(async (tx) => {
    await requireLocation(tx, orgId, id);
    const row = await repo.updateLocationRow(tx, orgId, id, locationColumns(fields));
    if (schedules !== undefined) await repo.replaceSchedules(tx, orgId, { locationId: id }, schedules);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_LOCATION_UPDATED',
      targetType: 'directory_location',
      targetId: id,
      summary: { name: row.name, fields: Object.keys(input) },
      requestId: actor.requestId,
    });
    return (await toLocations(tx, orgId, [row]))[0];
  });
}

export async function deleteDirectoryLocation(db: Db, actor: Actor, orgId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await requireLocation(tx, orgId, id);
    await repo.deleteLocationRow(tx, orgId, id);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_LOCATION_DELETED',
      targetType: 'directory_location',
      targetId: id,
      summary: { name: row.name },
      requestId: actor.requestId,
    });
  });
}

export async function listDirectoryAreas(db: Db, orgId: string): Promise<TDirectoryAreasResponse> {
  return { areas: await repo.listAreas(db, orgId) };
}

// ---------------------------------------------------------------- services

async function requireService(db: Db, orgId: string, id: string): Promise<repo.ServiceRow> {
  const [row] = await repo.findServices(db, orgId, [id]);
  if (!row) throw new AppError('DIRECTORY_SERVICE_NOT_FOUND');
  return row;
}

async function assertLocationsExist(db: Db, orgId: string, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if ((await repo.findLocations(db, orgId, unique)).length !== unique.length) {
    throw new AppError('DIRECTORY_LOCATION_NOT_FOUND');
  }
}

async function oneService(db: Db, orgId: string, row: repo.ServiceRow): Promise<TDirectoryService> {
  const owner = await requireOrganization(db, orgId, row.directoryOrganizationId);
  const clock = await directoryClock(db, orgId);
  return (await toServices(db, orgId, [row], new Map([[owner.id, owner.name]]), clock))[0];
}

export async function getDirectoryService(db: Db, orgId: string, id: string): Promise<TDirectoryService> {
  return oneService(db, orgId, await requireService(db, orgId, id));
}

type ServiceColumns = Omit<repo.NewServiceRow, 'orgId' | 'hsdsId' | 'directoryOrganizationId'>;

function serviceColumns(fields: Partial<Omit<TCreateDirectoryServiceRequest, 'schedules' | 'locationIds'>>) {
  const set: Partial<ServiceColumns> = {};
  const keys = [
    'name',
    'description',
    'eligibility',
    'fees',
    'contactName',
    'contactPhone',
    'contactEmail',
    'website',
    'status',
  ] as const;
  for (const key of keys) {
    if (fields[key] !== undefined) (set as Record<string, unknown>)[key] = fields[key];
  }
  if (fields.categories !== undefined) set.categories = [...new Set(fields.categories)];
  if (fields.languages !== undefined) set.languages = [...new Set(fields.languages)];
  return set;
}

export async function createDirectoryService(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TCreateDirectoryServiceRequest,
): Promise<TDirectoryService> {
  const { schedules, locationIds, organizationId, ...fields } = ZCreateDirectoryServiceRequest.parse(input);
  return db.transaction(async (tx) => {
    const owner = await requireOrganization(tx, orgId, organizationId);
    await assertLocationsExist(tx, orgId, locationIds ?? []);
    const id = newId();
    const row = await repo.insertService(tx, {
      ...serviceColumns(fields),
      name: fields.name,
      orgId,
      id,
      hsdsId: id,
      directoryOrganizationId: owner.id,
    });
    await repo.replaceServiceLocations(tx, orgId, id, locationIds ?? []);
    await repo.replaceSchedules(tx, orgId, { serviceId: id }, schedules ?? []);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_SERVICE_CREATED',
      targetType: 'directory_service',
      targetId: id,
      summary: { name: row.name, organization: owner.name, categories: row.categories },
      requestId: actor.requestId,
    });
    return oneService(tx, orgId, row);
  });
}

export async function updateDirectoryService(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  input: TUpdateDirectoryServiceRequest,
): Promise<TDirectoryService> {
  const { schedules, locationIds, ...fields } = ZUpdateDirectoryServiceRequest.parse(input);
  return db.transaction(async (tx) => {
    await requireService(tx, orgId, id);
    if (locationIds !== undefined) {
      await assertLocationsExist(tx, orgId, locationIds);
      await repo.replaceServiceLocations(tx, orgId, id, locationIds);
    }
    if (schedules !== undefined) await repo.replaceSchedules(tx, orgId, { serviceId: id }, schedules);
    const row = await repo.updateServiceRow(tx, orgId, id, serviceColumns(fields));
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_SERVICE_UPDATED',
      targetType: 'directory_service',
      targetId: id,
      summary: { name: row.name, fields: Object.keys(input) },
      requestId: actor.requestId,
    });
    return oneService(tx, orgId, row);
  });
}

export async function deleteDirectoryService(db: Db, actor: Actor, orgId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await requireService(tx, orgId, id);
    await repo.deleteServiceRow(tx, orgId, id);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'DIRECTORY_SERVICE_DELETED',
      targetType: 'directory_service',
      targetId: id,
      summary: { name: row.name },
      requestId: actor.requestId,
    });
  });
}

/**
 * Finds services: by words, category, area, language, and opening hours measured on the
 * organization's clock (open on a weekday from today on, or open at this moment).
 */
export async function searchDirectoryServices(
  db: Db,
  orgId: string,
  query: TDirectoryServiceSearch,
  at: Date = new Date(),
): Promise<TDirectoryServiceSearchResponse> {
  const clock = await directoryClock(db, orgId, at);
  const hours: repo.HoursFilter | undefined =
    query.openOn || query.openNow
      ? {
          today: clock.date,
          weekday: query.openOn,
          now: query.openNow ? { time: clock.time, ...bydayValuesOn(clock.date) } : undefined,
        }
      : undefined;
  const found = await repo.searchServiceRows(db, orgId, query, hours);
  const page = keysetPage(found, query.limit, (row) => row.service.id);
  const names = new Map(page.rows.map((row) => [row.service.directoryOrganizationId, row.organizationName]));
  return {
    services: await toServices(
      db,
      orgId,
      page.rows.map((row) => row.service),
      names,
      clock,
    ),
    nextCursor: page.nextCursor,
  };
}

/** Names and organizations of some services, for other modules (a referral names the service it used). */
export async function directoryServiceNames(
  db: Db,
  orgId: string,
  ids: string[],
): Promise<Map<string, { name: string; organizationName: string }>> {
  const rows = await repo.findServices(db, orgId, ids);
  const owners = new Map(
    (await repo.findOrganizations(db, orgId, [...new Set(rows.map((row) => row.directoryOrganizationId))])).map((o) => [
      o.id,
      o.name,
    ]),
  );
  return new Map(
    rows.map((row) => [row.id, { name: row.name, organizationName: owners.get(row.directoryOrganizationId) ?? '' }]),
  );
}
