import {
  calendarDateIn,
  type TCancelSignupRequest,
  type TLocale,
  type TOpportunity,
  type TShiftRosterResponse,
  type TSignup,
  type TSignupStatus,
  translate,
} from '@musubi/shared';
import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import { type Db, queryRows } from '../../platform/db/client';
import { uniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors/app-error';
import type { Actor, AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB, type MailTemplate, queueMail } from '../../platform/mail/mail.service';
import { coversOn, listPlans } from '../insurance';
import {
  findOpportunity,
  findRole,
  findRoles,
  findShift,
  getOpportunity,
  markOpportunityCancelled,
  markShiftCancelled,
  type OpportunityRow,
  requiredSkillsOf,
  rolesOfShift,
  type ShiftRoleRow,
  type ShiftRow,
  upcomingShiftsForUpdate,
} from '../opportunities';
import { getOrganization } from '../organizations';
import { getParticipationSettings } from '../participation';
import {
  contactWithdrawn,
  listSkills,
  skillIdsOfVolunteer,
  type VolunteerRecord,
  volunteerBasics,
} from '../volunteers';
import { mailDigestItemTable, shiftSignupTable } from './signups.table';

type SignupRow = typeof shiftSignupTable.$inferSelect;
type VolunteerRow = VolunteerRecord;

/** Who places or cancels a sign-up: the person themselves, or a coordinator. */
export interface SignupActor {
  accountId: string;
  requestId: string;
  bySelf: boolean;
}

// ---------------------------------------------------------------- counts

/** Confirmed and waitlisted sign-ups per role of these shifts. */
export async function tallyByRole(db: Db, orgId: string, shiftIds: string[]) {
  const result = new Map<string, { confirmed: number; waitlisted: number }>();
  if (shiftIds.length === 0) return result;
  const rows = await db
    .select({ roleId: shiftSignupTable.roleId, status: shiftSignupTable.status, n: count() })
    .from(shiftSignupTable)
    .where(and(eq(shiftSignupTable.orgId, orgId), inArray(shiftSignupTable.shiftId, shiftIds)))
    .groupBy(shiftSignupTable.roleId, shiftSignupTable.status);
  for (const row of rows) {
    const entry = result.get(row.roleId) ?? { confirmed: 0, waitlisted: 0 };
    if (row.status === 'confirmed' || row.status === 'waitlisted') entry[row.status] = row.n;
    result.set(row.roleId, entry);
  }
  return result;
}

export async function confirmedCount(db: Db, orgId: string, roleId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(shiftSignupTable)
    .where(
      and(
        eq(shiftSignupTable.orgId, orgId),
        eq(shiftSignupTable.roleId, roleId),
        eq(shiftSignupTable.status, 'confirmed'),
      ),
    );
  return row.n;
}

async function waitlistPositions(db: Db, orgId: string, roleIds: string[]): Promise<Map<string, number>> {
  const positions = new Map<string, number>();
  if (roleIds.length === 0) return positions;
  const rows = await db
    .select({ id: shiftSignupTable.id, roleId: shiftSignupTable.roleId })
    .from(shiftSignupTable)
    .where(
      and(
        eq(shiftSignupTable.orgId, orgId),
        inArray(shiftSignupTable.roleId, roleIds),
        eq(shiftSignupTable.status, 'waitlisted'),
      ),
    )
    .orderBy(asc(shiftSignupTable.createdAt), asc(shiftSignupTable.id));
  const perRole = new Map<string, number>();
  for (const row of rows) {
    const next = (perRole.get(row.roleId) ?? 0) + 1;
    perRole.set(row.roleId, next);
    positions.set(row.id, next);
  }
  return positions;
}

export async function toSignups(db: Db, orgId: string, rows: SignupRow[]): Promise<TSignup[]> {
  const volunteers = await volunteerBasics(db, orgId, [...new Set(rows.map((r) => r.volunteerId))]);
  const roles = new Map(
    (await findRoles(db, orgId, [...new Set(rows.map((r) => r.roleId))])).map((role) => [role.id, role]),
  );
  const positions = await waitlistPositions(db, orgId, [...roles.keys()]);
  return rows.map((row) => ({
    id: row.id,
    orgId: row.orgId,
    shiftId: row.shiftId,
    roleId: row.roleId,
    roleName: roles.get(row.roleId)?.name ?? null,
    volunteerId: row.volunteerId,
    volunteerName: volunteers.get(row.volunteerId)?.name ?? '',
    status: row.status,
    source: row.source,
    waitlistPosition: positions.get(row.id) ?? null,
    cancelReason: row.cancelReason,
    warnings: row.warnings as TSignup['warnings'],
    createdAt: row.createdAt.toISOString(),
  }));
}

// ---------------------------------------------------------------- rules

/** Age in whole years on a calendar date. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Monday of the ISO week of a calendar date. */
function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

interface Placement {
  orgId: string;
  shift: ShiftRow;
  opportunity: OpportunityRow;
  volunteer: VolunteerRow;
  roleId?: string;
  actor: SignupActor;
}

/**
 * Every rule a sign-up must pass, self or assigned, each refusal its own
 * error code; returns the warnings the organization only warns about.
 */
async function checkRules(tx: Db, p: Placement, timeZone: string): Promise<TSignup['warnings']> {
  const { orgId, shift, opportunity, volunteer } = p;
  const now = new Date();
  const openStatuses = p.actor.bySelf ? ['published'] : ['published', 'draft'];
  if (!openStatuses.includes(opportunity.status) || shift.status !== 'scheduled') throw new AppError('SHIFT_NOT_OPEN');
  if (shift.startsAt <= now) throw new AppError('SHIFT_STARTED');
  if (p.actor.bySelf && ((shift.signupOpensAt && shift.signupOpensAt > now) || shift.signupClosesAt <= now)) {
    throw new AppError('SHIFT_NOT_OPEN');
  }
  if (!['applicant', 'active', 'lapsed'].includes(volunteer.status)) throw new AppError('SIGNUP_VOLUNTEER_INACTIVE');

  const shiftDate = calendarDateIn(timeZone, shift.startsAt);
  if (opportunity.minimumAge !== null && opportunity.minimumAge > 0) {
    if (!volunteer.birthDate) throw new AppError('SIGNUP_AGE_UNKNOWN');
    if (ageOn(volunteer.birthDate, shiftDate) < opportunity.minimumAge) {
      throw new AppError('SIGNUP_TOO_YOUNG', { minimumAge: opportunity.minimumAge });
    }
  }

  const settings = await getParticipationSettings(tx, orgId);
  const warnings: TSignup['warnings'] = [];
  if (settings.insuranceCheck !== 'off') {
    const covers = (await coversOn(tx, orgId, [volunteer.id], shiftDate)).get(volunteer.id) ?? [];
    const block = settings.insuranceCheck === 'block';
    if (opportunity.requiredInsurancePlanId && !covers.some((c) => c.planId === opportunity.requiredInsurancePlanId)) {
      if (block) {
        const plan = (await listPlans(tx, orgId)).find((pl) => pl.id === opportunity.requiredInsurancePlanId);
        throw new AppError('SIGNUP_INSURANCE_PLAN_REQUIRED', { plan: plan?.name ?? '' });
      }
      warnings.push('required_plan_missing');
    } else if (covers.length === 0) {
      if (block) throw new AppError('SIGNUP_NOT_INSURED');
      warnings.push('not_insured');
    }
  }

  // The person's other places in this organization: overlap and workload limits.
  const others = await queryRows<{ starts_at: Date | string; ends_at: Date | string }>(
    tx,
    sql`
    select s.starts_at, s.ends_at from shift_signup su
    join shift s on s.org_id = su.org_id and s.id = su.shift_id
    where su.org_id = ${orgId} and su.volunteer_id = ${volunteer.id} and su.status = 'confirmed'
      and s.status = 'scheduled' and s.id <> ${shift.id}
      and s.ends_at > ${new Date(shift.startsAt.getTime() - 8 * 86_400_000)}
      and s.starts_at < ${new Date(shift.endsAt.getTime() + 8 * 86_400_000)}`,
  );
  const placed = others.map((r) => ({ startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) }));
  if (placed.some((o) => o.startsAt < shift.endsAt && o.endsAt > shift.startsAt)) throw new AppError('SIGNUP_OVERLAP');
  if (settings.maxHoursPerDay !== null) {
    const sameDay = placed.filter((o) => calendarDateIn(timeZone, o.startsAt) === shiftDate);
    const minutes = [...sameDay, shift].reduce(
      (sum, o) => sum + (o.endsAt.getTime() - o.startsAt.getTime()) / 60_000,
      0,
    );
    if (minutes > settings.maxHoursPerDay * 60)
      throw new AppError('SIGNUP_DAILY_LIMIT', { hours: settings.maxHoursPerDay });
  }
  if (settings.maxShiftsPerWeek !== null) {
    const week = weekStart(shiftDate);
    const sameWeek = placed.filter((o) => weekStart(calendarDateIn(timeZone, o.startsAt)) === week);
    if (sameWeek.length + 1 > settings.maxShiftsPerWeek) {
      throw new AppError('SIGNUP_WEEKLY_LIMIT', { shifts: settings.maxShiftsPerWeek });
    }
  }
  return warnings;
}

