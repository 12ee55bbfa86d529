import type { TAvailabilitySlot, TNeedTimeWindow } from '@musubi/shared';
import { and, asc, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { matchingSettingsTable, needProposalTable } from './matching.table';

/*
 * Matching reads across modules on purpose: a candidate's score needs their
 * record, skills, consents, insurance cover, sign-ups and lines, and going
 * through each module's service per candidate would cost a round trip per
 * person and fact. These queries only read; every write goes through the
 * owning module's exported functions.
 */

export type ProposalRow = typeof needProposalTable.$inferSelect;
export type NewProposalRow = typeof needProposalTable.$inferInsert;
export type MatchingSettingsRow = typeof matchingSettingsTable.$inferSelect;

/** `'{a,b}'::uuid[]` — values are ids or fixed codes, never free text. */
const pgArray = (values: readonly string[], type: 'uuid' | 'text') =>
  sql.raw(`'{${values.map((v) => `"${v.replace(/[^A-Za-z0-9_:-]/g, '')}"`).join(',')}}'::${type}[]`);

// ---------------------------------------------------------------- settings

export async function findMatchingSettings(db: Db, orgId: string): Promise<MatchingSettingsRow | undefined> {
  const [row] = await db.select().from(matchingSettingsTable).where(eq(matchingSettingsTable.orgId, orgId));
  return row;
}

export async function upsertMatchingSettings(db: Db, row: typeof matchingSettingsTable.$inferInsert) {
  const { orgId, ...values } = row;
  await db
    .insert(matchingSettingsTable)
    .values(row)
    .onConflictDoUpdate({ target: matchingSettingsTable.orgId, set: { ...values, updatedAt: new Date() } });
}

// ---------------------------------------------------------------- the need

export interface NeedForMatching {
  id: string;
  orgId: string;
  number: string;
  status: string;
  kind: string;
  title: string;
  area: string | null;
  online: boolean;
  urgency: string;
  latitude: number | null;
  longitude: number | null;
  timeWindows: TNeedTimeWindow[];
  headcount: number;
  languages: string[];
  helperGender: 'any' | 'female' | 'male';
  recipientId: string | null;
  recipientName: string | null;
  recipientLanguages: string[];
  skillIds: string[];
}

/** The need with its required skills and the linked recipient's name and languages, in one query. */
export async function findNeedForMatching(db: Db, orgId: string, needId: string): Promise<NeedForMatching | undefined> {
  const [row] = await queryRows<{
    id: string;
    org_id: string;
    number: string;
    status: string;
    kind: string;
    title: string;
    area: string | null;
    online: boolean;
    urgency: string;
    latitude: number | null;
    longitude: number | null;
    time_windows: TNeedTimeWindow[];
    headcount: number;
    languages: string[];
    helper_gender: 'any' | 'female' | 'male';
    recipient_id: string | null;
    recipient_name: string | null;
    recipient_languages: string[] | null;
    skill_ids: string[];
  }>(
    db,
    sql`select n.id, n.org_id, n.number, n.status, n.kind, n.title, n.area, n.online, n.urgency, n.latitude, n.longitude,
      n.time_windows, n.headcount, n.languages, n.helper_gender, n.recipient_id,
      coalesce(r.name, n.recipient_name) as recipient_name, r.languages as recipient_languages,
      array(select s.skill_id from need_skill s where s.org_id = n.org_id and s.need_id = n.id order by s.skill_id)::text[] as skill_ids
    from need n left join recipient r on r.org_id = n.org_id and r.id = n.recipient_id
    where n.org_id = ${orgId} and n.id = ${needId}`,
  );
  if (!row) return undefined;
  return {
    id: row.id,
    orgId: row.org_id,
    number: row.number,
    status: row.status,
    kind: row.kind,
    title: row.title,
    area: row.area,
    online: row.online,
    urgency: row.urgency,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    timeWindows: row.time_windows,
    headcount: row.headcount,
    languages: row.languages,
    helperGender: row.helper_gender,
    recipientId: row.recipient_id,
    recipientName: row.recipient_name,
    recipientLanguages: row.recipient_languages ?? [],
    skillIds: row.skill_ids,
  };
}

export interface SkillNameRow {
  orgId: string;
  id: string;
  kind: string;
  names: Record<string, string | null | undefined>;
}

/** Live skills of these organizations, to map other organizations' skills onto the need's by name. */
export async function listSkillsOf(db: Db, orgIds: readonly string[]): Promise<SkillNameRow[]> {
  const rows = await queryRows<{ org_id: string; id: string; kind: string; names: SkillNameRow['names'] }>(
    db,
    sql`select org_id, id, kind, names from skill where org_id = any(${pgArray(orgIds, 'uuid')}) and archived_at is null`,
  );
  return rows.map((r) => ({ orgId: r.org_id, id: r.id, kind: r.kind, names: r.names }));
}

// ---------------------------------------------------------------- the candidate pool

/** Whose records matching may look at: the need's organization, and the other organizations of its network. */
export interface PoolScope {
  orgId: string;
  /** Other organizations of the network (their people appear only with the network-sharing consent). */
  peerOrgIds: readonly string[];
  /** The day facts refer to (insurance cover, workload), read in the need organization's time zone. */
  date: string;
  timeZone: string;
}

/**
 * Records a need's organization may consider: its own (except merged ones),
 * and other network organizations' records whose person's latest
 * network-sharing answer is yes — unless the same account already has a
 * record here, which then stands for the person.
 */
function poolCondition(scope: PoolScope): SQL {
  const orgs = pgArray([scope.orgId, ...scope.peerOrgIds], 'uuid');
  if (scope.peerOrgIds.length === 0) return sql`v.org_id = ${scope.orgId} and v.status <> 'merged'`;
  return sql`v.org_id = any(${orgs}) and v.status <> 'merged' and (v.org_id = ${scope.orgId} or (
    (select c.granted from volunteer_consent c where c.org_id = v.org_id and c.volunteer_id = v.id
      and c.purpose = 'network_sharing' order by c.recorded_at desc, c.id desc limit 1) is true
    and (v.account_id is null or not exists (select 1 from volunteer l where l.org_id = ${scope.orgId}
      and l.account_id = v.account_id and l.status <> 'merged'))))`;
}

/** What the candidate query needs of a row to score it. */
export interface PoolRow {
  id: string;
  orgId: string;
  name: string;
  nameReading: string | null;
  phone: string | null;
  status: string;
  latitude: number | null;
  longitude: number | null;
  languages: string[];
  interests: string[];
  gender: 'female' | 'male' | 'other' | null;
  availability: TAvailabilitySlot[];
  availabilityExceptions: { from: string; to: string }[];
  /** The latest answer to "may we contact you" is no. */
  contactWithdrawn: boolean;
  /** Cover on the scope's date. */
  insured: boolean;
  /** Skills held (ids of the record's own organization). */
  skillIds: string[];
  /** Assignments in the four weeks to the date, in its ISO week, and minutes on the date. */
  recentAssignments: number;
  weekAssignments: number;
  dayMinutes: number;
}

/** One way of finding pool rows; `listPoolRows` unites several in one statement. */
export type PoolPart =
  /** Every pool row. */
  | { all: true }
  /** Only these records. */
  | { ids: readonly string[] };

/** The (org_id, id) of the rows one part finds. */
function partSql(scope: PoolScope, part: PoolPart): SQL {
  const pool = poolCondition(scope);
  if ('all' in part) return sql`select v.org_id, v.id from volunteer v where ${pool}`;
  return sql`select v.org_id, v.id from volunteer v where ${pool} and v.id = any(${pgArray(part.ids, 'uuid')})`;
}

/** Minutes a volunteer-time line counts for on its day when nobody has written down the time served yet. */
export const UNTIMED_LINE_MINUTES = 120;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Pool rows the parts find (united, each row once), with the facts scoring
 * needs: the contact consent, insurance cover, skills and workload — one
 * statement, one index lookup per row and fact.
 */
export async function listPoolRows(
  db: Db,
  scope: PoolScope,
  parts: PoolPart | readonly PoolPart[],
): Promise<PoolRow[]> {
  const list = Array.isArray(parts) ? parts : [parts as PoolPart];
  if (list.length === 0) return [];
  const { date, timeZone } = scope;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  const monday = addDays(date, 1 - weekday);
  // Work is counted in the four weeks ending on the date and in the date's ISO week.
  const from = monday < addDays(date, -27) ? monday : addDays(date, -27);
  const until = addDays(monday, 7);
  const at = (day: string) => sql`(${day}::date::timestamp at time zone ${timeZone})`;
  const rows = await queryRows<{
    id: string;
    org_id: string;
    name: string;
    name_reading: string | null;
    phone: string | null;
    status: string;
    latitude: number | null;
    longitude: number | null;
    languages: string[];
    interests: string[];
    gender: PoolRow['gender'];
    availability: TAvailabilitySlot[];
    availability_exceptions: { from: string; to: string }[];
    contact_withdrawn: boolean;
    insured: boolean;
    skill_ids: string[];
    recent: number;
    week: number;
    day_minutes: number;
  }>(
    db,
    sql`with hit as (${sql.join(
      list.map((part) => sql`(${partSql(scope, part)})`),
      sql` union `,
    )})
    select v.id, v.org_id, v.name, v.name_reading, v.phone, v.status, v.latitude, v.longitude, v.languages, v.interests, v.gender,
      v.availability, v.availability_exceptions,
      (select c.granted from volunteer_consent c where c.org_id = v.org_id and c.volunteer_id = v.id
        and c.purpose = 'contact' order by c.recorded_at desc, c.id desc limit 1) is false as contact_withdrawn,
      exists (select 1 from insurance_enrollment e where e.org_id = v.org_id and e.volunteer_id = v.id
        and e.cover_starts_on <= ${date} and e.cover_ends_on >= ${date}) as insured,
      array(select s.skill_id from volunteer_skill s where s.org_id = v.org_id and s.volunteer_id = v.id
        order by s.skill_id)::text[] as skill_ids,
      coalesce(w.recent, 0) as recent, coalesce(w.week, 0) as week, coalesce(w.day_minutes, 0) as day_minutes
    from hit join volunteer v on v.org_id = hit.org_id and v.id = hit.id
    left join lateral (
      select count(*) filter (where work.day > ${addDays(date, -28)}::date and work.day <= ${date}::date)::int as recent,
        count(*) filter (where work.day >= ${monday}::date and work.day < ${until}::date)::int as week,
        sum(work.minutes) filter (where work.day = ${date}::date)::float8 as day_minutes
      from (
        select (s.starts_at at time zone ${timeZone})::date as day, extract(epoch from s.ends_at - s.starts_at) / 60 as minutes
        from shift_signup su join shift s on s.org_id = su.org_id and s.id = su.shift_id
        where su.org_id = v.org_id and su.volunteer_id = v.id and su.status = 'confirmed' and s.status = 'scheduled'
          and s.starts_at >= ${at(from)} and s.starts_at < ${at(until)}
        union all
        select (coalesce(l.planned_start, l.created_at) at time zone ${timeZone})::date,
          coalesce(l.minutes, ${UNTIMED_LINE_MINUTES})
        from need_resource_line l
        where l.org_id = v.org_id and l.volunteer_id = v.id and l.kind = 'volunteer_time' and l.status <> 'cancelled'
          and coalesce(l.planned_start, l.created_at) >= ${at(from)} and coalesce(l.planned_start, l.created_at) < ${at(until)}
      ) work
    ) w on true`,
  );
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    name: r.name,
    nameReading: r.name_reading,
    phone: r.phone,
    status: r.status,
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
    languages: r.languages,
    interests: r.interests,
    gender: r.gender,
    availability: r.availability,
    availabilityExceptions: r.availability_exceptions,
    contactWithdrawn: r.contact_withdrawn === true,
    insured: r.insured,
    skillIds: r.skill_ids,
    recentAssignments: Number(r.recent),
    weekAssignments: Number(r.week),
    dayMinutes: Number(r.day_minutes),
  }));
}

