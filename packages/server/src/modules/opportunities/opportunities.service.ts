import {
  floating,
  instantOf,
  type TCreateOpportunityRequest,
  type TCreateShiftsRequest,
  type TOpportunity,
  type TOpportunityListQuery,
  type TOpportunityListResponse,
  type TShift,
  type TShiftRoleInput,
  type TUpdateOpportunityRequest,
  type TUpdateShiftRequest,
  wallTimeOf,
  ZCreateOpportunityRequest,
  ZCreateShiftsRequest,
} from '@musubi/shared';
import { and, asc, count, desc, eq, gt, gte, ilike, inArray, lt, lte } from 'drizzle-orm';
// rrule ships CommonJS to Node: its functions hang off the default export.
import rrule from 'rrule';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { keysetPage } from '../../platform/db/keyset-page';
import { containsPattern } from '../../platform/db/sql-text';
import { AppError } from '../../platform/errors/app-error';
import type { Actor, AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB } from '../../platform/mail/mail.service';
import { describeOrganizations, getOrganization } from '../organizations';
import { afterShiftChanged, confirmedCount, tallyByRole } from '../signups';
import { assertSkillsExist } from '../volunteers';
import {
  opportunitySkillTable,
  opportunityTable,
  shiftRoleTable,
  shiftSeriesTable,
  shiftTable,
} from './opportunities.table';

export type OpportunityRow = typeof opportunityTable.$inferSelect;
export type ShiftRow = typeof shiftTable.$inferSelect;
export type ShiftRoleRow = typeof shiftRoleTable.$inferSelect;

/** A series materializes at most this many shifts, up to a year ahead. */
export const SERIES_MAX_OCCURRENCES = 200;
const SERIES_HORIZON_MS = 366 * 86_400_000;

// ---------------------------------------------------------------- opportunities

