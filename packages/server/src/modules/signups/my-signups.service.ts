import { randomBytes } from 'node:crypto';
import type {
  TLapsedVolunteersResponse,
  TMySignup,
  TMySignupsResponse,
  TParticipationHistory,
  TSelfSignupRequest,
  TSignup,
} from '@musubi/shared';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import ical from 'ical-generator';
import { type Db, queryRows } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB } from '../../platform/mail/mail.service';
import {
  findOpportunities,
  findOpportunity,
  findOpportunityAnywhere,
  findShift,
  findShiftAnywhere,
  findShifts,
  type OpportunityRow,
  type ShiftRow,
} from '../opportunities';
import { describeOrganizations, listNetworkPeers } from '../organizations';
import { getParticipationSettings } from '../participation';
import { addMembershipDirectly, findAccountById, findMembership } from '../people';
import { findVolunteerByAccount, insertVolunteer, volunteerBasics, volunteersOfAccount } from '../volunteers';
import { cancelSignup, placeSignup, type SignupActor, toSignups } from './signups.service';
import { calendarFeedTable, shiftSignupTable } from './signups.table';

/** May this person see the opportunity? Public to all; network to the network's people; organization to its own. */
export async function canSee(db: Db, opportunity: OpportunityRow, memberOrgIds: readonly string[]): Promise<boolean> {
  if (opportunity.visibility === 'public') return true;
  if (memberOrgIds.includes(opportunity.orgId)) return true;
  if (opportunity.visibility === 'organization') return false;
  const peers = await listNetworkPeers(db, opportunity.orgId);
  return memberOrgIds.some((id) => peers.includes(id));
}

/**
 * The person's record in the shift's organization, made from their account on
 * their first sign-up there (a person registers once): it starts as an
 * applicant with only what the account holds, and the person becomes a
 * `volunteer` member of the organization.
 */
async function ensureVolunteer(tx: Db, orgId: string, accountId: string, requestId: string) {
  const existing = await findVolunteerByAccount(tx, orgId, accountId);
  if (existing) return existing;
  const account = await findAccountById(tx, accountId);
  if (!account) throw new AppError('AUTH_REQUIRED');
  if (!(await findMembership(tx, orgId, accountId))) await addMembershipDirectly(tx, orgId, accountId, 'volunteer');
  return insertVolunteer(tx, orgId, {
    fields: {
      name: account.name,
      nameReading: account.nameReading ?? undefined,
      email: account.email,
      phone: account.phone,
      preferredChannel: account.email ? 'email' : 'phone',
      locale: account.locale as 'ja',
    },
    consents: [],
    registeredVia: 'self',
    recorder: { accountId, requestId, self: true },
    accountId,
    refuseDuplicates: false,
  });
}

/** A signed-in person signs themselves up for a shift of any organization they can see. */
export async function signUpSelf(
  deps: AppDeps,
  person: { accountId: string; requestId: string; memberOrgIds: readonly string[] },
  shiftId: string,
  request: TSelfSignupRequest,
): Promise<TSignup> {
  const found = await findShiftAnywhere(deps.db, shiftId);
  const opportunity = found && (await findOpportunityAnywhere(deps.db, found.opportunityId));
  if (!found || !opportunity || !(await canSee(deps.db, opportunity, person.memberOrgIds))) {
    throw new AppError('SHIFT_NOT_FOUND');
  }
  const orgId = found.orgId;
  const actor: SignupActor = { accountId: person.accountId, requestId: person.requestId, bySelf: true };
  const row = await deps.db.transaction(async (tx) => {
    const volunteer = await ensureVolunteer(tx, orgId, person.accountId, person.requestId);
    return placeSignup(tx, deps, { orgId, shift: found, opportunity, volunteer, roleId: request.roleId, actor });
  });
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
  const [signup] = await toSignups(deps.db, orgId, [row]);
  return signup;
}

/** A coordinator places one of the organization's volunteers on a shift. */
export async function assignSignup(
  deps: AppDeps,
  actor: { accountId: string; requestId: string },
  orgId: string,
  shiftId: string,
  request: { volunteerId: string; roleId?: string },
): Promise<TSignup> {
  const row = await deps.db.transaction(async (tx) => {
    const shift = await findShift(tx, orgId, shiftId);
    const opportunity = await findOpportunity(tx, orgId, shift.opportunityId);
    const volunteer = (await volunteerBasics(tx, orgId, [request.volunteerId])).get(request.volunteerId);
    if (!volunteer) throw new AppError('VOLUNTEER_NOT_FOUND');
    return placeSignup(tx, deps, {
      orgId,
      shift,
      opportunity,
      volunteer,
      roleId: request.roleId,
      actor: { ...actor, bySelf: false },
    });
  });
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
  const [signup] = await toSignups(deps.db, orgId, [row]);
  return signup;
}

