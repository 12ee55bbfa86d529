import {
  calendarDateIn,
  fiscalYearOf,
  type TCreateInsurancePlanRequest,
  type TCsvEncoding,
  type TEnrollInsuranceRequest,
  type TInsuranceCover,
  type TInsuranceEnrollment,
  type TInsurancePlan,
  type TInsuranceRenewalsResponse,
  type TInsuranceRosterResponse,
  type TLocale,
  type TUpdateInsurancePlanRequest,
  translate,
} from '@musubi/shared';
import { and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { recordAudit } from '../../platform/audit/record-audit';
import { encodeCsv } from '../../platform/csv/csv';
import type { Db } from '../../platform/db/client';
import { uniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { getOrganization } from '../organizations';
import { getParticipationSettings } from '../participation';
import { accountNamesByIds } from '../people';
import { activeVolunteerIds, volunteerBasics } from '../volunteers';
import { insuranceEnrollmentTable, insurancePlanTable } from './insurance.table';

type PlanRow = typeof insurancePlanTable.$inferSelect;
type EnrollmentRow = typeof insuranceEnrollmentTable.$inferSelect;

function toPlan(row: PlanRow): TInsurancePlan {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    coversNaturalDisaster: row.coversNaturalDisaster,
    annualPremium: row.annualPremium,
    archived: row.archivedAt !== null,
  };
}

export async function listPlans(db: Db, orgId: string): Promise<TInsurancePlan[]> {
  const rows = await db
    .select()
    .from(insurancePlanTable)
    .where(eq(insurancePlanTable.orgId, orgId))
    .orderBy(asc(insurancePlanTable.createdAt));
  return rows.map(toPlan);
}

async function findPlan(db: Db, orgId: string, planId: string): Promise<PlanRow> {
  const [row] = await db
    .select()
    .from(insurancePlanTable)
    .where(and(eq(insurancePlanTable.orgId, orgId), eq(insurancePlanTable.id, planId)));
  if (!row) throw new AppError('INSURANCE_PLAN_NOT_FOUND');
  return row;
}

export async function createPlan(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TCreateInsurancePlanRequest,
): Promise<TInsurancePlan> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(insurancePlanTable)
      .values({
        orgId,
        name: input.name,
        code: input.code ?? null,
        coversNaturalDisaster: input.coversNaturalDisaster ?? false,
        annualPremium: input.annualPremium ?? null,
      })
      .returning();
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'INSURANCE_PLAN_CREATED',
      targetType: 'insurance_plan',
      targetId: row.id,
      summary: { name: row.name, coversNaturalDisaster: row.coversNaturalDisaster },
      requestId: actor.requestId,
    });
    return toPlan(row);
  });
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  orgId: string,
  planId: string,
  changes: TUpdateInsurancePlanRequest,
): Promise<TInsurancePlan> {
  return db.transaction(async (tx) => {
    await findPlan(tx, orgId, planId);
    const { archived, ...rest } = changes;
    const set: Partial<typeof insurancePlanTable.$inferInsert> = { ...rest };
    if (archived !== undefined) set.archivedAt = archived ? new Date() : null;
    const [row] =
      Object.keys(set).length > 0
        ? await tx
            .update(insurancePlanTable)
            .set(set)
            .where(and(eq(insurancePlanTable.orgId, orgId), eq(insurancePlanTable.id, planId)))
            .returning()
        : [await findPlan(tx, orgId, planId)];
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'INSURANCE_PLAN_UPDATED',
      targetType: 'insurance_plan',
      targetId: planId,
      summary: changes,
      requestId: actor.requestId,
    });
    return toPlan(row);
  });
}

/** The day after a calendar date (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Cover of an enrollment made on `enrolledOn`: from 00:00 the next day to the
 * last day of the policy year that day falls in (an enrollment on 31 March in
 * Japan is cover for the whole next year).
 */
export function coverFor(enrolledOn: string, policyStartMonth: number) {
  const coverStartsOn = nextDay(enrolledOn);
  const year = fiscalYearOf(coverStartsOn, policyStartMonth);
  return { policyYear: year.label, coverStartsOn, coverEndsOn: year.end };
}