export async function toOpportunities(db: Db, rows: OpportunityRow[]): Promise<TOpportunity[]> {
  if (rows.length === 0) return [];
  const orgs = await describeOrganizations(db, [...new Set(rows.map((r) => r.orgId))]);
  const skills = await db
    .select()
    .from(opportunitySkillTable)
    .where(
      and(
        inArray(opportunitySkillTable.orgId, [...new Set(rows.map((r) => r.orgId))]),
        inArray(
          opportunitySkillTable.opportunityId,
          rows.map((r) => r.id),
        ),
      ),
    );
  return rows.map((row) => ({
    id: row.id,
    orgId: row.orgId,
    orgName: orgs.get(row.orgId)?.name ?? '',
    title: row.title,
    description: row.description,
    category: row.category,
    online: row.online,
    postalCode: row.postalCode,
    address: row.address,
    area: row.area,
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    requiredSkillIds: skills.filter((s) => s.opportunityId === row.id).map((s) => s.skillId),
    requiredInsurancePlanId: row.requiredInsurancePlanId,
    minimumAge: row.minimumAge,
    accessibilityInfo: row.accessibilityInfo,
    beginnerFriendly: row.beginnerFriendly,
    trial: row.trial,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    visibility: row.visibility,
    cancellationDeadlineHours: row.cancellationDeadlineHours,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function findOpportunity(db: Db, orgId: string, id: string, lock = false): Promise<OpportunityRow> {
  const query = db
    .select()
    .from(opportunityTable)
    .where(and(eq(opportunityTable.orgId, orgId), eq(opportunityTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('OPPORTUNITY_NOT_FOUND');
  return row;
}

export async function getOpportunity(db: Db, orgId: string, id: string): Promise<TOpportunity> {
  const [opportunity] = await toOpportunities(db, [await findOpportunity(db, orgId, id)]);
  return opportunity;
}

/** The opportunity of any organization by id (the catalogue and self sign-up do not know the organization). */
export async function findOpportunityAnywhere(db: Db, id: string): Promise<OpportunityRow | undefined> {
  const [row] = await db.select().from(opportunityTable).where(eq(opportunityTable.id, id));
  return row;
}

export async function listOpportunities(
  db: Db,
  orgId: string,
  query: TOpportunityListQuery,
): Promise<TOpportunityListResponse> {
  const rows = await db
    .select()
    .from(opportunityTable)
    .where(
      and(
        eq(opportunityTable.orgId, orgId),
        query.status ? eq(opportunityTable.status, query.status) : undefined,
        query.q ? ilike(opportunityTable.title, containsPattern(query.q)) : undefined,
        query.before ? lt(opportunityTable.id, query.before) : undefined,
      ),
    )
    .orderBy(desc(opportunityTable.id))
    .limit(query.limit + 1);
  const page = keysetPage(rows, query.limit, (row) => row.id);
  const counts = await db
    .select({ opportunityId: shiftTable.opportunityId, n: count() })
    .from(shiftTable)
    .where(
      and(
        eq(shiftTable.orgId, orgId),
        eq(shiftTable.status, 'scheduled'),
        gte(shiftTable.startsAt, new Date()),
        inArray(
          shiftTable.opportunityId,
          page.rows.map((r) => r.id),
        ),
      ),
    )
    .groupBy(shiftTable.opportunityId);
  const byId = new Map(counts.map((c) => [c.opportunityId, c.n]));
  const opportunities = await toOpportunities(db, page.rows);
  return {
    opportunities: opportunities.map((o) => ({ ...o, upcomingShiftCount: byId.get(o.id) ?? 0 })),
    nextCursor: page.nextCursor,
  };
}

function opportunityColumns(fields: Partial<TUpdateOpportunityRequest>): Partial<typeof opportunityTable.$inferInsert> {
  const { location, requiredSkillIds: _skills, ...rest } = fields;
  return {
    ...rest,
    ...(location !== undefined ? { latitude: location?.lat ?? null, longitude: location?.lng ?? null } : {}),
  };
}

async function replaceRequiredSkills(tx: Db, orgId: string, opportunityId: string, skillIds: readonly string[]) {
  await assertSkillsExist(tx, orgId, skillIds, 'requiredSkillIds');
  await tx
    .delete(opportunitySkillTable)
    .where(and(eq(opportunitySkillTable.orgId, orgId), eq(opportunitySkillTable.opportunityId, opportunityId)));
  if (skillIds.length > 0) {
    await tx
      .insert(opportunitySkillTable)
      .values([...new Set(skillIds)].map((skillId) => ({ orgId, opportunityId, skillId })));
  }
}

export async function createOpportunity(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TCreateOpportunityRequest,
): Promise<TOpportunity> {
  const fields = ZCreateOpportunityRequest.parse(input);
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(opportunityTable)
      .values({
        ...(opportunityColumns(fields) as typeof opportunityTable.$inferInsert),
        orgId,
        title: fields.title,
        category: fields.category,
        visibility: fields.visibility,
        status: fields.status,
        createdBy: actor.accountId,
      })
      .returning();
    await replaceRequiredSkills(tx, orgId, created.id, fields.requiredSkillIds);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'OPPORTUNITY_CREATED',
      targetType: 'opportunity',
      targetId: created.id,
      summary: { title: created.title, status: created.status, visibility: created.visibility },
      requestId: actor.requestId,
    });
    return created;
  });
  return getOpportunity(db, orgId, row.id);
}

export async function updateOpportunity(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  changes: TUpdateOpportunityRequest,
): Promise<TOpportunity> {
  await db.transaction(async (tx) => {
    const current = await findOpportunity(tx, orgId, id, true);
    if (current.status === 'cancelled') throw new AppError('OPPORTUNITY_CANCELLED');
    await tx
      .update(opportunityTable)
      .set({ ...opportunityColumns(changes), updatedAt: new Date() })
      .where(and(eq(opportunityTable.orgId, orgId), eq(opportunityTable.id, id)));
    if (changes.requiredSkillIds) await replaceRequiredSkills(tx, orgId, id, changes.requiredSkillIds);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'OPPORTUNITY_UPDATED',
      targetType: 'opportunity',
      targetId: id,
      summary: { fields: Object.keys(changes), status: changes.status },
      requestId: actor.requestId,
    });
  });
  return getOpportunity(db, orgId, id);
}

// ---------------------------------------------------------------- shifts

/** Shifts with their roles and how many are confirmed and waiting in each. */
export async function toShifts(db: Db, orgId: string, rows: ShiftRow[]): Promise<TShift[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const roles = await db
    .select()
    .from(shiftRoleTable)
    .where(and(eq(shiftRoleTable.orgId, orgId), inArray(shiftRoleTable.shiftId, ids)))
    .orderBy(asc(shiftRoleTable.position));
  const tallies = await tallyByRole(db, orgId, ids);
  const tally = (roleId: string, status: 'confirmed' | 'waitlisted') => tallies.get(roleId)?.[status] ?? 0;
  return rows.map((row) => ({
    id: row.id,
    opportunityId: row.opportunityId,
    seriesId: row.seriesId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    waitlist: row.waitlist,
    signupOpensAt: row.signupOpensAt?.toISOString() ?? null,
    signupClosesAt: row.signupClosesAt.toISOString(),
    detached: row.detached,
    cancelReason: row.cancelReason,
    roles: roles
      .filter((role) => role.shiftId === row.id)
      .map((role) => ({
        id: role.id,
        name: role.name,
        capacity: role.capacity,
        requiredSkillId: role.requiredSkillId,
        confirmed: tally(role.id, 'confirmed'),
        waitlisted: tally(role.id, 'waitlisted'),
      })),
  }));
}

export async function findShift(db: Db, orgId: string, id: string, lock = false): Promise<ShiftRow> {
  const query = db
    .select()
    .from(shiftTable)
    .where(and(eq(shiftTable.orgId, orgId), eq(shiftTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('SHIFT_NOT_FOUND');
  return row;
}

/** Several shifts of one organization by id, in one query. */
export async function findShifts(db: Db, orgId: string, ids: string[]): Promise<ShiftRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(shiftTable)
    .where(and(eq(shiftTable.orgId, orgId), inArray(shiftTable.id, ids)));
}

/** Several activities of one organization by id, in one query. */
export async function findOpportunities(db: Db, orgId: string, ids: string[]): Promise<OpportunityRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(opportunityTable)
    .where(and(eq(opportunityTable.orgId, orgId), inArray(opportunityTable.id, ids)));
}

export async function findShiftAnywhere(db: Db, id: string): Promise<ShiftRow | undefined> {
  const [row] = await db.select().from(shiftTable).where(eq(shiftTable.id, id));
  return row;
}

export async function getShift(db: Db, orgId: string, id: string): Promise<TShift> {
  const [shift] = await toShifts(db, orgId, [await findShift(db, orgId, id)]);
  return shift;
}

export async function listShifts(
  db: Db,
  orgId: string,
  opportunityId: string,
  range: { from?: string; to?: string },
): Promise<TShift[]> {
  await findOpportunity(db, orgId, opportunityId);
  const rows = await db
    .select()
    .from(shiftTable)
    .where(
      and(
        eq(shiftTable.orgId, orgId),
        eq(shiftTable.opportunityId, opportunityId),
        range.from ? gte(shiftTable.startsAt, new Date(range.from)) : undefined,
        range.to ? lte(shiftTable.startsAt, new Date(range.to)) : undefined,
      ),
    )
    .orderBy(asc(shiftTable.startsAt))
    .limit(500);
  return toShifts(db, orgId, rows);
}

/**
 * Start times of a series: the first start's wall-clock time repeated by the
 * rule in the zone, from the first start (or after `window.after`) up to a
 * year after the first start (or `window.until`), at most SERIES_MAX_OCCURRENCES.
 */
export function seriesStarts(
  rule: string,
  firstStart: Date,
  timeZone: string,
  window?: { after: Date; until: Date },
): Date[] {
  const dtstart = floating(wallTimeOf(firstStart, timeZone));
  let parsed: ReturnType<typeof rrule.rrulestr>;
  try {
    parsed = rrule.rrulestr(rule.replace(/^RRULE:/, ''), { dtstart });
  } catch {
    throw new AppError('VALIDATION_FAILED', {}, [
      { path: 'rrule', in: 'body', code: 'invalid_format', messageKey: 'validation.rrule' },
    ]);
  }
  const floatingStarts = window
    ? parsed.between(floating(wallTimeOf(window.after, timeZone)), floating(wallTimeOf(window.until, timeZone)), false)
    : parsed.all((date, i) => i < SERIES_MAX_OCCURRENCES && date.getTime() <= dtstart.getTime() + SERIES_HORIZON_MS);
  return floatingStarts.slice(0, SERIES_MAX_OCCURRENCES).map((d) =>
    instantOf(
      {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
      },
      timeZone,
    ),
  );
}

/** What every occurrence of a request (or of a series) gets besides its time. */
type ShiftTemplate = Pick<
  ReturnType<typeof ZCreateShiftsRequest.parse>,
  'roles' | 'waitlist' | 'signupOpensDaysBefore' | 'signupClosesHoursBefore'
>;

async function insertShift(
  tx: Db,
  orgId: string,
  opportunityId: string,
  seriesId: string | null,
  startsAt: Date,
  durationMs: number,
  request: ShiftTemplate,
): Promise<ShiftRow> {
  const [shift] = await tx
    .insert(shiftTable)
    .values({
      orgId,
      opportunityId,
      seriesId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + durationMs),
      waitlist: request.waitlist,
      signupOpensAt:
        request.signupOpensDaysBefore === null
          ? null
          : new Date(startsAt.getTime() - request.signupOpensDaysBefore * 86_400_000),
      signupClosesAt: new Date(startsAt.getTime() - request.signupClosesHoursBefore * 3_600_000),
    })
    .returning();
  await tx.insert(shiftRoleTable).values(
    request.roles.map((role: TShiftRoleInput, position) => ({
      orgId,
      shiftId: shift.id,
      name: role.name ?? null,
      capacity: role.capacity,
      requiredSkillId: role.requiredSkillId ?? null,
      position,
    })),
  );
  return shift;
}

/** Creates one shift, or a series and its occurrences. */
export async function createShifts(
  db: Db,
  actor: Actor,
  orgId: string,
  opportunityId: string,
  input: TCreateShiftsRequest,
): Promise<TShift[]> {
  const request = ZCreateShiftsRequest.parse(input);
  const rows = await db.transaction(async (tx) => {
    const opportunity = await findOpportunity(tx, orgId, opportunityId);
    if (opportunity.status === 'cancelled') throw new AppError('OPPORTUNITY_CANCELLED');
    await assertSkillsExist(
      tx,
      orgId,
      request.roles.flatMap((r) => (r.requiredSkillId ? [r.requiredSkillId] : [])),
      'roles',
    );
    const first = new Date(request.startsAt);
    const durationMs = new Date(request.endsAt).getTime() - first.getTime();
    let seriesId: string | null = null;
    let starts = [first];
    if (request.rrule) {
      const org = await getOrganization(tx, orgId);
      starts = seriesStarts(request.rrule, first, org.timeZone);
      const [series] = await tx
        .insert(shiftSeriesTable)
        .values({
          orgId,
          opportunityId,
          rrule: request.rrule.replace(/^RRULE:/, ''),
          firstStartsAt: first,
          durationMinutes: Math.round(durationMs / 60_000),
          timeZone: org.timeZone,
          roles: request.roles,
          waitlist: request.waitlist,
          signupOpensDaysBefore: request.signupOpensDaysBefore,
          signupClosesHoursBefore: request.signupClosesHoursBefore,
          materializedUntil: starts.at(-1) ?? first,
        })
        .returning();
      seriesId = series.id;
    }
    const created: ShiftRow[] = [];
    for (const start of starts) {
      created.push(await insertShift(tx, orgId, opportunityId, seriesId, start, durationMs, request));
    }
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'SHIFTS_CREATED',
      targetType: 'opportunity',
      targetId: opportunityId,
      summary: { count: created.length, rrule: request.rrule ?? null, firstStartsAt: request.startsAt },
      requestId: actor.requestId,
    });
    return created;
  });
  return toShifts(db, orgId, rows);
}