/**
 * People who served this recipient on other needs (volunteer-time lines not
 * cancelled), with how many of those needs the recipient or requester rated
 * 4 or 5 in the follow-up.
 */
export async function listRecipientHelpers(
  db: Db,
  orgId: string,
  recipientId: string,
  exceptNeedId: string,
): Promise<Map<string, { helped: number; welcomed: number }>> {
  const rows = await queryRows<{ volunteer_id: string; helped: number; welcomed: number }>(
    db,
    sql`select l.volunteer_id, count(*)::int as helped,
      count(*) filter (where exists (select 1 from need_follow_up f where f.org_id = l.org_id and f.need_id = l.need_id
        and f.volunteer_id is null and f.satisfaction >= 4))::int as welcomed
    from need_resource_line l join need n on n.org_id = l.org_id and n.id = l.need_id
    where l.org_id = ${orgId} and n.recipient_id = ${recipientId} and n.id <> ${exceptNeedId}
      and l.kind = 'volunteer_time' and l.status <> 'cancelled'
    group by l.volunteer_id`,
  );
  return new Map(rows.map((r) => [r.volunteer_id, { helped: Number(r.helped), welcomed: Number(r.welcomed) }]));
}

/** Records with a volunteer-time line on this need (not cancelled). */
export async function listAssignedVolunteerIds(db: Db, orgId: string, needId: string): Promise<Set<string>> {
  const rows = await queryRows<{ volunteer_id: string }>(
    db,
    sql`select distinct volunteer_id from need_resource_line where org_id = ${orgId} and need_id = ${needId}
      and kind = 'volunteer_time' and status <> 'cancelled'`,
  );
  return new Set(rows.map((r) => r.volunteer_id));
}

