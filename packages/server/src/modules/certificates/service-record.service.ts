import type { TRecognition, TServiceRecord } from '@musubi/shared';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { describeOrganizations, listNetworkPeers } from '../organizations';
import { volunteerBasics, volunteersOfAccount } from '../volunteers';
import { levelsOf } from './certificate-settings.service';
import * as repo from './certificates.repository';
import { recognitionFor } from './recognition';

type RecordRef = { orgId: string; volunteerId: string };

/** Entries, totals per calendar year and overall, and the standing against each organization's levels. */
async function buildServiceRecord(db: Db, records: RecordRef[], levelOrgIds: string[]): Promise<TServiceRecord> {
  const rows = await repo.listApprovedService(db, records);
  const orgIds = [...new Set([...records.map((r) => r.orgId), ...levelOrgIds])];
  const [names, settings] = await Promise.all([
    describeOrganizations(db, orgIds),
    repo.findSettingsOf(db, levelOrgIds),
  ]);
  const nameOf = (orgId: string) => names.get(orgId)?.name ?? '';
  const byYear = new Map<number, number>();
  let totalMinutes = 0;
  for (const row of rows) {
    const year = Number(row.serviceDate.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0) + row.minutes);
    totalMinutes += row.minutes;
  }
  const recognitions: TRecognition[] = levelOrgIds.map((orgId) => ({
    orgId,
    orgName: nameOf(orgId),
    ...recognitionFor(levelsOf(settings.find((s) => s.orgId === orgId)), totalMinutes),
  }));
  return {
    entries: rows.map((row) => ({
      attendanceId: row.attendanceId,
      orgId: row.orgId,
      orgName: nameOf(row.orgId),
      volunteerId: row.volunteerId,
      serviceDate: row.serviceDate,
      activity: row.activity,
      role: row.role,
      minutes: row.minutes,
    })),
    years: [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, minutes]) => ({ year, minutes })),
    totalMinutes,
    recognitions,
    organizations: [...new Map(records.map((r) => [r.orgId, { orgId: r.orgId, orgName: nameOf(r.orgId) }])).values()],
  };
}

/** The signed-in person's own lifetime record, across every organization where they have a volunteer record. */
export async function getMyServiceRecord(db: Db, accountId: string): Promise<TServiceRecord> {
  const records = (await volunteersOfAccount(db, accountId)).map((v) => ({ orgId: v.orgId, volunteerId: v.id }));
  return buildServiceRecord(db, records, [...new Set(records.map((r) => r.orgId))]);
}

/**
 * A volunteer's record as their organization's staff see it: the service with
 * this organization, plus the person's records at other organizations of the
 * same network where they consented to sharing with the network.
 */
export async function getVolunteerServiceRecord(db: Db, orgId: string, volunteerId: string): Promise<TServiceRecord> {
  const volunteer = (await volunteerBasics(db, orgId, [volunteerId])).get(volunteerId);
  if (!volunteer) throw new AppError('VOLUNTEER_NOT_FOUND');
  const records: RecordRef[] = [{ orgId, volunteerId }];
  if (volunteer.accountId) {
    const peers = new Set(await listNetworkPeers(db, orgId));
    const others = (await volunteersOfAccount(db, volunteer.accountId))
      .filter((v) => v.orgId !== orgId && peers.has(v.orgId))
      .map((v) => ({ orgId: v.orgId, volunteerId: v.id }));
    const shared = await repo.recordsSharedWithNetwork(db, others);
    records.push(...others.filter((r) => shared.has(r.volunteerId)));
  }
  return buildServiceRecord(db, records, [orgId]);
}

/** Which volunteer records are the signed-in person's (for their own certificates). */
export async function myRecords(db: Db, accountId: string): Promise<RecordRef[]> {
  return (await volunteersOfAccount(db, accountId)).map((v) => ({ orgId: v.orgId, volunteerId: v.id }));
}