async function assertQualified(tx: Db, p: Placement, role: ShiftRoleRow) {
  const required = new Set(await requiredSkillsOf(tx, p.orgId, p.opportunity.id));
  if (role.requiredSkillId) required.add(role.requiredSkillId);
  if (required.size === 0) return;
  const has = new Set(await skillIdsOfVolunteer(tx, p.orgId, p.volunteer.id));
  const missing = [...required].filter((id) => !has.has(id));
  if (missing.length === 0) return;
  const skills = await listSkills(tx, p.orgId);
  const locale = p.volunteer.locale as TLocale;
  const names = missing.map((id) => {
    const names = skills.find((s) => s.id === id)?.names ?? {};
    return names[locale] ?? Object.values(names).find((n) => n) ?? '';
  });
  throw new AppError('SIGNUP_NOT_QUALIFIED', { skills: names.join('、') });
}

// ---------------------------------------------------------------- placing

/**
 * Places a person on a shift inside the caller's transaction. The role row is
 * locked first, so concurrent sign-ups for the last place queue up on it and
 * the capacity check sees every committed place: nobody takes a place twice.
 */
export async function placeSignup(tx: Db, deps: Pick<AppDeps, 'config'>, p: Placement): Promise<SignupRow> {
  const org = await getOrganization(tx, p.orgId);
  const roles = await rolesOfShift(tx, p.orgId, p.shift.id);
  if (p.roleId && !roles.some((r) => r.id === p.roleId)) throw new AppError('SHIFT_NOT_FOUND');
  // Lock every role of the shift in a fixed order (no deadlock), then choose.
  const locked: ShiftRoleRow[] = [];
  for (const role of [...roles].sort((a, b) => a.id.localeCompare(b.id))) {
    locked.push((await findRole(tx, p.orgId, role.id, true))!);
  }
  const warnings = await checkRules(tx, p, org.timeZone);
  const existing = await tx
    .select({ id: shiftSignupTable.id })
    .from(shiftSignupTable)
    .where(
      and(
        eq(shiftSignupTable.orgId, p.orgId),
        eq(shiftSignupTable.shiftId, p.shift.id),
        eq(shiftSignupTable.volunteerId, p.volunteer.id),
        ne(shiftSignupTable.status, 'cancelled'),
      ),
    );
  if (existing.length > 0) throw new AppError('SIGNUP_ALREADY', { signupId: existing[0].id });

  const ordered = roles.map((r) => locked.find((l) => l.id === r.id)!);
  let role = p.roleId ? ordered.find((r) => r.id === p.roleId)! : undefined;
  let status: TSignupStatus = 'waitlisted';
  if (role) {
    if ((await confirmedCount(tx, p.orgId, role.id)) < role.capacity) status = 'confirmed';
  } else {
    for (const candidate of ordered) {
      if (candidate.requiredSkillId) continue;
      if ((await confirmedCount(tx, p.orgId, candidate.id)) < candidate.capacity) {
        role = candidate;
        status = 'confirmed';
        break;
      }
    }
    role ??= ordered.find((r) => !r.requiredSkillId) ?? ordered[0];
  }
  await assertQualified(tx, p, role);
  if (status === 'waitlisted' && !p.shift.waitlist) throw new AppError('SHIFT_FULL');

  let row: SignupRow;
  try {
    [row] = await tx
      .insert(shiftSignupTable)
      .values({
        orgId: p.orgId,
        shiftId: p.shift.id,
        roleId: role.id,
        volunteerId: p.volunteer.id,
        status,
        source: p.actor.bySelf ? 'self' : 'coordinator',
        warnings,
        createdBy: p.actor.accountId,
      })
      .returning();
  } catch (err) {
    if (uniqueViolation(err) === 'shift_signup_live_key') throw new AppError('SIGNUP_ALREADY');
    throw err;
  }
  await recordAudit(tx, {
    orgId: p.orgId,
    actorAccountId: p.actor.accountId,
    action: 'SIGNUP_CREATED',
    targetType: 'shift',
    targetId: p.shift.id,
    summary: { signupId: row.id, volunteerId: p.volunteer.id, status, source: row.source, warnings },
    requestId: p.actor.requestId,
  });
  await notify(
    tx,
    deps,
    p.orgId,
    row,
    p.shift,
    p.opportunity,
    status === 'confirmed' ? 'signup_confirmed' : 'signup_waitlisted',
  );
  return row;
}