export interface CandidateIdentity {
  id: string;
  orgId: string;
  accountId: string | null;
  name: string;
  nameReading: string | null;
  phone: string | null;
  email: string | null;
  preferredChannel: string;
  locale: string;
  status: string;
}

/** Names and contact of some records (only for the people shown or asked). */
export async function findCandidateIdentities(db: Db, ids: readonly string[]): Promise<Map<string, CandidateIdentity>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{
    id: string;
    org_id: string;
    account_id: string | null;
    name: string;
    name_reading: string | null;
    phone: string | null;
    email: string | null;
    preferred_channel: string;
    locale: string;
    status: string;
  }>(
    db,
    sql`select id, org_id, account_id, name, name_reading, phone, email, preferred_channel, locale, status
      from volunteer where id = any(${pgArray(ids, 'uuid')})`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        orgId: r.org_id,
        accountId: r.account_id,
        name: r.name,
        nameReading: r.name_reading,
        phone: r.phone,
        email: r.email,
        preferredChannel: r.preferred_channel,
        locale: r.locale,
        status: r.status,
      },
    ]),
  );
}

// ---------------------------------------------------------------- proposals

export async function insertProposal(db: Db, row: NewProposalRow): Promise<ProposalRow> {
  const [created] = await db.insert(needProposalTable).values(row).returning();
  return created;
}

