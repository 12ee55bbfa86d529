import {
  DEFAULT_ATTENDANCE_SETTINGS,
  type TAttendanceFlag,
  type TAttendanceMethod,
  type TAttendanceSettings,
} from '@musubi/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as attendanceRepo from '../modules/attendance/attendance.repository';
import { closeForgottenClockOuts } from '../modules/attendance/auto-close.service';
import { applyClock } from '../modules/attendance/clocking.service';
import { needResourceLineTable } from '../modules/needs/needs.table';
import { findOpportunities } from '../modules/opportunities';
import { shiftRoleTable, shiftTable } from '../modules/opportunities/opportunities.table';
import { getOrganization } from '../modules/organizations';
import { shiftSignupTable } from '../modules/signups/signups.table';
import { findVolunteerByAccount } from '../modules/volunteers';
import type { Db } from '../platform/db/client';
import { newId } from '../platform/db/ids';
import { AppError } from '../platform/errors/app-error';
import { DEMO_ORG_KEYS, type DemoNetwork } from './demo-data';

const MINUTE = 60_000;
const DEMO_VOLUNTEER_EMAIL = 'volunteer@musubino.example.org';
const DAY = 86_400_000;

/**
 * How each of a past shift's volunteers clocked, in turn: most on time (approved
 * by themselves and credited), and the cases a coordinator sees in the queue.
 */
const PATTERNS: {
  method: TAttendanceMethod;
  inOffset: number;
  /** Minutes after the shift's end; null: forgot to clock out. */
  outOffset: number | null;
  flags?: TAttendanceFlag[];
}[] = [
  { method: 'screen', inOffset: -6, outOffset: 3 },
  { method: 'poster', inOffset: 2, outOffset: -2 },
  { method: 'personal', inOffset: 27, outOffset: 0 },
  { method: 'screen', inOffset: -1, outOffset: null },
  { method: 'screen', inOffset: 0, outOffset: 5, flags: ['outside_geofence'] },
  { method: 'personal', inOffset: -3, outOffset: 1 },
];

/**
 * A week of attendance at the hub's and the council's activities: rules,
 * geofences and personal codes set up, each activity's occurrence of the
 * past week held with its volunteers' clock-ins and clock-outs, the ones on
 * time approved and credited to their time-credit accounts, the rest
 * (a late arrival, a forgotten clock-out, a scan outside the site) waiting in
 * the approval queue. The demo volunteer login has records of their own.
 */
