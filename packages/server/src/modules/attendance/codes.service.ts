import {
  SITE_CODE_STEP_SECONDS,
  type TAttendancePlace,
  type TAttendancePlaceRequest,
  type TAttendanceSite,
  type TPersonalCode,
  type TPosterCode,
  type TSiteCodesQuery,
  type TSiteCodesResponse,
  type TUpdateAttendanceSiteRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { findOpportunity } from '../opportunities';
import { getOrganization } from '../organizations';
import { volunteerBasics, volunteersOfAccount } from '../volunteers';
import * as repo from './attendance.repository';
import { makeCode, makeCodes, stepOf, stepStart } from './codes';

/** How far back a screen may ask for codes (a screen that lost its clock for a while). */
const MAX_BACK_MS = 24 * 3_600_000;

// ---------------------------------------------------------------- sites

/** The organization's activities as check-in sites (geofence, poster generation). */
export async function listAttendanceSites(db: Db, orgId: string): Promise<TAttendanceSite[]> {
  const rows = await repo.listSites(db, orgId);
  return rows.map((row) => ({
    opportunityId: row.opportunityId,
    opportunityTitle: row.title,
    hasLocation: row.latitude !== null && row.longitude !== null,
    geofenceRadiusM: row.geofenceRadiusM ?? null,
    posterGeneration: row.posterGeneration ?? 1,
  }));
}

/** Sets or removes the activity's geofence; a radius needs the activity's coordinates. */
export async function updateAttendanceSite(
  db: Db,
  actor: Actor,
  orgId: string,
  opportunityId: string,
  changes: TUpdateAttendanceSiteRequest,
): Promise<TAttendanceSite> {
  return db.transaction(async (tx) => {
    const opportunity = await findOpportunity(tx, orgId, opportunityId);
    const hasLocation = opportunity.latitude !== null && opportunity.longitude !== null;
    if (changes.geofenceRadiusM !== null && !hasLocation) throw new AppError('ATTENDANCE_SITE_NO_LOCATION');
    await repo.lockSite(tx, orgId, opportunityId);
    const site = await repo.updateSite(tx, orgId, opportunityId, { geofenceRadiusM: changes.geofenceRadiusM });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'ATTENDANCE_SITE_UPDATED',
      targetType: 'opportunity',
      targetId: opportunityId,
      summary: { geofenceRadiusM: changes.geofenceRadiusM },
      requestId: actor.requestId,
    });
    return {
      opportunityId,
      opportunityTitle: opportunity.title,
      hasLocation,
      geofenceRadiusM: site.geofenceRadiusM,
      posterGeneration: site.posterGeneration,
    };
  });
}

// ---------------------------------------------------------------- places

function toPlace(row: repo.PlaceRow): TAttendancePlace {
  return {
    id: row.id,
    opportunityId: row.opportunityId,
    name: row.name,
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    geofenceRadiusM: row.geofenceRadiusM,
  };
}

/** The place of the activity, or ATTENDANCE_PLACE_NOT_FOUND. */
async function requirePlace(db: Db, orgId: string, opportunityId: string, placeId: string) {
  const place = await repo.findPlace(db, orgId, placeId);
  if (place?.opportunityId !== opportunityId) throw new AppError('ATTENDANCE_PLACE_NOT_FOUND');
  return place;
}

export async function listAttendancePlaces(db: Db, orgId: string, opportunityId: string): Promise<TAttendancePlace[]> {
  await findOpportunity(db, orgId, opportunityId);
  return (await repo.listPlaces(db, orgId, opportunityId)).map(toPlace);
}

