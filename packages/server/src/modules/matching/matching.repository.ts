import type { BoundTerms, TAvailabilitySlot, TNeedTimeWindow } from '@musubi/shared';
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
/** Feature tags of `volunteer.match_features` ('l:zh', 'i:elderly', 'g:female', 'a:126'). */
const tags = (values: readonly string[]) => pgArray(values, 'text');

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

// ---------------------------------------------------------------- planner statistics

export interface TagStatistics {
  frequencies: Map<string, number>;
  rows: number;
}

/**
 * How common each feature tag is and how many rows there are, from the
 * statistics PostgreSQL keeps for its planner (refreshed by ANALYZE; empty
 * before the first one). The candidate query uses them only to decide how to
 * split its search, never what it finds.
 */
export async function loadTagStatistics(db: Db): Promise<TagStatistics> {
  const [row] = await queryRows<{ elems: string[] | null; freqs: number[] | null; rows: number | null }>(
    db,
    sql`select (select s.most_common_elems::text::text[] from pg_stats s where s.schemaname = current_schema()
        and s.tablename = 'volunteer' and s.attname = 'match_features') as elems,
      (select s.most_common_elem_freqs from pg_stats s where s.schemaname = current_schema()
        and s.tablename = 'volunteer' and s.attname = 'match_features') as freqs,
      (select c.reltuples from pg_class c where c.oid = 'volunteer'::regclass)::float8 as rows`,
  );
  const frequencies = new Map<string, number>();
  for (const [i, tag] of (row?.elems ?? []).entries()) frequencies.set(tag, Number(row?.freqs?.[i] ?? 0));
  return { frequencies, rows: Math.max(1000, Number(row?.rows ?? 0)) };
}

