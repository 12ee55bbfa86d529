import {
  boundColumns,
  calendarDateIn,
  type ExplainContext,
  explainCandidate,
  explainExclusions,
  isoWeekday,
  type MatchCandidate,
  type MatchContext,
  type MatchNeed,
  type MatchWindow,
  NEED_KIND_INTERESTS,
  prepareStaticBound,
  type Ranking,
  rankScored,
  type ScoredCandidate,
  scoreCandidate,
  type TCandidatesResponse,
  type TExcludedCandidate,
  type TLocale,
  type TMatchingMode,
  type TMatchingWeights,
  type TNeedKind,
  type TRankedCandidate,
  type TWeightOverrides,
} from '@musubi/shared';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { describeOrganizations, getOrganization, listNetworkPeers } from '../organizations';
import { getParticipationSettings } from '../participation';
import * as repo from './matching.repository';
import { getMatchingSettings } from './matching-settings.service';
import { poolSnapshotFor, type RefreshResult } from './pool-snapshot';

/** Everything about one need that scoring its candidates needs, loaded once per ranking. */
export interface MatchingSetup {
  row: repo.NeedForMatching;
  need: MatchNeed;
  ctx: MatchContext;
  weights: TMatchingWeights;
  mode: TMatchingMode;
  proposalValidDays: number;
  scope: repo.PoolScope;
  timeZone: string;
  /** Another organization's skill id → the need organization's skill of the same kind and name. */
  skillMap: Map<string, string>;
  /** Need-organization skill id → its names, for explanations. */
  skillNames: Map<string, Record<string, string | null | undefined>>;
  /** People who helped the recipient before, with how often they were welcomed (continuity). */
  helpers: Map<string, { helped: number; welcomed: number }>;
  /** The names of the organizations of the pool (the need's and its network peers'). */
  orgNames: Map<string, { name: string }>;
  /** The pool snapshot's refresh, started while the need's facts load (reused by a ranking on the same `db`). */
  snapshotRead: { db: Db; result: Promise<RefreshResult>; used: boolean };
  /** This need's proposals per volunteer record: declined, or open (asked, accepted, confirmed). */
  proposals: Map<string, 'declined' | 'open'>;
  assigned: Set<string>;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The day the scores refer to: the first day on or after today that one of
 * the need's windows falls on (a dated window, or the next such weekday), or
 * today when the need names no time.
 */
export function matchingDate(windows: readonly MatchWindow[], today: string): string {
  const days = windows.map((w) => (w.date ? w.date : addDays(today, ((w.weekday ?? 1) - isoWeekday(today) + 7) % 7)));
  return days.length > 0 ? days.sort()[0] : today;
}

const nameKeys = (kind: string, names: Record<string, string | null | undefined>) =>
  Object.values(names)
    .filter((n): n is string => !!n?.trim())
    .map((n) => `${kind}:${n.normalize('NFKC').trim().toLowerCase()}`);

/** Loads the need, the organization's rules and the facts every candidate is compared with. */
export async function prepareMatching(
  db: Db,
  orgId: string,
  needId: string,
  overrides: TWeightOverrides = {},
): Promise<MatchingSetup> {
  const [row, org, participation, settings, peers] = await Promise.all([
    repo.findNeedForMatching(db, orgId, needId),
    getOrganization(db, orgId),
    getParticipationSettings(db, orgId),
    getMatchingSettings(db, orgId),
    listNetworkPeers(db, orgId),
  ]);
  if (!row) throw new AppError('NEED_NOT_FOUND');
  const peerOrgIds = peers.filter((id) => id !== orgId).sort();
  const today = calendarDateIn(org.timeZone);
  const windows: MatchWindow[] = row.timeWindows.filter((w) => !w.date || w.date >= today);
  const date = matchingDate(windows, today);
  const weekday = isoWeekday(date);
  const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const weights = {
    ...settings.weights,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
  const need: MatchNeed = {
    id: row.id,
    skillIds: row.skillIds,
    languages: row.languages.length > 0 ? row.languages : row.recipientLanguages,
    location:
      !row.online && row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    windows,
    helperGender: row.helperGender,
    interestCategories: NEED_KIND_INTERESTS[row.kind as TNeedKind] ?? [],
    recipientId: row.recipientId,
    minutesOnDate: windows
      .filter((w) => w.date === date || (!w.date && w.weekday === weekday))
      .reduce((sum, w) => sum + minutesOf(w.end) - minutesOf(w.start), 0),
  };
  const ctx: MatchContext = {
    date,
    insuranceCheck: participation.insuranceCheck,
    maxHoursPerDay: participation.maxHoursPerDay,
    maxShiftsPerWeek: participation.maxShiftsPerWeek,
    halfScoreDistanceKm: settings.halfScoreDistanceKm,
  };

  const scope = { orgId, peerOrgIds, date, timeZone: org.timeZone };
  // The pool snapshot is brought up to date meanwhile (a ranking reads it next).
  const snapshotRead = { db, result: poolSnapshotFor(scope).refresh(db), used: false };
  snapshotRead.result.catch(() => undefined);
  const [skills, helpers, proposals, assigned, orgNames] = await Promise.all([
    repo.listSkillsOf(db, [orgId, ...peerOrgIds]),
    row.recipientId ? repo.listRecipientHelpers(db, orgId, row.recipientId, needId) : new Map(),
    repo.listProposalsOfNeed(db, orgId, needId),
    repo.listAssignedVolunteerIds(db, orgId, needId),
    describeOrganizations(db, [orgId, ...peerOrgIds]),
  ]);
  const skillNames = new Map(skills.filter((s) => s.orgId === orgId).map((s) => [s.id, s.names]));
  const wanted = new Map<string, string>();
  for (const id of row.skillIds) {
    const own = skills.find((s) => s.orgId === orgId && s.id === id);
    if (own) for (const key of nameKeys(own.kind, own.names)) wanted.set(key, id);
  }
  const skillMap = new Map<string, string>();
  for (const s of skills) {
    if (s.orgId === orgId) continue;
    const match = nameKeys(s.kind, s.names).find((key) => wanted.has(key));
    if (match) skillMap.set(s.id, wanted.get(match)!);
  }
  const proposalState = proposalStateOf(proposals);
  return {
    row,
    need,
    ctx,
    weights,
    mode: settings.mode,
    proposalValidDays: settings.proposalValidDays,
    scope,
    timeZone: org.timeZone,
    skillMap,
    skillNames,
    helpers,
    orgNames,
    snapshotRead,
    proposals: proposalState,
    assigned,
  };
}

/** Per volunteer record: declined this need, or asked and not (yet) out (asked, accepted, confirmed). */
function proposalStateOf(proposals: readonly repo.ProposalRow[]): Map<string, 'declined' | 'open'> {
  const state = new Map<string, 'declined' | 'open'>();
  for (const p of proposals) {
    if (['proposed', 'accepted', 'confirmed'].includes(p.status)) state.set(p.volunteerId, 'open');
    else if (p.status === 'declined' && !state.has(p.volunteerId)) state.set(p.volunteerId, 'declined');
  }
  return state;
}

/**
 * Reads this need's proposals and lines again (one query after the other: callers run it inside
 * their transaction, with the need locked, so the exclusions they check are current).
 */
export async function refreshNeedState(db: Db, setup: MatchingSetup): Promise<void> {
  const { orgId } = setup.scope;
  setup.proposals = proposalStateOf(await repo.listProposalsOfNeed(db, orgId, setup.row.id));
  setup.assigned = await repo.listAssignedVolunteerIds(db, orgId, setup.row.id);
}

function scoreRow(setup: MatchingSetup, row: repo.PoolRow): ScoredCandidate {
  return scoreCandidate(setup.need, toCandidate(setup, row), setup.ctx, setup.weights);
}

function toCandidate(setup: MatchingSetup, row: repo.PoolRow): MatchCandidate {
  const own = row.orgId === setup.scope.orgId;
  const skills = row.skillIds.map((id) => (own ? id : setup.skillMap.get(id))).filter((id): id is string => !!id);
  const helped = own ? setup.helpers.get(row.id) : undefined;
  const proposal = setup.proposals.get(row.id);
  return {
    volunteerId: row.id,
    orgId: row.orgId,
    status: row.status,
    contactWithdrawn: row.contactWithdrawn,
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    languages: row.languages,
    interests: row.interests,
    gender: row.gender,
    skillIds: skills,
    availability: row.availability,
    availabilityExceptions: row.availabilityExceptions,
    insured: row.insured,
    recentAssignments: row.recentAssignments,
    weekAssignments: row.weekAssignments,
    dayMinutes: row.dayMinutes,
    helpedRecipient: helped?.helped ?? 0,
    welcomedByRecipient: helped?.welcomed ?? 0,
    declined: proposal === 'declined',
    proposed: proposal === 'open',
    assigned: own && setup.assigned.has(row.id),
  };
}

/** Real score differences are far larger than this (minutes, counts and weights are small whole numbers). */
const SAME_SCORE = 1e-9;

/** Who a candidate is, as the list shows them. */
export interface CandidateName {
  name: string;
  nameReading: string | null;
  phone: string | null;
}

export interface PrefilterStats {
  /** Rows loaded and scored. */
  examined: number;
  /** Queries for pool rows. */
  queries: number;
  /** Records the ranking bounded in memory, rows its snapshot refresh read, and how long each took. */
  snapshotRecords?: number;
  /** The snapshot was read whole (the process's first ranking for the organization). */
  refreshCold?: boolean;
  refreshRows?: number;
  refreshMs?: number;
  boundMs?: number;
  /** Time spent reading records in full. */
  fetchMs?: number;
}

/**
 * The first `limit` candidates and the excluded ones who would have been
 * among them, exactly as `rankCandidates` over the whole pool would give, but
 * loading only records that could matter.
 *
 * The process keeps what every record of the pool shows that neither the day
 * nor the work done changes (`PoolSnapshot`, brought up to date with the
 * database first). From it, every record gets a bound in memory: its score
 * computed exactly except recent workload, taken at its best
 * (`boundRecords`; a property test checks it is never below the score), and
 * whether a hard rule it shows already excludes it. Records are then read from
 * the database and scored in full in descending bound order until the next
 * bound cannot pass the `limit`-th score (nor, for the excluded list, its own
 * last one): what is left can change neither list.
 */
export async function rankWithPrefilter(
  db: Db,
  setup: MatchingSetup,
  limit: number,
): Promise<{ ranking: Ranking; stats: PrefilterStats; people: Map<string, CandidateName> }> {
  const snapshot = poolSnapshotFor(setup.scope);
  // The refresh `prepareMatching` started, once, if it read through this same `db` (a transaction
  // sees its own changes); else a new one.
  const read = setup.snapshotRead;
  const reuse = read.db === db && !read.used;
  read.used = true;
  const fresh = await (reuse ? read.result : snapshot.refresh(db));
  // Bounded now, before anything else can change the snapshot; the records are kept by position.
  const records = snapshot.columns.records.slice();
  const started = performance.now();
  const plan = prepareStaticBound({
    need: setup.need,
    ctx: setup.ctx,
    weights: setup.weights,
    skillMap: setup.skillMap,
    helpers: setup.helpers,
    proposals: setup.proposals,
    assigned: setup.assigned,
  });
  const n = records.length;
  const bounds = new Float64Array(n);
  const excludedByRecord = new Uint8Array(n);
  boundColumns(plan, snapshot.columns, bounds, excludedByRecord);
  const order = descendingOrder(bounds);
  const boundMs = performance.now() - started;

  const scored = new Map<string, ScoredCandidate>();
  const people = new Map<string, CandidateName>();
  const stats: PrefilterStats = {
    examined: 0,
    queries: 0,
    snapshotRecords: n,
    refreshMs: fresh.ms,
    refreshCold: fresh.cold,
    refreshRows: fresh.read,
    boundMs,
  };
  const load = async (ids: string[]) => {
    if (ids.length === 0) return;
    stats.queries++;
    const asked = performance.now();
    const rows = await repo.listPoolRows(db, setup.scope, { ids });
    stats.fetchMs = (stats.fetchMs ?? 0) + performance.now() - asked;
    for (const row of rows) {
      if (scored.has(row.id)) continue;
      people.set(row.id, { name: row.name, nameReading: row.nameReading, phone: row.phone });
      stats.examined++;
      scored.set(row.id, scoreRow(setup, row));
    }
  };
  // Records the caller's own open transaction changed: the snapshot does not know them, read them all.
  await load(fresh.ownChanges);

  // Records in descending bound order (equal bounds: smaller id first), in growing batches, each
  // batch every record that could still pass the last ranked candidate (or, for a record a hard
  // rule it shows excludes, the last of a full excluded list too). Scores only raise those
  // marks, so a record passed over stays out; the search ends at the first bound below the last
  // ranked score.
  let ranking = rankScored([], limit);
  let cursor = 0;
  let bucket = { start: 0, end: 0 };
  let batchSize = limit + 10;
  for (;;) {
    const last = ranking.ranked.length >= limit ? ranking.ranked[limit - 1] : undefined;
    const lastExcluded = ranking.excluded.length >= limit ? ranking.excluded[limit - 1] : undefined;
    const batch: string[] = [];
    let finished = false;
    while (batch.length < batchSize) {
      if (cursor >= bucket.end) {
        if (bucket.end >= n) {
          finished = true;
          break;
        }
        bucket = order.nextBucket(bucket.end, records);
      }
      const i = order.indices[cursor];
      const bound = bounds[i];
      if (last && bound < last.total - SAME_SCORE) {
        finished = true;
        break;
      }
      cursor++;
      const id = records[i].volunteerId;
      if (scored.has(id)) continue;
      if (last && !canPass(bound, id, last)) continue;
      // Excluded for sure: it matters only if it would make a full excluded list too.
      if (excludedByRecord[i] && lastExcluded && !canPass(bound, id, lastExcluded)) continue;
      batch.push(id);
    }
    await load(batch);
    ranking = rankScored([...scored.values()], limit);
    if (finished && batch.length === 0) return { ranking, stats, people };
    if (finished) {
      // The batch was cut by the bound: one more pass re-checks the marks it raised (it stops at once).
      continue;
    }
    batchSize *= 2;
  }
}

/**
 * Could a record with this bound pass `mark` (or tie with it and win on the id)? Bounds and
 * scores are computed by the same arithmetic, and real score differences are far above
 * `SAME_SCORE`: a bound that close to the mark ties with it at best.
 */
const canPass = (bound: number, id: string, mark: { total: number; volunteerId: string }) =>
  bound > mark.total + SAME_SCORE || (bound >= mark.total - SAME_SCORE && id < mark.volunteerId);

/** Buckets of the bound range, highest first; each bucket is sorted (bound, then id) when reached. */
const BUCKETS = 2048;

/** Indices of `bounds` by descending bound, bucketed in O(n); `nextBucket` sorts one bucket at a time. */
function descendingOrder(bounds: Float64Array) {
  const n = bounds.length;
  let max = 0;
  for (let i = 0; i < n; i++) if (bounds[i] > max) max = bounds[i];
  const scale = max > 0 ? (BUCKETS - 1) / max : 0;
  // Bucket 0 holds the highest bounds.
  const bucketOf = new Uint16Array(n);
  const starts = new Uint32Array(BUCKETS + 1);
  for (let i = 0; i < n; i++) {
    const b = BUCKETS - 1 - Math.min(BUCKETS - 1, Math.max(0, Math.floor(bounds[i] * scale)));
    bucketOf[i] = b;
    starts[b + 1]++;
  }
  for (let b = 0; b < BUCKETS; b++) starts[b + 1] += starts[b];
  const fill = starts.slice(0, BUCKETS);
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[fill[bucketOf[i]]++] = i;
  return {
    indices,
    /** The bucket holding position `start` (where one begins), sorted by bound, then id. */
    nextBucket(start: number, records: readonly { volunteerId: string }[]) {
      const end = starts[bucketOf[indices[start]] + 1];
      if (end - start > 1) {
        const slice = Array.from(indices.subarray(start, end)).sort((x, y) =>
          bounds[x] !== bounds[y]
            ? bounds[y] - bounds[x]
            : records[x].volunteerId < records[y].volunteerId
              ? -1
              : records[x].volunteerId > records[y].volunteerId
                ? 1
                : 0,
        );
        indices.set(slice, start);
      }
      return { start, end };
    },
  };
}

/** Every pool row loaded and scored in memory: the baseline the prefilter must equal. */
export async function rankBruteForce(db: Db, setup: MatchingSetup, limit: number): Promise<Ranking> {
  const rows = await repo.listPoolRows(db, setup.scope, { all: true });
  return rankScored(
    rows.map((row) => scoreRow(setup, row)),
    limit,
  );
}

/** One record scored for this need, or undefined when it is not among the need organization's candidates. */
export async function scoreOne(
  db: Db,
  setup: MatchingSetup,
  volunteerId: string,
): Promise<ScoredCandidate | undefined> {
  const [row] = await repo.listPoolRows(db, setup.scope, { ids: [volunteerId] });
  return row ? scoreRow(setup, row) : undefined;
}

/** Skill names and the recipient, for explanations in `locale`. */
export function explainContextOf(setup: MatchingSetup, locale: TLocale): ExplainContext {
  const skillNames = new Map(
    [...setup.skillNames.entries()].map(([id, names]) => [
      id,
      names[locale] || Object.values(names).find((n) => !!n) || '?',
    ]),
  );
  return { skillNames, recipientName: setup.row.recipientName };
}

/**
 * The ranked candidates for a need with their factors and the why in the
 * caller's language, and the excluded ones who would have ranked, with why not.
 */
export async function listCandidates(
  db: Db,
  locale: TLocale,
  orgId: string,
  needId: string,
  query: { limit: number; weights?: TWeightOverrides },
): Promise<TCandidatesResponse> {
  const setup = await prepareMatching(db, orgId, needId, query.weights);
  const { ranking, people } = await rankWithPrefilter(db, setup, query.limit);
  const orgNames = setup.orgNames;
  const ctx = explainContextOf(setup, locale);
  const base = (c: ScoredCandidate) => {
    const person = people.get(c.volunteerId);
    return {
      volunteerId: c.volunteerId,
      orgId: c.orgId,
      orgName: orgNames.get(c.orgId)?.name ?? '',
      name: person?.name ?? '',
      nameReading: person?.nameReading ?? null,
      phone: person?.phone ?? null,
      total: round(c.total),
      maxTotal: c.maxTotal,
      factors: Object.fromEntries(
        Object.entries(c.factors).map(([f, v]) => [f, v === null ? null : round(v)]),
      ) as TRankedCandidate['factors'],
      reasons: c.reasons,
      explanation: explainCandidate(locale, c.reasons, ctx),
    };
  };
  return {
    needId,
    date: setup.ctx.date,
    weights: setup.weights,
    limit: query.limit,
    candidates: ranking.ranked.map((c) => ({ rank: c.rank, ...base(c), hasWarnings: c.hasWarnings })),
    excluded: ranking.excluded.map(
      (c): TExcludedCandidate => ({
        ...base(c),
        exclusions: c.exclusions,
        exclusionText: explainExclusions(locale, c.exclusions, ctx),
      }),
    ),
  };
}

/** Four decimals are plenty to read; the order comes from the exact values. */
const round = (n: number) => Math.round(n * 10_000) / 10_000;