/** Adds or changes a place of an activity (its own codes, location and geofence). */
export async function saveAttendancePlace(
  db: Db,
  actor: Actor,
  orgId: string,
  opportunityId: string,
  placeId: string | null,
  input: TAttendancePlaceRequest,
): Promise<TAttendancePlace> {
  return db.transaction(async (tx) => {
    const opportunity = await findOpportunity(tx, orgId, opportunityId);
    if (placeId) await requirePlace(tx, orgId, opportunityId, placeId);
    const located = input.location !== null || (opportunity.latitude !== null && opportunity.longitude !== null);
    if (input.geofenceRadiusM !== null && !located) throw new AppError('ATTENDANCE_SITE_NO_LOCATION');
    const fields = {
      name: input.name,
      latitude: input.location?.lat ?? null,
      longitude: input.location?.lng ?? null,
      geofenceRadiusM: input.geofenceRadiusM,
    };
    const row = placeId
      ? await repo.updatePlace(tx, orgId, placeId, fields)
      : await repo.insertPlace(tx, { orgId, opportunityId, ...fields });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'ATTENDANCE_SITE_UPDATED',
      targetType: 'opportunity',
      targetId: opportunityId,
      summary: { placeId: row.id, name: row.name, geofenceRadiusM: row.geofenceRadiusM, created: !placeId },
      requestId: actor.requestId,
    });
    return toPlace(row);
  });
}

// ---------------------------------------------------------------- rotating screen codes

/**
 * Rotating codes for a screen, one per 30-second step from `from` (default
 * now), signed ahead so the screen keeps rotating without a connection.
 */
export async function listSiteCodes(
  db: Db,
  orgId: string,
  query: TSiteCodesQuery,
  now = new Date(),
): Promise<TSiteCodesResponse> {
  const opportunity = await findOpportunity(db, orgId, query.opportunityId);
  const place = query.placeId ? await requirePlace(db, orgId, opportunity.id, query.placeId) : null;
  let from = query.from ? new Date(query.from) : now;
  if (from.getTime() < now.getTime() - MAX_BACK_MS) from = new Date(now.getTime() - MAX_BACK_MS);
  const first = stepOf(from);
  const steps = Array.from({ length: query.count }, (_, i) => first + i);
  const codes = await makeCodes(db, 'S', orgId, opportunity.id, steps, place?.id ?? null);
  return {
    opportunityId: opportunity.id,
    opportunityTitle: opportunity.title,
    placeId: place?.id ?? null,
    placeName: place?.name ?? null,
    stepSeconds: SITE_CODE_STEP_SECONDS,
    codes: steps.map((step, i) => ({
      code: codes[i] as string,
      validFrom: stepStart(step).toISOString(),
      validUntil: stepStart(step + 1).toISOString(),
    })),
  };
}

// ---------------------------------------------------------------- posters

/** The current poster code of the activity (or of one of its places). */
export async function getPosterCode(
  db: Db,
  orgId: string,
  opportunityId: string,
  placeId: string | null = null,
): Promise<TPosterCode> {
  const opportunity = await findOpportunity(db, orgId, opportunityId);
  const place = placeId ? await requirePlace(db, orgId, opportunityId, placeId) : null;
  const site = await repo.findSite(db, orgId, opportunityId);
  const generation = site?.posterGeneration ?? 1;
  return {
    opportunityId,
    opportunityTitle: opportunity.title,
    placeId: place?.id ?? null,
    placeName: place?.name ?? null,
    code: await makeCode(db, 'P', orgId, opportunityId, generation, place?.id ?? null),
    generation,
    issuedAt: (site?.posterIssuedAt ?? opportunity.createdAt).toISOString(),
  };
}

/** Issues a new poster code: every poster of the activity printed before (at any of its places) stops working. */
export async function reissuePosterCode(
  db: Db,
  actor: Actor,
  orgId: string,
  opportunityId: string,
): Promise<TPosterCode> {
  return db.transaction(async (tx) => {
    const opportunity = await findOpportunity(tx, orgId, opportunityId);
    const current = await repo.lockSite(tx, orgId, opportunityId);
    const site = await repo.updateSite(tx, orgId, opportunityId, {
      posterGeneration: current.posterGeneration + 1,
      posterIssuedAt: new Date(),
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'ATTENDANCE_POSTER_REISSUED',
      targetType: 'opportunity',
      targetId: opportunityId,
      summary: { generation: site.posterGeneration },
      requestId: actor.requestId,
    });
    return {
      opportunityId,
      opportunityTitle: opportunity.title,
      placeId: null,
      placeName: null,
      code: await makeCode(tx, 'P', orgId, opportunityId, site.posterGeneration),
      generation: site.posterGeneration,
      issuedAt: site.posterIssuedAt.toISOString(),
    };
  });
}