// ---------------------------------------------------------------- mail

/**
 * Messages that may wait for the daily digest of a person who chose one.
 * Reminders, cancellations by the organization and waitlist promotions are
 * about what the person does soon, so they always go at once.
 */
const DIGESTIBLE: ReadonlySet<MailTemplate> = new Set(['signup_confirmed', 'signup_waitlisted', 'signup_cancelled']);

/**
 * Tells the person by mail, in their language, when they reach people by
 * e-mail and have not withdrawn their consent to be contacted: at once, or
 * as a line of tomorrow's digest when they chose one. People who prefer the
 * phone or post are on the shift roster for a coordinator to call.
 */
export async function notify(
  tx: Db,
  deps: Pick<AppDeps, 'config'>,
  orgId: string,
  signup: SignupRow,
  shift: ShiftRow,
  opportunity: OpportunityRow,
  template: MailTemplate,
  extra: Record<string, string> = {},
) {
  const volunteer = (await volunteerBasics(tx, orgId, [signup.volunteerId])).get(signup.volunteerId);
  if (!volunteer?.email || volunteer.preferredChannel !== 'email') return;
  if (await contactWithdrawn(tx, orgId, volunteer.id)) return;
  const org = await getOrganization(tx, orgId);
  const locale = volunteer.locale as TLocale;
  const when = new Intl.DateTimeFormat(locale, {
    timeZone: org.timeZone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(shift.startsAt);
  if (volunteer.mailDigest && DIGESTIBLE.has(template)) {
    const subject = translate(locale, `mail.${template}_subject`, { title: opportunity.title });
    await tx
      .insert(mailDigestItemTable)
      .values({ orgId, volunteerId: volunteer.id, line: translate(locale, 'mail.digest_line', { subject, when }) });
    return;
  }
  await queueMail(tx, deps.config, {
    orgId,
    orgName: org.name,
    to: volunteer.email,
    locale,
    template,
    params: {
      name: volunteer.name,
      title: opportunity.title,
      when,
      place: opportunity.online ? 'online' : (opportunity.address ?? ''),
      link: `${deps.config.publicUrl}/me/shifts`,
      reason: '',
      ...extra,
    },
  });
}

// ---------------------------------------------------------------- cancelling

async function findSignup(tx: Db, orgId: string, id: string, lock = false): Promise<SignupRow> {
  const query = tx
    .select()
    .from(shiftSignupTable)
    .where(and(eq(shiftSignupTable.orgId, orgId), eq(shiftSignupTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('SIGNUP_NOT_FOUND');
  return row;
}

/**
 * After a coordinator changed one shift: places added to a role go to its
 * waitlist first, and when the time moved everyone with a place or a
 * waitlist entry hears the new time at once.
 */
export async function afterShiftChanged(
  tx: Db,
  deps: Pick<AppDeps, 'config'>,
  actor: Actor,
  orgId: string,
  shift: ShiftRow,
  change: { moved: boolean; roleIds: string[] },
) {
  const signupActor = { accountId: actor.accountId, requestId: actor.requestId, bySelf: false };
  for (const roleId of change.roleIds) await promoteFromWaitlist(tx, deps, orgId, roleId, signupActor);
  if (!change.moved) return;
  const opportunity = await findOpportunity(tx, orgId, shift.opportunityId);
  const live = await tx
    .select()
    .from(shiftSignupTable)
    .where(
      and(
        eq(shiftSignupTable.orgId, orgId),
        eq(shiftSignupTable.shiftId, shift.id),
        ne(shiftSignupTable.status, 'cancelled'),
      ),
    );
  for (const signup of live) await notify(tx, deps, orgId, signup, shift, opportunity, 'shift_changed');
  // The reminder follows the new time.
  await tx
    .update(shiftSignupTable)
    .set({ reminderSentAt: null })
    .where(and(eq(shiftSignupTable.orgId, orgId), eq(shiftSignupTable.shiftId, shift.id)));
}

/** Moves the first people of the waitlist into places freed on a role. */
async function promoteFromWaitlist(
  tx: Db,
  deps: Pick<AppDeps, 'config'>,
  orgId: string,
  roleId: string,
  actor: SignupActor,
) {
  const role = await findRole(tx, orgId, roleId, true);
  if (!role) return;
  let free = role.capacity - (await confirmedCount(tx, orgId, roleId));
  if (free <= 0) return;
  const waiting = await tx
    .select()
    .from(shiftSignupTable)
    .where(
      and(
        eq(shiftSignupTable.orgId, orgId),
        eq(shiftSignupTable.roleId, roleId),
        eq(shiftSignupTable.status, 'waitlisted'),
      ),
    )
    .orderBy(asc(shiftSignupTable.createdAt), asc(shiftSignupTable.id))
    .limit(free);
  for (const next of waiting) {
    if (free <= 0) break;
    const [promoted] = await tx
      .update(shiftSignupTable)
      .set({ status: 'confirmed', promotedAt: new Date() })
      .where(and(eq(shiftSignupTable.orgId, orgId), eq(shiftSignupTable.id, next.id)))
      .returning();
    free -= 1;
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'SIGNUP_PROMOTED',
      targetType: 'shift',
      targetId: promoted.shiftId,
      summary: { signupId: promoted.id, volunteerId: promoted.volunteerId },
      requestId: actor.requestId,
    });
    const shift = await findShift(tx, orgId, promoted.shiftId);
    const opportunity = await findOpportunity(tx, orgId, shift.opportunityId);
    await notify(tx, deps, orgId, promoted, shift, opportunity, 'waitlist_promoted');
  }
}

/**
 * Cancels a place. The person may do it until the activity's deadline before
 * the start; a coordinator at any time. A freed place goes to the waitlist.
 * Cancelling twice changes nothing the second time.
 */
export async function cancelSignup(
  deps: AppDeps,
  actor: SignupActor,
  orgId: string,
  signupId: string,
  request: TCancelSignupRequest,
): Promise<TSignup> {
  const row = await deps.db.transaction(async (tx) => {
    const signup = await findSignup(tx, orgId, signupId, true);
    if (signup.status === 'cancelled') return signup;
    const shift = await findShift(tx, orgId, signup.shiftId);
    const opportunity = await findOpportunity(tx, orgId, shift.opportunityId);
    if (actor.bySelf) {
      const deadline = shift.startsAt.getTime() - opportunity.cancellationDeadlineHours * 3_600_000;
      if (Date.now() > deadline) throw new AppError('SIGNUP_CANCEL_TOO_LATE');
    }
    const [cancelled] = await tx
      .update(shiftSignupTable)
      .set({
        status: 'cancelled',
        cancelledAt: new Date(),
        cancelledBy: actor.accountId,
        cancelReason: request.reason ?? null,
      })
      .where(and(eq(shiftSignupTable.orgId, orgId), eq(shiftSignupTable.id, signupId)))
      .returning();
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'SIGNUP_CANCELLED',
      targetType: 'shift',
      targetId: shift.id,
      summary: {
        signupId,
        volunteerId: signup.volunteerId,
        was: signup.status,
        bySelf: actor.bySelf,
        reason: request.reason ?? null,
      },
      requestId: actor.requestId,
    });
    await notify(tx, deps, orgId, cancelled, shift, opportunity, 'signup_cancelled', { reason: request.reason ?? '' });
    if (signup.status === 'confirmed') await promoteFromWaitlist(tx, deps, orgId, signup.roleId, actor);
    return cancelled;
  });
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
  const [signup] = await toSignups(deps.db, orgId, [row]);
  return signup;
}

/** Cancels a shift: every place and waitlist entry is cancelled and the people are told why. */
export async function cancelShift(deps: AppDeps, actor: Actor, orgId: string, shiftId: string, reason: string) {
  await deps.db.transaction(async (tx) => {
    const shift = await findShift(tx, orgId, shiftId, true);
    if (shift.status === 'cancelled') return;
    const opportunity = await findOpportunity(tx, orgId, shift.opportunityId);
    const live = await cancelPlacesOf(tx, actor, orgId, shift, reason);
    for (const signup of live) {
      await notify(tx, deps, orgId, signup, shift, opportunity, 'shift_cancelled', { reason });
    }
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'SHIFT_CANCELLED',
      targetType: 'shift',
      targetId: shiftId,
      summary: { reason, signupsCancelled: live.length },
      requestId: actor.requestId,
    });
  });
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
}

