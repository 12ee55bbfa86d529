import { createHash } from 'node:crypto';
import type { TAttendanceFlag, TScanRequest, TScanResponse } from '@musubi/shared';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { isAllowed, type MembershipFacts } from '../../platform/policy/policy';
import { findOpportunity, type OpportunityRow } from '../opportunities';
import { getOrganization } from '../organizations';
import { findVolunteerByAccount, volunteerBasics } from '../volunteers';
import { attendancePolicy } from './attendance.policy';
import * as repo from './attendance.repository';
import { getAttendanceSettings } from './attendance-settings.service';
import { applyClock } from './clocking.service';
import { type ParsedCode, parseCode, stepOf, verifyCode } from './codes';
import { toAttendanceSummary } from './views';

/** A scan may claim a time this far ahead of the server's clock (device clocks drift). */
const CLOCK_SKEW_MS = 60_000;
/** A volunteer's own site scan arriving later than this was made offline: flagged for a look. */
const LATE_SYNC_MS = 10 * 60_000;

export interface ScanCaller extends Actor {
  memberships: ReadonlyMap<string, MembershipFacts>;
}

/** The stored fingerprint of a scan: who sent what (the time as an instant, however it was written). */
function requestHash(accountId: string, body: TScanRequest): string {
  const canonical = JSON.stringify([
    accountId,
    body.kind,
    body.code,
    body.action,
    new Date(body.scannedAt).toISOString(),
    body.position ? [body.position.lat, body.position.lng, body.position.accuracyM] : null,
    body.kind === 'personal' ? (body.opportunityId ?? null) : null,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}

const refused = (scanId: string, code: string): TScanResponse => ({ scanId, result: 'refused', code });

/**
 * Records one scan, exactly once per scan id. A replay with the same body
 * gets the stored answer (accepted or refused) without touching anything;
 * the same id with another body is SCAN_ID_REUSED. A scan whose code names no
 * existing organization is refused without being stored: that answer
 * depends on the body alone, so a replay gets it again all the same.
 */
export async function submitScan(
  db: Db,
  caller: ScanCaller,
  scanId: string,
  body: TScanRequest,
  now = new Date(),
): Promise<TScanResponse> {
  const hash = requestHash(caller.accountId, body);
  const code = parseCode(body.code);
  // A code naming no organization is refused like a forged one (only "not found" is caught).
  const organization = code
    ? await getOrganization(db, code.orgId).catch((error: unknown) => {
        if (error instanceof AppError) return null;
        throw error;
      })
    : null;
  if (!code || !organization) {
    const stored = await repo.findScan(db, scanId);
    if (stored && stored.requestHash !== hash) throw new AppError('SCAN_ID_REUSED');
    return refused(scanId, 'ATTENDANCE_CODE_INVALID');
  }
  return db.transaction(async (tx) => {
    await repo.lockKey(tx, `scan:${scanId}`);
    const stored = await repo.findScan(tx, scanId);
    if (stored) {
      if (stored.requestHash !== hash) throw new AppError('SCAN_ID_REUSED');
      return stored.outcome;
    }
    let outcome: TScanResponse;
    let attendanceId: string | null = null;
    try {
      // A savepoint: a refusal leaves no half-made record, only the stored answer.
      outcome = await tx.transaction(async (sp) => {
        const accepted = await processScan(sp, caller, scanId, body, code, organization.timeZone, now);
        attendanceId = accepted.attendance.id;
        return accepted;
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome = refused(scanId, error.code);
    }
    await repo.insertScan(tx, {
      orgId: code.orgId,
      id: scanId,
      accountId: caller.accountId,
      requestHash: hash,
      kind: body.kind,
      action: body.action,
      scannedAt: new Date(body.scannedAt),
      outcome,
      attendanceId,
    });
    return outcome;
  });
}

async function processScan(
  tx: Db,
  caller: ScanCaller,
  scanId: string,
  body: TScanRequest,
  code: ParsedCode,
  timeZone: string,
  now: Date,
): Promise<Extract<TScanResponse, { result: 'accepted' }>> {
  const { orgId } = code;
  const settings = await getAttendanceSettings(tx, orgId);
  const scannedAt = new Date(body.scannedAt);
  if (
    scannedAt.getTime() > now.getTime() + CLOCK_SKEW_MS ||
    scannedAt.getTime() < now.getTime() - settings.offlineWindowHours * 3_600_000
  ) {
    throw new AppError('ATTENDANCE_SCAN_TIME_INVALID');
  }
  const siteCode = code.type === 'S' || code.type === 'P';
  if ((body.kind === 'site') !== siteCode || !(await verifyCode(tx, code))) {
    throw new AppError('ATTENDANCE_CODE_INVALID');
  }

  let volunteerId: string;
  let volunteerName: string;
  let opportunity: OpportunityRow;
  // The site's row when already read (a poster's generation): null until then, undefined when it has none.
  let site: repo.SiteRow | undefined | null = null;
  if (body.kind === 'site') {
    if (code.type === 'S' && Math.abs(stepOf(scannedAt) - code.n) > 1) throw new AppError('ATTENDANCE_CODE_EXPIRED');
    if (code.type === 'P') {
      site = await repo.findSite(tx, orgId, code.subjectId);
      if ((site?.posterGeneration ?? 1) !== code.n) throw new AppError('ATTENDANCE_CODE_REVOKED');
    }
    const volunteer = await findVolunteerByAccount(tx, orgId, caller.accountId);
    if (!volunteer || volunteer.status === 'merged') throw new AppError('ATTENDANCE_NOT_A_VOLUNTEER');
    volunteerId = volunteer.id;
    volunteerName = volunteer.name;
    opportunity = await findOpportunity(tx, orgId, code.subjectId);
  } else {
    if (!isAllowed(caller.memberships.get(orgId), attendancePolicy['attendance.site.operate'])) {
      throw new AppError('FORBIDDEN');
    }
    const current = await repo.findPersonalCode(tx, orgId, code.subjectId);
    if ((current?.generation ?? 1) !== code.n) throw new AppError('ATTENDANCE_CODE_REVOKED');
    const volunteer = (await volunteerBasics(tx, orgId, [code.subjectId])).get(code.subjectId);
    if (!volunteer || volunteer.status === 'merged') throw new AppError('VOLUNTEER_NOT_FOUND');
    volunteerId = volunteer.id;
    volunteerName = volunteer.name;
    opportunity = await findOpportunity(tx, orgId, body.opportunityId as string);
  }

  const place = code.placeId ? await repo.findPlace(tx, orgId, code.placeId) : undefined;
  if (code.placeId && place?.opportunityId !== opportunity.id) throw new AppError('ATTENDANCE_PLACE_NOT_FOUND');

  const eventFlags: TAttendanceFlag[] = [];
  const geofence = await geofenceFlag(tx, opportunity, site, place, body.position);
  if (geofence) eventFlags.push(geofence);
  if (body.kind === 'site' && now.getTime() - scannedAt.getTime() > LATE_SYNC_MS) eventFlags.push('synced_late');

  const record = await applyClock(tx, {
    orgId,
    timeZone,
    volunteerId,
    opportunityId: opportunity.id,
    placeId: place?.id ?? null,
    serviceKind: opportunity.category,
    action: body.action,
    at: scannedAt,
    method: code.type === 'S' ? 'screen' : code.type === 'P' ? 'poster' : 'personal',
    recordedBy: body.kind === 'personal' ? caller.accountId : null,
    eventFlags,
    settings,
    requestId: caller.requestId,
  });
  return {
    scanId,
    result: 'accepted',
    attendance: toAttendanceSummary(record, {
      opportunityTitle: opportunity.title,
      placeName: place?.name ?? null,
      volunteerName,
    }),
  };
}

/** Metres between two points (haversine; plenty for a few hundred metres). */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/**
 * The geofence's verdict on a scan: outside (farther than the radius, given
 * the device's accuracy up to the radius again), no position, or nothing.
 * Never a refusal: GPS indoors is poor, a coordinator decides. A place's own
 * location and radius, when set, take the activity's place.
 */
async function geofenceFlag(
  tx: Db,
  opportunity: OpportunityRow,
  known: repo.SiteRow | undefined | null,
  place: repo.PlaceRow | undefined,
  position: TScanRequest['position'],
): Promise<TAttendanceFlag | null> {
  const site = known !== null ? known : await repo.findSite(tx, opportunity.orgId, opportunity.id);
  const radius = place?.geofenceRadiusM ?? site?.geofenceRadiusM;
  const lat = place?.latitude ?? opportunity.latitude;
  const lng = place?.longitude ?? opportunity.longitude;
  if (!radius || lat === null || lng === null) return null;
  if (!position) return 'no_position';
  const distance = distanceM(position, { lat, lng });
  return distance > radius + Math.min(position.accuracyM, radius) ? 'outside_geofence' : null;
}