/** Changes one occurrence (time or places); it then stands apart from its series. */
export async function updateShift(
  deps: Pick<AppDeps, 'db' | 'config' | 'jobs'>,
  actor: Actor,
  orgId: string,
  shiftId: string,
  changes: TUpdateShiftRequest,
): Promise<TShift> {
  const { db } = deps;
  await db.transaction(async (tx) => {
    const shift = await findShift(tx, orgId, shiftId, true);
    const startsAt = changes.startsAt ? new Date(changes.startsAt) : shift.startsAt;
    const endsAt = changes.endsAt ? new Date(changes.endsAt) : shift.endsAt;
    if (startsAt >= endsAt) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'endsAt', in: 'body', code: 'invalid_value', messageKey: 'validation.time_range' },
      ]);
    }
    const moved = startsAt.getTime() - shift.startsAt.getTime();
    await tx
      .update(shiftTable)
      .set({
        startsAt,
        endsAt,
        detached: shift.seriesId !== null,
        signupClosesAt: new Date(shift.signupClosesAt.getTime() + moved),
        signupOpensAt: shift.signupOpensAt ? new Date(shift.signupOpensAt.getTime() + moved) : null,
      })
      .where(and(eq(shiftTable.orgId, orgId), eq(shiftTable.id, shiftId)));
    for (const role of changes.roles ?? []) {
      if ((await confirmedCount(tx, orgId, role.id)) > role.capacity) {
        throw new AppError('SHIFT_CAPACITY_BELOW_CONFIRMED');
      }
      const updated = await tx
        .update(shiftRoleTable)
        .set({ capacity: role.capacity })
        .where(
          and(eq(shiftRoleTable.orgId, orgId), eq(shiftRoleTable.id, role.id), eq(shiftRoleTable.shiftId, shiftId)),
        )
        .returning({ id: shiftRoleTable.id });
      if (updated.length === 0) throw new AppError('SHIFT_NOT_FOUND');
    }
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'SHIFT_UPDATED',
      targetType: 'shift',
      targetId: shiftId,
      summary: { ...changes },
      requestId: actor.requestId,
    });
    await afterShiftChanged(tx, deps, actor, orgId, await findShift(tx, orgId, shiftId), {
      moved: moved !== 0 || endsAt.getTime() !== shift.endsAt.getTime(),
      roleIds: (changes.roles ?? []).map((role) => role.id),
    });
  });
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
  return getShift(db, orgId, shiftId);
}