export async function seedAttendance(
  tx: Db,
  network: DemoNetwork,
  orgIds: Map<string, string>,
  accountIds: Map<string, string>,
  now = new Date(),
) {
  for (const orgKey of [DEMO_ORG_KEYS.hub, DEMO_ORG_KEYS.welfareCouncil]) {
    const orgId = orgIds.get(orgKey)!;
    const organization = await getOrganization(tx, orgId);
    const settings = { ...DEFAULT_ATTENDANCE_SETTINGS, autoApproveToleranceMinutes: 15 };
    await attendanceRepo.upsertSettings(tx, { orgId, ...settings });
    const staff = network.people.find((p) =>
      p.memberships.some((m) => m.orgKey === orgKey && ['coordinator', 'org_admin', 'network_admin'].includes(m.role)),
    )!;
    const staffId = accountIds.get(staff.key)!;

    // Volunteers with a sign-in, the demo login first (so it has a history of its own).
    const people = network.people
      .filter((p) => p.memberships.some((m) => m.orgKey === orgKey && m.role === 'volunteer'))
      .sort((a, b) => Number(b.email === DEMO_VOLUNTEER_EMAIL) - Number(a.email === DEMO_VOLUNTEER_EMAIL));
    const volunteerIds: string[] = [];
    for (const person of people) {
      const record = await findVolunteerByAccount(tx, orgId, accountIds.get(person.key)!);
      const isDemoLogin = person.email === DEMO_VOLUNTEER_EMAIL;
      if (!record || (record.status !== 'active' && !(isDemoLogin && record.status !== 'merged'))) continue;
      volunteerIds.push(record.id);
      await attendanceRepo.ensurePersonalCode(tx, orgId, record.id);
      if (volunteerIds.length === 12) break;
    }
    if (volunteerIds.length === 0) continue;

    const sites = await attendanceRepo.listSites(tx, orgId);
    const opportunities = new Map(
      (
        await findOpportunities(
          tx,
          orgId,
          sites.map((s) => s.opportunityId),
        )
      ).map((o) => [o.id, o]),
    );
    let next = 0;
    for (const site of sites) {
      const opportunity = opportunities.get(site.opportunityId)!;
      if (site.latitude !== null) {
        await attendanceRepo.lockSite(tx, orgId, site.opportunityId);
        await attendanceRepo.updateSite(tx, orgId, site.opportunityId, { geofenceRadiusM: 300 });
      }
      // The week before the first upcoming shift: same weekday and hour, in the past.
      const [upcoming] = await tx
        .select({ startsAt: shiftTable.startsAt, endsAt: shiftTable.endsAt })
        .from(shiftTable)
        .where(and(eq(shiftTable.orgId, orgId), eq(shiftTable.opportunityId, site.opportunityId)))
        .orderBy(asc(shiftTable.startsAt))
        .limit(1);
      if (!upcoming) continue;
      let startsAt = upcoming.startsAt;
      let endsAt = upcoming.endsAt;
      while (endsAt.getTime() + 3 * 3_600_000 > now.getTime()) {
        startsAt = new Date(startsAt.getTime() - 7 * DAY);
        endsAt = new Date(endsAt.getTime() - 7 * DAY);
      }
      const shiftId = newId();
      const roleId = newId();
      await tx.insert(shiftTable).values({
        orgId,
        id: shiftId,
        opportunityId: site.opportunityId,
        startsAt,
        endsAt,
        signupClosesAt: startsAt,
      });
      await tx.insert(shiftRoleTable).values({ orgId, id: roleId, shiftId, name: null, capacity: PATTERNS.length });
      // Distinct volunteers per shift: one record per person, activity and day.
      for (const pattern of PATTERNS.slice(0, volunteerIds.length)) {
        const volunteerId = volunteerIds[next++ % volunteerIds.length]!;
        await tx
          .insert(shiftSignupTable)
          .values({ orgId, shiftId, roleId, volunteerId, status: 'confirmed', source: 'self' });
        const common = {
          orgId,
          timeZone: organization.timeZone,
          volunteerId,
          opportunityId: site.opportunityId,
          serviceKind: opportunity.category,
          method: pattern.method,
          recordedBy: pattern.method === 'personal' ? staffId : null,
          eventFlags: pattern.flags ?? [],
          settings,
          requestId: 'demo-seed',
        };
        await applyClock(tx, { ...common, action: 'in', at: new Date(startsAt.getTime() + pattern.inOffset * MINUTE) });
        if (pattern.outOffset !== null) {
          await applyClock(tx, {
            ...common,
            action: 'out',
            at: new Date(endsAt.getTime() + pattern.outOffset * MINUTE),
          });
        }
      }
    }
    if (orgKey === DEMO_ORG_KEYS.welfareCouncil && sites[0]) {
      const opportunity = opportunities.get(sites[0].opportunityId)!;
      await seedCaseVisit(tx, { orgId, timeZone: organization.timeZone, settings, staffId, opportunity, now });
    }
  }
  // The forgotten clock-outs are closed at their shifts' ends, as the job does every quarter hour.
  await closeForgottenClockOuts(tx, now);
}

/**
 * A home visit for one of the council's cases, entered by a coordinator two days ago for the
 * volunteer confirmed on it: the record names the case (shown in the approval queue, where it
 * waits without a shift). Skipped when no case has a volunteer yet.
 */
async function seedCaseVisit(
  tx: Db,
  input: {
    orgId: string;
    timeZone: string;
    settings: TAttendanceSettings;
    staffId: string;
    opportunity: { id: string; category: string };
    now: Date;
  },
) {
  const line = needResourceLineTable;
  const [served] = await tx
    .select({ needId: line.needId, volunteerId: line.volunteerId })
    .from(line)
    .where(
      and(eq(line.orgId, input.orgId), eq(line.kind, 'volunteer_time'), inArray(line.status, ['confirmed', 'done'])),
    )
    .orderBy(asc(line.createdAt), asc(line.id))
    .limit(1);
  if (!served?.volunteerId) return;
  const common = {
    orgId: input.orgId,
    timeZone: input.timeZone,
    volunteerId: served.volunteerId,
    opportunityId: input.opportunity.id,
    needId: served.needId,
    serviceKind: input.opportunity.category,
    method: 'coordinator' as const,
    recordedBy: input.staffId,
    eventFlags: [],
    settings: input.settings,
    requestId: 'demo-seed',
  };
  // Two days ago, or the day before when the volunteer already has a record of the activity then
  // (the weekly shift's): the seeded shifts fall on one weekday per activity.
  for (const daysAgo of [2, 3, 4]) {
    const clockInAt = new Date(input.now.getTime() - daysAgo * DAY);
    try {
      // In a savepoint: a refused day leaves nothing behind.
      await tx.transaction(async (sp) => {
        await applyClock(sp, { ...common, action: 'in', at: clockInAt });
        await applyClock(sp, { ...common, action: 'out', at: new Date(clockInAt.getTime() + 90 * MINUTE) });
      });
      return;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
}