/** The person cancels one of their own places (before the deadline). */
export async function cancelMySignup(
  deps: AppDeps,
  person: { accountId: string; requestId: string },
  signupId: string,
  reason: string | null | undefined,
): Promise<TSignup> {
  const records = await volunteersOfAccount(deps.db, person.accountId);
  const [own] =
    records.length === 0
      ? []
      : await deps.db
          .select({ orgId: shiftSignupTable.orgId })
          .from(shiftSignupTable)
          .where(
            and(
              eq(shiftSignupTable.id, signupId),
              or(
                ...records.map((r) => and(eq(shiftSignupTable.orgId, r.orgId), eq(shiftSignupTable.volunteerId, r.id))),
              ),
            ),
          );
  // Someone else's place is answered as missing, not as forbidden.
  if (!own) throw new AppError('SIGNUP_NOT_FOUND');
  return cancelSignup(deps, { ...person, bySelf: true }, own.orgId, signupId, { reason });
}

interface MyRow {
  signup: typeof shiftSignupTable.$inferSelect;
  /** The signup as the API shows it (role name, waitlist position). */
  shown: TSignup;
  shift: ShiftRow;
  opportunity: OpportunityRow;
}

/** My places in every organization: a few queries per organization, none per place. */
async function mySignupRows(db: Db, accountId: string): Promise<MyRow[]> {
  const rows: MyRow[] = [];
  for (const record of await volunteersOfAccount(db, accountId)) {
    const signups = await db
      .select()
      .from(shiftSignupTable)
      .where(and(eq(shiftSignupTable.orgId, record.orgId), eq(shiftSignupTable.volunteerId, record.id)))
      .orderBy(desc(shiftSignupTable.createdAt))
      .limit(500);
    const shifts = new Map(
      (await findShifts(db, record.orgId, [...new Set(signups.map((s) => s.shiftId))])).map((s) => [s.id, s]),
    );
    const opportunities = new Map(
      (await findOpportunities(db, record.orgId, [...new Set([...shifts.values()].map((s) => s.opportunityId))])).map(
        (o) => [o.id, o],
      ),
    );
    const shown = new Map((await toSignups(db, record.orgId, signups)).map((s) => [s.id, s]));
    for (const signup of signups) {
      const shift = shifts.get(signup.shiftId);
      const opportunity = shift && opportunities.get(shift.opportunityId);
      if (shift && opportunity) rows.push({ signup, shown: shown.get(signup.id)!, shift, opportunity });
    }
  }
  return rows;
}

/** My places and waitlist entries across organizations: upcoming (soonest first) and past. */
export async function mySignups(db: Db, accountId: string): Promise<TMySignupsResponse> {
  const rows = await mySignupRows(db, accountId);
  const orgs = await describeOrganizations(db, [...new Set(rows.map((r) => r.signup.orgId))]);
  const now = Date.now();
  const toMine = (row: MyRow): TMySignup => {
    const signup = row.shown;
    return {
      id: row.signup.id,
      orgId: row.signup.orgId,
      orgName: orgs.get(row.signup.orgId)?.name ?? '',
      opportunityId: row.opportunity.id,
      title: row.opportunity.title,
      category: row.opportunity.category,
      address: row.opportunity.address,
      online: row.opportunity.online,
      shiftId: row.shift.id,
      startsAt: row.shift.startsAt.toISOString(),
      endsAt: row.shift.endsAt.toISOString(),
      roleName: signup.roleName,
      status: row.signup.status,
      waitlistPosition: signup.waitlistPosition,
      cancellableUntil: new Date(
        row.shift.startsAt.getTime() - row.opportunity.cancellationDeadlineHours * 3_600_000,
      ).toISOString(),
    };
  };
  const upcoming = rows.filter((r) => r.shift.endsAt.getTime() >= now && r.signup.status !== 'cancelled');
  const past = rows.filter((r) => r.shift.endsAt.getTime() < now || r.signup.status === 'cancelled');
  upcoming.sort((a, b) => a.shift.startsAt.getTime() - b.shift.startsAt.getTime());
  past.sort((a, b) => b.shift.startsAt.getTime() - a.shift.startsAt.getTime());
  return { upcoming: upcoming.map(toMine), past: past.slice(0, 100).map(toMine) };
}

// ---------------------------------------------------------------- calendar feeds

/** My feed's secret address, made on first use. */
export async function myCalendarFeed(
  db: Db,
  publicUrl: string,
  accountId: string,
  rotate = false,
): Promise<{ url: string }> {
  const [existing] = await db.select().from(calendarFeedTable).where(eq(calendarFeedTable.accountId, accountId));
  let token = existing?.token;
  if (!token || rotate) {
    token = randomBytes(24).toString('base64url');
    await db
      .insert(calendarFeedTable)
      .values({ accountId, token })
      .onConflictDoUpdate({ target: calendarFeedTable.accountId, set: { token, createdAt: new Date() } });
  }
  return { url: `${publicUrl}/api/v1/calendar/${token}.ics` };
}