export async function findRole(db: Db, orgId: string, roleId: string, lock = false): Promise<ShiftRoleRow | undefined> {
  const query = db
    .select()
    .from(shiftRoleTable)
    .where(and(eq(shiftRoleTable.orgId, orgId), eq(shiftRoleTable.id, roleId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Several roles of one organization by id, in one query. */
export async function findRoles(db: Db, orgId: string, ids: string[]): Promise<ShiftRoleRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(shiftRoleTable)
    .where(and(eq(shiftRoleTable.orgId, orgId), inArray(shiftRoleTable.id, ids)));
}

export async function rolesOfShift(db: Db, orgId: string, shiftId: string): Promise<ShiftRoleRow[]> {
  return db
    .select()
    .from(shiftRoleTable)
    .where(and(eq(shiftRoleTable.orgId, orgId), eq(shiftRoleTable.shiftId, shiftId)))
    .orderBy(asc(shiftRoleTable.position));
}

export async function requiredSkillsOf(db: Db, orgId: string, opportunityId: string): Promise<string[]> {
  const rows = await db
    .select({ skillId: opportunitySkillTable.skillId })
    .from(opportunitySkillTable)
    .where(and(eq(opportunitySkillTable.orgId, orgId), eq(opportunitySkillTable.opportunityId, opportunityId)));
  return rows.map((r) => r.skillId);
}

/**
 * Keeps every open series a year ahead (the daily `shifts.extend-series`
 * job): the occurrences after the last one made, up to a year from now, with
 * the series' roles and sign-up window. Series of closed or cancelled
 * activities, and rules that have ended (COUNT, UNTIL), get nothing more.
 * Each series moves forward in its own transaction, so a rerun makes nothing twice.
 */
export async function extendSeries(db: Db, now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + SERIES_HORIZON_MS);
  const due = await db
    .select({ orgId: shiftSeriesTable.orgId, id: shiftSeriesTable.id })
    .from(shiftSeriesTable)
    .innerJoin(
      opportunityTable,
      and(eq(opportunityTable.orgId, shiftSeriesTable.orgId), eq(opportunityTable.id, shiftSeriesTable.opportunityId)),
    )
    .where(
      and(inArray(opportunityTable.status, ['draft', 'published']), lt(shiftSeriesTable.materializedUntil, until)),
    );
  let made = 0;
  for (const { orgId, id } of due) {
    made += await db.transaction(async (tx) => {
      const [series] = await tx
        .select()
        .from(shiftSeriesTable)
        .where(and(eq(shiftSeriesTable.orgId, orgId), eq(shiftSeriesTable.id, id)))
        .for('update');
      const starts = seriesStarts(series.rrule, series.firstStartsAt, series.timeZone, {
        after: series.materializedUntil,
        until,
      });
      if (starts.length === 0) return 0;
      for (const start of starts) {
        await insertShift(tx, orgId, series.opportunityId, id, start, series.durationMinutes * 60_000, series);
      }
      await tx
        .update(shiftSeriesTable)
        .set({ materializedUntil: starts.at(-1)! })
        .where(and(eq(shiftSeriesTable.orgId, orgId), eq(shiftSeriesTable.id, id)));
      await recordAudit(tx, {
        orgId,
        actorAccountId: null,
        action: 'SHIFTS_EXTENDED',
        targetType: 'opportunity',
        targetId: series.opportunityId,
        summary: { count: starts.length, rrule: series.rrule, until: starts.at(-1)!.toISOString() },
      });
      return starts.length;
    });
  }
  return made;
}

/** Marks an activity cancelled (its shifts and sign-ups are the signups module's business). */
export async function markOpportunityCancelled(tx: Db, orgId: string, id: string) {
  await tx
    .update(opportunityTable)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(and(eq(opportunityTable.orgId, orgId), eq(opportunityTable.id, id)));
}

/** Scheduled shifts of an activity that have not started, locked for cancelling. */
export async function upcomingShiftsForUpdate(tx: Db, orgId: string, opportunityId: string): Promise<ShiftRow[]> {
  return tx
    .select()
    .from(shiftTable)
    .where(
      and(
        eq(shiftTable.orgId, orgId),
        eq(shiftTable.opportunityId, opportunityId),
        eq(shiftTable.status, 'scheduled'),
        gt(shiftTable.startsAt, new Date()),
      ),
    )
    .orderBy(asc(shiftTable.startsAt))
    .for('update');
}

/** Marks a shift cancelled (its sign-ups are the signups module's business). */
export async function markShiftCancelled(tx: Db, orgId: string, shiftId: string, reason: string) {
  await tx
    .update(shiftTable)
    .set({ status: 'cancelled', cancelReason: reason })
    .where(and(eq(shiftTable.orgId, orgId), eq(shiftTable.id, shiftId)));
}