/** The share of volunteer rows holding each of these skills (any of its equivalents), the smallest. */
export async function rarestSkillShare(db: Db, skills: readonly (readonly string[])[], rows: number): Promise<number> {
  let share = 1;
  for (const ids of skills) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(distinct volunteer_id)::int as n from volunteer_skill where skill_id = any(${pgArray(ids, 'uuid')})`,
    );
    share = Math.min(share, Number(row?.n ?? 0) / Math.max(rows, 1));
  }
  return share;
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

const EARTH_RADIUS_KM = 6371;

/**
 * What the candidate query bounds rows by: the shared core's `boundTerms`,
 * with the skills of other organizations that stand for each required skill,
 * and the day insurance cover must hold.
 */
export interface BoundQuery {
  terms: BoundTerms;
  /** Required skill (need organization's id) → every skill id of the network that counts as it. */
  skillEquivalents: ReadonlyMap<string, readonly string[]>;
  date: string;
  /** `boundWithoutDistance(terms)`: the best any row can reach without the distance term. */
  tierMax: number;
  /** Cover on the date is a hard rule (the organization's insurance check blocks). */
  insuranceRequired: boolean;
  /** How common each feature tag is (share of rows), from the planner's statistics; a guide only. */
  frequencies: ReadonlyMap<string, number>;
  /** About how many volunteer rows there are (the planner's estimate). */
  rows: number;
  /** How many rows one branch of the search may be expected to read before it is split (`BRANCH_ROWS`). */
  branchRows: number;
  /** The share of rows holding the rarest required skill (1 when none is required). */
  skillShare: number;
}

const hasSkill = (ids: readonly string[]) =>
  sql`exists (select 1 from volunteer_skill vs where vs.org_id = v.org_id and vs.volunteer_id = v.id
    and vs.skill_id = any(${pgArray(ids, 'uuid')}))`;
const insuredOn = (date: string) =>
  sql`exists (select 1 from insurance_enrollment e where e.org_id = v.org_id and e.volunteer_id = v.id
    and e.cover_starts_on <= ${date} and e.cover_ends_on >= ${date})`;
const when = (condition: SQL, weight: number) => sql`case when ${condition} then ${weight}::float8 else 0 end`;

/**
 * The shared core's `upperBound()` as SQL over a volunteer row `v`, in two
 * parts: `cheap` reads only the row (skills and insurance at their best),
 * `exact` adds the skills held and the cover (one index lookup each). Rows
 * the candidate query skips are those whose bound is below a threshold, so
 * neither may be lower than the TypeScript bound by more than rounding (the
 * query leaves a margin).
 */
export function boundSql(q: BoundQuery): { cheap: SQL; exact: SQL } {
  const { terms } = q;
  const parts: SQL[] = [sql`${terms.workload}::float8`];
  if (terms.languages) {
    for (const language of terms.languages.languages) {
      parts.push(when(sql`v.match_features @> ${tags([`l:${language}`])}`, terms.languages.each));
    }
  }
  if (terms.gender)
    parts.push(when(sql`v.match_features @> ${tags([`g:${terms.gender.gender}`])}`, terms.gender.weight));
  if (terms.interests) {
    parts.push(
      when(sql`v.match_features && ${tags(terms.interests.categories.map((c) => `i:${c}`))}`, terms.interests.weight),
    );
  }
  for (const a of terms.availability) parts.push(when(sql`v.match_features @> ${tags([`a:${a.code}`])}`, a.weight));
  if (terms.distance && terms.distance.weight > 0) {
    const { center, weight, halfKm } = terms.distance;
    parts.push(sql`case when v.latitude is null or v.longitude is null then 0 else ${weight}::float8 / (1 + power((
      ${2 * EARTH_RADIUS_KM}::float8 * asin(sqrt(least(1, power(sin(radians(v.latitude - ${center.lat}::float8) / 2), 2)
        + cos(radians(${center.lat}::float8)) * cos(radians(v.latitude))
        * power(sin(radians(v.longitude - ${center.lng}::float8) / 2), 2))))) / ${halfKm}::float8, 2)) end`);
  }
  const best: SQL[] = [];
  const held: SQL[] = [];
  if (terms.skills) {
    best.push(sql`${terms.skills.each * terms.skills.skillIds.length}::float8`);
    for (const id of terms.skills.skillIds)
      held.push(when(hasSkill(q.skillEquivalents.get(id) ?? [id]), terms.skills.each));
  }
  if (terms.insurance !== null) {
    best.push(sql`${terms.insurance}::float8`);
    held.push(when(insuredOn(q.date), terms.insurance));
  }
  return { cheap: sql.join([...parts, ...best], sql` + `), exact: sql.join([...parts, ...held], sql` + `) };
}

/** A group of feature tags a row has at least one of, worth `weight` of the bound when it does. */
interface TagGroup {
  key: string;
  tags: string[];
  weight: number;
  /** For a stretch of availability: each half-hour's own weight. */
  parts?: { tag: string; weight: number }[];
}

/** The tag groups of the bound: each language asked, the gender, the interests, each stretch of availability. */
function tagGroups(terms: BoundTerms): TagGroup[] {
  const groups: TagGroup[] = [];
  for (const language of terms.languages?.languages ?? []) {
    groups.push({ key: `l:${language}`, tags: [`l:${language}`], weight: terms.languages!.each });
  }
  if (terms.gender) {
    const tag = `g:${terms.gender.gender}`;
    groups.push({ key: tag, tags: [tag], weight: terms.gender.weight });
  }
  if (terms.interests) {
    const interestTags = terms.interests.categories.map((c) => `i:${c}`);
    groups.push({ key: 'interests', tags: interestTags, weight: terms.interests.weight });
  }
  for (const run of consecutiveRuns(terms.availability)) {
    const parts = run.map((a) => ({ tag: `a:${a.code}`, weight: a.weight }));
    groups.push({
      key: `a:${run[0].code}-${run[run.length - 1].code}`,
      tags: parts.map((p) => p.tag),
      weight: parts.reduce((sum, p) => sum + p.weight, 0),
      parts,
    });
  }
  return groups.filter((g) => g.weight > 0);
}

/** What a search branch assumes rows lack (their loss already taken off its slack). */
interface Lacking {
  groups: ReadonlySet<string>;
}
const LACKING_NOTHING: Lacking = { groups: new Set() };

/**
 * Conditions every row whose bound can fall short of the best by no more than
 * `slack` meets — a feature is required when missing it costs more than the
 * slack — written so the GIN index on feature tags answers them. They add
 * nothing the bound does not imply. Features the branch assumes rows lack are
 * not required. `required` lists the tag groups demanded (for estimates).
 * Skills are left to the searches that narrow by them, and cover to the
 * bound: most people have it, so it narrows nothing.
 */
export function conditionsWithin(
  q: BoundQuery,
  slack: number,
  lacking: Lacking = LACKING_NOTHING,
): { indexed: SQL[]; required: string[][] } {
  const { terms } = q;
  const all: string[] = [];
  const anyOf: string[][] = [];
  const groups = tagGroups(terms).filter((g) => !lacking.groups.has(g.key));
  for (const g of groups) {
    if (g.tags.length === 1 && g.weight > slack) all.push(g.tags[0]);
    else if (g.weight > slack) {
      // Half-hours worth more than the slack are needed themselves; else any moment of the stretch.
      const needed = (g.parts ?? []).filter((p) => p.weight > slack).map((p) => p.tag);
      if (needed.length > 0) all.push(...needed);
      else anyOf.push(g.tags);
    }
  }
  // The languages together: a row must speak enough of those not assumed missing.
  const languages = groups.filter((g) => g.key.startsWith('l:'));
  const spokenWorth = languages.reduce((sum, g) => sum + g.weight, 0);
  if (languages.length > 1 && spokenWorth > slack && !languages.some((g) => g.weight > slack)) {
    anyOf.push(languages.map((g) => g.tags[0]));
  }
  const indexed: SQL[] = [];
  if (all.length > 0) indexed.push(sql`v.match_features @> ${tags(all)}`);
  for (const group of anyOf) indexed.push(sql`v.match_features && ${tags(group)}`);
  return { indexed, required: [...all.map((t) => [t]), ...anyOf] };
}

/** The same for rows whose bound is at least `min` and whose distance term is at most `distanceCap`. */
export function necessaryConditions(q: BoundQuery, min: number, distanceCap: number): SQL[] {
  return conditionsWithin(q, q.tierMax + distanceCap - min + 1e-6).indexed;
}

/** Rows this many or fewer are cheap to read one by one; a search expected to find more is split. */
export const BRANCH_ROWS = 3000;
/** How common a tag is assumed to be when the statistics do not say. */
const UNKNOWN_FREQUENCY = 0.05;

/**
 * Index conditions for the rows within `slack` of the best bound, as a
 * union of branches each narrow enough to read: while the conditions are
 * expected to match many rows, the rarest feature not yet required splits
 * the search into the rows having it and the rows lacking it — for whom the
 * slack shrinks by its weight, so more features become required.
 */
function branchesWithin(
  q: BoundQuery,
  slack: number,
  fixed: SQL[],
  fixedShare: number,
  lacking: Lacking,
  narrowing: { conditions: SQL[]; share: number } = { conditions: [], share: 1 },
): SQL[][] {
  // Conditions that narrow by themselves (required skills) are used when one branch suffices;
  // once the search splits they are left to the final filter, rather than repeated per branch.
  const single = conditionsWithin(q, slack, lacking);
  const frequencyOf = (tag: string) => q.frequencies.get(tag) ?? UNKNOWN_FREQUENCY;
  const shareOf = (g: readonly string[]) => Math.min(1, 1 - g.reduce((p, tag) => p * (1 - frequencyOf(tag)), 1));
  if (
    narrowing.conditions.length > 0 &&
    Math.min(fixedShare, narrowing.share, ...single.required.map(shareOf)) * q.rows <= q.branchRows
  ) {
    return [[...fixed, ...narrowing.conditions, ...single.indexed]];
  }
  const frequency = (tag: string) => q.frequencies.get(tag) ?? UNKNOWN_FREQUENCY;
  const groupShare = (g: readonly string[]) => Math.min(1, 1 - g.reduce((p, tag) => p * (1 - frequency(tag)), 1));
  const split = (slackLeft: number, has: string[][], pending: TagGroup[], lacks: Lacking): SQL[][] => {
    if (slackLeft < 0) return [];
    const within = conditionsWithin(q, slackLeft, lacks);
    // What the database will read: the rows of its most selective index condition.
    const share = Math.min(fixedShare, ...[...within.required, ...has].map(groupShare));
    const weak = pending.filter((g) => g.weight <= slackLeft && !lacks.groups.has(g.key));
    const branch = [...fixed, ...has.map((g) => sql`v.match_features && ${tags(g)}`), ...within.indexed];
    if (share * q.rows <= q.branchRows || weak.length === 0) return [branch];
    const rarest = [...weak].sort((a, b) => groupShare(a.tags) - groupShare(b.tags))[0];
    const rest = pending.filter((g) => g !== rarest);
    return [
      ...split(slackLeft, [...has, rarest.tags], rest, lacks),
      ...split(slackLeft - rarest.weight, has, rest, { groups: new Set([...lacks.groups, rarest.key]) }),
    ];
  };
  return split(slack, [], tagGroups(q.terms), lacking);
}

/** Availability terms split into runs of consecutive half-hours (codes are sorted). */
function consecutiveRuns<T extends { code: number }>(terms: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const term of terms) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].code === term.code - 1) run.push(term);
    else runs.push([term]);
  }
  return runs;
}

/** Holding each required skill (or a skill of another network organization that stands for it). */
function skillConditions(q: BoundQuery, orgIds: readonly string[]): SQL[] {
  const orgs = pgArray(orgIds, 'uuid');
  return (q.terms.skills?.skillIds ?? []).map(
    (id) => sql`v.id in (select vs.volunteer_id from volunteer_skill vs where vs.org_id = any(${orgs})
      and vs.skill_id = any(${pgArray(q.skillEquivalents.get(id) ?? [id], 'uuid')}))`,
  );
}

/**
 * Conditions every rankable row meets (active, holding every required skill,
 * insured when cover is a hard rule): for the search of ranked candidates,
 * which excluded ones do not need to be part of.
 */
function eligibleConditions(q: BoundQuery, orgIds: readonly string[]): SQL[] {
  const orgs = pgArray(orgIds, 'uuid');
  const conditions: SQL[] = [sql`v.status = 'active'`, ...skillConditions(q, orgIds)];
  if (q.insuranceRequired) {
    conditions.push(sql`v.id in (select e.volunteer_id from insurance_enrollment e where e.org_id = any(${orgs})
      and e.cover_starts_on <= ${q.date} and e.cover_ends_on >= ${q.date})`);
  }
  return conditions;
}

/** The smallest box (degrees) holding every point within `km` of `center` on the sphere, with a little slack. */
export function boundingBox(center: { lat: number; lng: number }, km: number) {
  const angle = km / EARTH_RADIUS_KM + 1e-9;
  const lat = (center.lat * Math.PI) / 180;
  const minLat = lat - angle;
  const maxLat = lat + angle;
  const deg = (r: number) => (r * 180) / Math.PI;
  if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2 || angle >= Math.PI / 2) {
    return { minLat: Math.max(-90, deg(minLat)), maxLat: Math.min(90, deg(maxLat)), minLng: -180, maxLng: 180 };
  }
  const dLng = Math.asin(Math.min(1, Math.sin(angle) / Math.cos(lat)));
  const minLng = center.lng - deg(dLng);
  const maxLng = center.lng + deg(dLng);
  if (minLng < -180 || maxLng > 180) return { minLat: deg(minLat), maxLat: deg(maxLat), minLng: -180, maxLng: 180 };
  return { minLat: deg(minLat), maxLat: deg(maxLat), minLng, maxLng };
}

/** What the candidate query needs of a row to score it. */
export interface PoolRow {
  id: string;
  orgId: string;
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

export interface Box {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/**
 * Part of the map searched for rows above a bound: located rows inside `box`
 * (or every row without one), whose distance term can be at most
 * `distanceCap` there — the farther out, the smaller the cap and the more
 * features a row must have (and indexes can find) to reach the bound.
 */
export interface Region {
  box?: Box;
  distanceCap: number;
}

/** One way of finding pool rows; `listPoolRows` unites several in one statement. */
export type PoolPart =
  /** Every pool row. */
  | { all: true }
  /** Only these records. */
  | { ids: readonly string[] }
  /**
   * Rows whose bound is at least `min` and below `below`, found region by region; with
   * `eligibleOnly`, only rows no hard rule visible in the database (status, skills, required
   * cover) excludes; with `byId`, the smallest ids after `after`, at most `limit`.
   */
  | {
      bound: BoundQuery;
      min: number;
      below?: number;
      regions?: readonly Region[];
      eligibleOnly?: boolean;
      excludedOnly?: boolean;
      byId?: { after: string | null; limit: number };
    }
  /**
   * The rows nearest to a point (the GiST index walks outwards), at most `limit`: located ones,
   * or with `unlocated` those without an address (smallest ids first); with `eligibleOnly`, only
   * rows no hard rule visible in the database excludes; with `atLeast`, only rows that could
   * reach that bound without the distance term (through their necessary features).
   */
  | {
      nearest: BoundQuery;
      center: { lat: number; lng: number };
      limit: number;
      eligibleOnly: boolean;
      atLeast?: number;
      unlocated?: boolean;
      /** Only inside this box. */
      within?: Box;
    };

const inBox = (b: Box) =>
  sql`point(v.longitude, v.latitude) <@ box(point(${b.minLng}::float8, ${b.minLat}::float8), point(${b.maxLng}::float8, ${b.maxLat}::float8))`;

/** The (org_id, id) of the rows one part finds. */
function partSql(scope: PoolScope, part: PoolPart): SQL {
  const orgIds = [scope.orgId, ...scope.peerOrgIds];
  const pool = poolCondition(scope);
  if ('all' in part) return sql`select v.org_id, v.id from volunteer v where ${pool}`;
  if ('ids' in part) {
    return sql`select v.org_id, v.id from volunteer v where ${pool} and v.id = any(${pgArray(part.ids, 'uuid')})`;
  }
  if ('nearest' in part) {
    const necessary = part.atLeast !== undefined ? necessaryConditions(part.nearest, part.atLeast, 0) : [];
    const conditions = [
      pool,
      part.unlocated
        ? sql`(v.latitude is null or v.longitude is null)`
        : sql`v.latitude is not null and v.longitude is not null`,
      ...(part.eligibleOnly ? eligibleConditions(part.nearest, orgIds) : []),
      ...necessary,
      ...(part.within ? [inBox(part.within)] : []),
    ];
    const order = part.unlocated
      ? sql`v.id`
      : sql`point(v.longitude, v.latitude) <-> point(${part.center.lng}::float8, ${part.center.lat}::float8)`;
    return sql`select v.org_id, v.id from volunteer v where ${sql.join(conditions, sql` and `)}
      order by ${order} limit ${part.limit}`;
  }
  const { cheap, exact } = boundSql(part.bound);
  const finite = Number.isFinite(part.min);
  const limits: SQL[] = [];
  if (finite) limits.push(sql`(${cheap}) >= ${part.min}::float8`, sql`(${exact}) >= ${part.min}::float8`);
  if (part.below !== undefined && Number.isFinite(part.below)) limits.push(sql`(${exact}) < ${part.below}::float8`);
  if (part.byId?.after) limits.push(sql`v.id > ${part.byId.after}`);
  const regions = part.regions ?? [{ distanceCap: part.bound.terms.distance?.weight ?? 0 }];
  const q = part.bound;
  const { terms } = q;
  // First the rows the indexes can find, region by region, branch by branch, materialized so the
  // planner picks an index for each rather than reading the whole table to evaluate the other
  // conditions; then every other condition on those few rows.
  const found: SQL[] = [];
  for (const region of regions) {
    const slack = finite ? q.tierMax + region.distanceCap - part.min + 1e-6 : Number.POSITIVE_INFINITY;
    const box = region.box ? [inBox(region.box)] : [];
    // Inside a box the database reads the box's rows through the location index whatever else is
    // asked (it cannot tell how many there are), so splitting the search there would only read
    // them again: a box is searched in one piece.
    const share = region.box ? 0 : 1;
    // Who to look for: rankable rows (holding every required skill: an index lookup narrows
    // them), or the rows hard rules visible here exclude — not active; lacking a required skill
    // (worth less by its weight); uninsured where cover is required — or anyone.
    const classes: { slack: number; fixed: SQL[]; share: number; lacking: Lacking; narrowing?: boolean }[] = [];
    if (part.eligibleOnly) {
      // The required skills narrow the search when rare (an index lookup each); status, cover and
      // the skills themselves are checked after, on the rows found.
      classes.push({ slack, fixed: box, share, lacking: LACKING_NOTHING, narrowing: true });
    } else if (part.excludedOnly) {
      classes.push({
        slack,
        fixed: [...box, sql`v.status not in ('active', 'merged')`],
        share: share * INACTIVE_SHARE,
        lacking: LACKING_NOTHING,
      });
      if (terms.skills) {
        classes.push({ slack: slack - terms.skills.each, fixed: box, share, lacking: LACKING_NOTHING });
      }
      if (q.insuranceRequired && terms.insurance !== null) {
        classes.push({
          slack: slack - terms.insurance,
          fixed: box,
          share,
          lacking: LACKING_NOTHING,
        });
      }
    } else {
      classes.push({ slack, fixed: box, share, lacking: LACKING_NOTHING });
    }
    for (const c of classes) {
      const narrowing = c.narrowing ? { conditions: skillConditions(q, orgIds), share: q.skillShare } : undefined;
      const branches = Number.isFinite(c.slack)
        ? branchesWithin(q, c.slack, c.fixed, c.share, c.lacking, narrowing)
        : [c.fixed];
      for (const conditions of branches) {
        found.push(
          sql`select v.id from volunteer v where ${conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`}`,
        );
      }
    }
  }
  const conditions = [
    pool,
    ...(part.eligibleOnly ? eligibleConditions(q, orgIds) : []),
    ...(part.excludedOnly ? [excludedCondition(q, orgIds)] : []),
    ...limits,
  ];
  if (found.length === 0) return sql`select v.org_id, v.id from volunteer v where false`;
  // The ids found, as an array: the planner then looks each row up by id instead of reading the
  // whole table to evaluate the conditions before a join.
  return sql`with found as materialized (${sql.join(found, sql` union `)})
    select v.org_id, v.id from volunteer v
    where v.id = any(array(select found.id from found)) and ${sql.join(conditions, sql` and `)}
    ${part.byId ? sql`order by v.id limit ${part.byId.limit}` : sql``}`;
}

/** The share of rows not active (applicants, inactive, lapsed), assumed. */
const INACTIVE_SHARE = 0.2;

/** Rows a hard rule visible in the database excludes: not active, a required skill missing, no required cover. */
function excludedCondition(q: BoundQuery, orgIds: readonly string[]): SQL {
  return sql`not (${sql.join(eligibleConditions(q, orgIds), sql` and `)})`;
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
    select v.id, v.org_id, v.status, v.latitude, v.longitude, v.languages, v.interests, v.gender,
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