/** My confirmed shifts as an RFC 5545 calendar, for the address in my feed. */
export async function calendarOfToken(db: Db, publicUrl: string, token: string): Promise<string> {
  const [feed] = await db.select().from(calendarFeedTable).where(eq(calendarFeedTable.token, token));
  if (!feed) throw new AppError('CALENDAR_FEED_NOT_FOUND');
  const account = await findAccountById(db, feed.accountId);
  const rows = (await mySignupRows(db, feed.accountId)).filter(
    (r) => r.signup.status === 'confirmed' && r.shift.status === 'scheduled',
  );
  const orgs = await describeOrganizations(db, [...new Set(rows.map((r) => r.signup.orgId))]);
  const calendar = ical({ name: `Musubi — ${account?.name ?? ''}`, prodId: { company: 'Musubi', product: 'musubi' } });
  for (const row of rows) {
    calendar.createEvent({
      id: `${row.signup.id}@musubi`,
      start: row.shift.startsAt,
      end: row.shift.endsAt,
      summary: row.opportunity.title,
      description: `${orgs.get(row.signup.orgId)?.name ?? ''}\n${publicUrl}/a/${row.opportunity.id}`,
      location: row.opportunity.online ? 'Online' : (row.opportunity.address ?? undefined),
      url: `${publicUrl}/a/${row.opportunity.id}`,
    });
  }
  return calendar.toString();
}

// ---------------------------------------------------------------- long-term participation

/** Hours, milestones and past shifts of one volunteer (scheduled length until attendance is recorded). */
export async function participationHistory(db: Db, orgId: string, volunteerId: string): Promise<TParticipationHistory> {
  const volunteer = (await volunteerBasics(db, orgId, [volunteerId])).get(volunteerId);
  if (!volunteer) throw new AppError('VOLUNTEER_NOT_FOUND');
  const rows = await queryRows<{
    id: string;
    title: string;
    starts_at: Date | string;
    ends_at: Date | string;
    role_name: string | null;
  }>(
    db,
    sql`select su.id, o.title, s.starts_at, s.ends_at, r.name as role_name
      from shift_signup su
      join shift s on s.org_id = su.org_id and s.id = su.shift_id
      join opportunity o on o.org_id = s.org_id and o.id = s.opportunity_id
      join shift_role r on r.org_id = su.org_id and r.id = su.role_id
      where su.org_id = ${orgId} and su.volunteer_id = ${volunteerId} and su.status = 'confirmed'
        and s.status = 'scheduled' and s.ends_at < now()
      order by s.starts_at desc limit 1000`,
  );
  const entries = rows.map((r) => ({
    signupId: r.id,
    title: r.title,
    startsAt: new Date(r.starts_at).toISOString(),
    hours: Math.round(((new Date(r.ends_at).getTime() - new Date(r.starts_at).getTime()) / 3_600_000) * 100) / 100,
    roleName: r.role_name,
  }));
  const totalHours = Math.round(entries.reduce((sum, e) => sum + e.hours, 0) * 100) / 100;
  const { milestoneHours } = await getParticipationSettings(db, orgId);
  return {
    totalShifts: entries.length,
    totalHours,
    milestonesReached: milestoneHours.filter((m) => m <= totalHours),
    nextMilestone: milestoneHours.find((m) => m > totalHours) ?? null,
    lastActivityAt: entries[0]?.startsAt ?? null,
    entries,
  };
}

/** Active volunteers with no shift in the organization's lapse period, for a follow-up call. */
export async function lapsedVolunteers(db: Db, orgId: string): Promise<TLapsedVolunteersResponse> {
  const { lapsedAfterMonths } = await getParticipationSettings(db, orgId);
  const since = new Date();
  since.setUTCMonth(since.getUTCMonth() - lapsedAfterMonths);
  const rows = await queryRows<{
    id: string;
    name: string;
    name_reading: string | null;
    phone: string | null;
    email: string | null;
    last_activity: Date | string | null;
  }>(
    db,
    sql`select v.id, v.name, v.name_reading, v.phone, v.email,
        (select max(s.starts_at) from shift_signup su join shift s on s.org_id = su.org_id and s.id = su.shift_id
          where su.org_id = v.org_id and su.volunteer_id = v.id and su.status = 'confirmed' and s.status = 'scheduled'
            and s.starts_at < now()) as last_activity
      from volunteer v
      where v.org_id = ${orgId} and v.status = 'active' and v.created_at < ${since}
      order by v.reading_key nulls last, v.id`,
  );
  const lapsed = rows.filter((r) => r.last_activity === null || new Date(r.last_activity) < since);
  return {
    since: since.toISOString(),
    volunteers: lapsed.map((r) => ({
      volunteerId: r.id,
      name: r.name,
      nameReading: r.name_reading,
      phone: r.phone,
      email: r.email,
      lastActivityAt: r.last_activity ? new Date(r.last_activity).toISOString() : null,
    })),
  };
}