export async function updateProposalRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewProposalRow>,
): Promise<ProposalRow> {
  const [row] = await db
    .update(needProposalTable)
    .set(changes)
    .where(and(eq(needProposalTable.orgId, orgId), eq(needProposalTable.id, id)))
    .returning();
  return row;
}

export async function listProposalsOfNeed(db: Db, orgId: string, needId: string): Promise<ProposalRow[]> {
  return db
    .select()
    .from(needProposalTable)
    .where(and(eq(needProposalTable.orgId, orgId), eq(needProposalTable.needId, needId)))
    .orderBy(asc(needProposalTable.proposedAt), asc(needProposalTable.id));
}

export async function findProposal(db: Db, orgId: string, id: string, lock = false): Promise<ProposalRow | undefined> {
  const query = db
    .select()
    .from(needProposalTable)
    .where(and(eq(needProposalTable.orgId, orgId), eq(needProposalTable.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The proposal an answer link belongs to (looked up by the secret's hash, across organizations). */
export async function findProposalByTokenHash(db: Db, tokenHash: string): Promise<ProposalRow | undefined> {
  const [row] = await db.select().from(needProposalTable).where(eq(needProposalTable.tokenHash, tokenHash));
  return row;
}

/** Proposals to these records (a person's own records in every organization), newest first. */
export async function listProposalsOfVolunteers(
  db: Db,
  records: readonly { orgId: string; id: string }[],
): Promise<ProposalRow[]> {
  if (records.length === 0) return [];
  return db
    .select()
    .from(needProposalTable)
    .where(
      inArray(
        needProposalTable.volunteerId,
        records.map((r) => r.id),
      ),
    )
    .orderBy(desc(needProposalTable.proposedAt), desc(needProposalTable.id))
    .limit(200);
}

/** Open proposals whose time to answer has passed, oldest first (the expiry sweep). */
export async function listExpiredOpenProposals(db: Db, now: Date, limit: number): Promise<ProposalRow[]> {
  return db
    .select()
    .from(needProposalTable)
    .where(and(inArray(needProposalTable.status, ['proposed']), lt(needProposalTable.expiresAt, now)))
    .orderBy(asc(needProposalTable.expiresAt))
    .limit(limit);
}