async function toEnrollments(db: Db, orgId: string, rows: EnrollmentRow[]): Promise<TInsuranceEnrollment[]> {
  const volunteers = await volunteerBasics(db, orgId, [...new Set(rows.map((r) => r.volunteerId))]);
  const plans = new Map((await listPlans(db, orgId)).map((plan) => [plan.id, plan]));
  const recorders = await accountNamesByIds(db, [
    ...new Set(rows.flatMap((r) => (r.recordedBy ? [r.recordedBy] : []))),
  ]);
  return rows.map((row) => {
    const volunteer = volunteers.get(row.volunteerId);
    return {
      id: row.id,
      volunteerId: row.volunteerId,
      volunteerName: volunteer?.name ?? '',
      volunteerNameReading: volunteer?.nameReading ?? null,
      birthDate: volunteer?.birthDate ?? null,
      planId: row.planId,
      planName: plans.get(row.planId)?.name ?? '',
      policyYear: row.policyYear,
      enrolledOn: row.enrolledOn,
      coverStartsOn: row.coverStartsOn,
      coverEndsOn: row.coverEndsOn,
      recordedByName: row.recordedBy ? (recorders.get(row.recordedBy) ?? null) : null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export async function enroll(
  db: Db,
  actor: Actor,
  orgId: string,
  volunteerId: string,
  input: TEnrollInsuranceRequest,
): Promise<TInsuranceEnrollment> {
  return db.transaction(async (tx) => {
    const org = await getOrganization(tx, orgId);
    const settings = await getParticipationSettings(tx, orgId);
    const [volunteer] = (await volunteerBasics(tx, orgId, [volunteerId])).values();
    if (!volunteer) throw new AppError('VOLUNTEER_NOT_FOUND');
    if (volunteer.status === 'merged') throw new AppError('VOLUNTEER_STATUS_INVALID');
    const plan = await findPlan(tx, orgId, input.planId);
    if (plan.archivedAt) throw new AppError('INSURANCE_PLAN_NOT_FOUND');
    const enrolledOn = input.enrolledOn ?? calendarDateIn(org.timeZone);
    const cover = coverFor(enrolledOn, settings.insurancePolicyStartMonth);
    let row: EnrollmentRow;
    try {
      [row] = await tx
        .insert(insuranceEnrollmentTable)
        .values({ orgId, volunteerId, planId: plan.id, enrolledOn, ...cover, recordedBy: actor.accountId })
        .returning();
    } catch (err) {
      if (uniqueViolation(err) === 'insurance_enrollment_key') throw new AppError('INSURANCE_ALREADY_ENROLLED');
      throw err;
    }
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'INSURANCE_ENROLLED',
      targetType: 'volunteer',
      targetId: volunteerId,
      summary: { plan: plan.name, ...cover },
      requestId: actor.requestId,
    });
    const [enrollment] = await toEnrollments(tx, orgId, [row]);
    return enrollment;
  });
}

/** Cover valid on `date` for each volunteer, one entry per plan. */
export async function coversOn(
  db: Db,
  orgId: string,
  volunteerIds: readonly string[],
  date: string,
): Promise<Map<string, TInsuranceCover[]>> {
  const result = new Map<string, TInsuranceCover[]>();
  if (volunteerIds.length === 0) return result;
  const rows = await db
    .select({ enrollment: insuranceEnrollmentTable, plan: insurancePlanTable })
    .from(insuranceEnrollmentTable)
    .innerJoin(
      insurancePlanTable,
      and(
        eq(insurancePlanTable.orgId, insuranceEnrollmentTable.orgId),
        eq(insurancePlanTable.id, insuranceEnrollmentTable.planId),
      ),
    )
    .where(
      and(
        eq(insuranceEnrollmentTable.orgId, orgId),
        inArray(insuranceEnrollmentTable.volunteerId, [...volunteerIds]),
        lte(insuranceEnrollmentTable.coverStartsOn, date),
        gte(insuranceEnrollmentTable.coverEndsOn, date),
      ),
    )
    .orderBy(asc(insurancePlanTable.name));
  for (const { enrollment, plan } of rows) {
    const list = result.get(enrollment.volunteerId) ?? [];
    list.push({
      planId: plan.id,
      planName: plan.name,
      coversNaturalDisaster: plan.coversNaturalDisaster,
      coverStartsOn: enrollment.coverStartsOn,
      coverEndsOn: enrollment.coverEndsOn,
    });
    result.set(enrollment.volunteerId, list);
  }
  return result;
}

/** A condition for other modules' queries: the volunteer in `volunteerId` is covered on `date`. */
export function insuredOnCondition(orgId: string, volunteerId: PgColumn, date: string): SQL {
  return sql`exists (select 1 from ${insuranceEnrollmentTable} e where e.org_id = ${orgId}
    and e.volunteer_id = ${volunteerId} and e.cover_starts_on <= ${date} and e.cover_ends_on >= ${date})`;
}

async function currentPolicyYear(db: Db, orgId: string) {
  const org = await getOrganization(db, orgId);
  const settings = await getParticipationSettings(db, orgId);
  return { year: fiscalYearOf(calendarDateIn(org.timeZone), settings.insurancePolicyStartMonth), settings };
}

/** Everyone enrolled for a policy year (the current one by default): the roster the insurer asks for. */
export async function roster(db: Db, orgId: string, policyYear?: number): Promise<TInsuranceRosterResponse> {
  const { year: current, settings } = await currentPolicyYear(db, orgId);
  const label = policyYear ?? current.label;
  const year = fiscalYearOf(
    `${label}-${String(settings.insurancePolicyStartMonth).padStart(2, '0')}-01`,
    settings.insurancePolicyStartMonth,
  );
  const rows = await db
    .select()
    .from(insuranceEnrollmentTable)
    .where(and(eq(insuranceEnrollmentTable.orgId, orgId), eq(insuranceEnrollmentTable.policyYear, label)))
    .orderBy(asc(insuranceEnrollmentTable.enrolledOn), asc(insuranceEnrollmentTable.id));
  const enrollments = await toEnrollments(db, orgId, rows);
  enrollments.sort((a, b) =>
    (a.volunteerNameReading ?? a.volunteerName).localeCompare(b.volunteerNameReading ?? b.volunteerName, 'ja'),
  );
  return { policyYear: label, start: year.start, end: year.end, enrollments };
}

/** The roster as CSV for the insurer, headed in the reader's language. */
export async function rosterCsv(
  db: Db,
  actor: Actor,
  orgId: string,
  policyYear: number | undefined,
  encoding: TCsvEncoding,
  locale: TLocale,
): Promise<{ body: Buffer; policyYear: number }> {
  const result = await roster(db, orgId, policyYear);
  const plans = new Map((await listPlans(db, orgId)).map((plan) => [plan.id, plan]));
  const h = (key: string) => translate(locale, `participation.csv_${key}`);
  const rows = [
    ['name', 'name_reading', 'birth_date', 'plan', 'premium', 'enrolled_on', 'cover_starts_on', 'cover_ends_on'].map(h),
    ...result.enrollments.map((e) => [
      e.volunteerName,
      e.volunteerNameReading ?? '',
      e.birthDate ?? '',
      e.planName,
      plans.get(e.planId)?.annualPremium ?? '',
      e.enrolledOn,
      e.coverStartsOn,
      e.coverEndsOn,
    ]),
  ];
  await recordAudit(db, {
    orgId,
    actorAccountId: actor.accountId,
    action: 'INSURANCE_ROSTER_EXPORTED',
    targetType: 'organization',
    targetId: orgId,
    summary: { policyYear: result.policyYear, rows: result.enrollments.length, encoding },
    requestId: actor.requestId,
  });
  return { body: encodeCsv(rows, encoding), policyYear: result.policyYear };
}

/** Active volunteers whose cover ends with this policy year and who have no enrollment for the next one. */
export async function renewals(db: Db, orgId: string): Promise<TInsuranceRenewalsResponse> {
  const { year } = await currentPolicyYear(db, orgId);
  const rows = await db
    .select({ volunteerId: insuranceEnrollmentTable.volunteerId, planId: insuranceEnrollmentTable.planId })
    .from(insuranceEnrollmentTable)
    .where(
      and(
        eq(insuranceEnrollmentTable.orgId, orgId),
        eq(insuranceEnrollmentTable.policyYear, year.label),
        sql`not exists (select 1 from ${insuranceEnrollmentTable} n where n.org_id = ${orgId}
          and n.volunteer_id = ${insuranceEnrollmentTable.volunteerId} and n.policy_year = ${year.label + 1})`,
      ),
    );
  const active = await activeVolunteerIds(db, orgId, [...new Set(rows.map((r) => r.volunteerId))]);
  const basics = await volunteerBasics(db, orgId, [...active]);
  const plans = new Map((await listPlans(db, orgId)).map((plan) => [plan.id, plan.name]));
  const byVolunteer = new Map<string, string[]>();
  for (const row of rows) {
    if (!active.has(row.volunteerId)) continue;
    byVolunteer.set(row.volunteerId, [...(byVolunteer.get(row.volunteerId) ?? []), plans.get(row.planId) ?? '']);
  }
  const volunteers = [...byVolunteer.entries()].map(([volunteerId, planNames]) => {
    const v = basics.get(volunteerId);
    return {
      volunteerId,
      name: v?.name ?? '',
      nameReading: v?.nameReading ?? null,
      phone: v?.phone ?? null,
      email: v?.email ?? null,
      planNames: planNames.sort(),
    };
  });
  volunteers.sort((a, b) => (a.nameReading ?? a.name).localeCompare(b.nameReading ?? b.name, 'ja'));
  return { policyYear: year.label, coverEndsOn: year.end, volunteers };
}

/**
 * Moves a merged duplicate's enrollments to the record kept. An enrollment the
 * kept record already has (same plan and year) stays with the duplicate.
 */
export async function moveEnrollments(tx: Db, orgId: string, fromId: string, toId: string): Promise<number> {
  const moved = await tx
    .update(insuranceEnrollmentTable)
    .set({ volunteerId: toId })
    .where(
      and(
        eq(insuranceEnrollmentTable.orgId, orgId),
        eq(insuranceEnrollmentTable.volunteerId, fromId),
        sql`not exists (select 1 from ${insuranceEnrollmentTable} k where k.org_id = ${orgId}
          and k.volunteer_id = ${toId} and k.plan_id = ${insuranceEnrollmentTable.planId}
          and k.policy_year = ${insuranceEnrollmentTable.policyYear})`,
      ),
    )
    .returning({ id: insuranceEnrollmentTable.id });
  return moved.length;
}