/** Marks the shift cancelled and cancels its live places; returns them. */
async function cancelPlacesOf(tx: Db, actor: Actor, orgId: string, shift: ShiftRow, reason: string) {
  await markShiftCancelled(tx, orgId, shift.id, reason);
  return tx
    .update(shiftSignupTable)
    .set({ status: 'cancelled', cancelledAt: new Date(), cancelledBy: actor.accountId, cancelReason: reason })
    .where(
      and(
        eq(shiftSignupTable.orgId, orgId),
        eq(shiftSignupTable.shiftId, shift.id),
        ne(shiftSignupTable.status, 'cancelled'),
      ),
    )
    .returning();
}

/**
 * Cancels an activity: no more sign-ups or changes, every upcoming shift is
 * cancelled, and each person with a place or a waitlist entry hears it once
 * (about their first date). Past shifts stay as they were: they happened.
 * Cancelling again changes nothing.
 */
export async function cancelOpportunity(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  opportunityId: string,
  reason: string,
): Promise<TOpportunity> {
  await deps.db.transaction(async (tx) => {
    const opportunity = await findOpportunity(tx, orgId, opportunityId, true);
    if (opportunity.status === 'cancelled') return;
    await markOpportunityCancelled(tx, orgId, opportunityId);
    const firstPlaceOf = new Map<string, { signup: SignupRow; shift: ShiftRow }>();
    let signupsCancelled = 0;
    const shifts = await upcomingShiftsForUpdate(tx, orgId, opportunityId);
    for (const shift of shifts) {
      for (const signup of await cancelPlacesOf(tx, actor, orgId, shift, reason)) {
        signupsCancelled += 1;
        if (!firstPlaceOf.has(signup.volunteerId)) firstPlaceOf.set(signup.volunteerId, { signup, shift });
      }
    }
    for (const { signup, shift } of firstPlaceOf.values()) {
      await notify(tx, deps, orgId, signup, shift, opportunity, 'opportunity_cancelled', { reason });
    }
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'OPPORTUNITY_CANCELLED',
      targetType: 'opportunity',
      targetId: opportunityId,
      summary: { reason, shiftsCancelled: shifts.length, signupsCancelled },
      requestId: actor.requestId,
    });
  });
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
  return getOpportunity(deps.db, orgId, opportunityId);
}

// ---------------------------------------------------------------- reading

export async function shiftRoster(db: Db, orgId: string, shiftId: string): Promise<TShiftRosterResponse> {
  await findShift(db, orgId, shiftId);
  const rows = await db
    .select()
    .from(shiftSignupTable)
    .where(and(eq(shiftSignupTable.orgId, orgId), eq(shiftSignupTable.shiftId, shiftId)))
    .orderBy(asc(shiftSignupTable.createdAt));
  const signups = await toSignups(db, orgId, rows);
  const volunteers = await volunteerBasics(db, orgId, [...new Set(rows.map((r) => r.volunteerId))]);
  return {
    signups: signups.map((s) => {
      const v = volunteers.get(s.volunteerId);
      return {
        ...s,
        phone: v?.phone ?? null,
        email: v?.email ?? null,
        preferredChannel: v?.preferredChannel ?? 'email',
        volunteerStatus: v?.status ?? 'active',
      };
    }),
  };
}

export { findSignup };