// ---------------------------------------------------------------- personal codes

async function personalCodeOf(
  db: Db,
  volunteer: { orgId: string; id: string; name: string },
  row: { generation: number; issuedAt: Date },
): Promise<TPersonalCode> {
  const organization = await getOrganization(db, volunteer.orgId);
  return {
    volunteerId: volunteer.id,
    orgId: volunteer.orgId,
    organizationName: organization.name,
    volunteerName: volunteer.name,
    code: await makeCode(db, 'V', volunteer.orgId, volunteer.id, row.generation),
    generation: row.generation,
    issuedAt: row.issuedAt.toISOString(),
  };
}

/** The signed-in person's volunteer record by id (another person's is not found). */
async function ownVolunteer(db: Db, accountId: string, volunteerId: string) {
  const volunteer = (await volunteersOfAccount(db, accountId)).find((row) => row.id === volunteerId);
  if (!volunteer) throw new AppError('VOLUNTEER_NOT_FOUND');
  return volunteer;
}

/** The person's personal codes, one per organization they volunteer with. */
export async function listMyPersonalCodes(db: Db, accountId: string): Promise<TPersonalCode[]> {
  const volunteers = await volunteersOfAccount(db, accountId);
  const codes: TPersonalCode[] = [];
  for (const volunteer of volunteers) {
    codes.push(await personalCodeOf(db, volunteer, await repo.ensurePersonalCode(db, volunteer.orgId, volunteer.id)));
  }
  return codes;
}

export async function getMyPersonalCode(db: Db, accountId: string, volunteerId: string): Promise<TPersonalCode> {
  const volunteer = await ownVolunteer(db, accountId, volunteerId);
  return personalCodeOf(db, volunteer, await repo.ensurePersonalCode(db, volunteer.orgId, volunteer.id));
}

async function renew(
  db: Db,
  actor: Actor,
  volunteer: { orgId: string; id: string; name: string },
  byStaff: boolean,
): Promise<TPersonalCode> {
  return db.transaction(async (tx) => {
    const row = await repo.bumpPersonalCode(tx, volunteer.orgId, volunteer.id);
    await recordAudit(tx, {
      orgId: volunteer.orgId,
      actorAccountId: actor.accountId,
      action: 'ATTENDANCE_PERSONAL_CODE_RENEWED',
      targetType: 'volunteer',
      targetId: volunteer.id,
      summary: { generation: row.generation, byStaff },
      requestId: actor.requestId,
    });
    return personalCodeOf(tx, volunteer, row);
  });
}

/** Revokes the person's own code and issues a new one (a phone lost, a card left behind). */
export async function renewMyPersonalCode(db: Db, actor: Actor, volunteerId: string): Promise<TPersonalCode> {
  return renew(db, actor, await ownVolunteer(db, actor.accountId, volunteerId), false);
}

/** A volunteer's current code for a printed card (someone without a phone), made at generation 1 on first use. */
export async function getPersonalCode(db: Db, orgId: string, volunteerId: string): Promise<TPersonalCode> {
  const volunteer = (await volunteerBasics(db, orgId, [volunteerId])).get(volunteerId);
  if (!volunteer || volunteer.status === 'merged') throw new AppError('VOLUNTEER_NOT_FOUND');
  return personalCodeOf(db, volunteer, await repo.ensurePersonalCode(db, orgId, volunteerId));
}

/** Staff revoke a volunteer's code on their behalf. */
export async function renewPersonalCode(
  db: Db,
  actor: Actor,
  orgId: string,
  volunteerId: string,
): Promise<TPersonalCode> {
  const volunteer = (await volunteerBasics(db, orgId, [volunteerId])).get(volunteerId);
  if (!volunteer || volunteer.status === 'merged') throw new AppError('VOLUNTEER_NOT_FOUND');
  return renew(db, actor, volunteer, true);
}
