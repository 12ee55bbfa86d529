import {
  type BoundTerms,
  boundTerms,
  boundWithoutDistance,
  calendarDateIn,
  distanceScore,
  type ExplainContext,
  explainCandidate,
  explainExclusions,
  isoWeekday,
  type MatchCandidate,
  type MatchContext,
  type MatchNeed,
  type MatchWindow,
  NEED_KIND_INTERESTS,
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
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { describeOrganizations, getOrganization, listNetworkPeers } from '../organizations';
import { getParticipationSettings } from '../participation';
import * as repo from './matching.repository';
import { getMatchingSettings } from './matching-settings.service';

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
  terms: BoundTerms;
  /** Another organization's skill id → the need organization's skill of the same kind and name. */
  skillMap: Map<string, string>;
  /** What the candidate query bounds rows by. */
  bound: repo.BoundQuery;
  /** Need-organization skill id → its names, for explanations. */
  skillNames: Map<string, Record<string, string | null | undefined>>;
  /** People who helped the recipient before (always examined: continuity is not bounded by the query). */
  helpers: Map<string, { helped: number; welcomed: number }>;
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

/**
 * The planner's statistics about feature tags, kept a few minutes per process: they only guide
 * how the candidate query splits its search (never what it finds), and change slowly.
 */
let statisticsCache: { at: number; value: Promise<repo.TagStatistics> } | undefined;
const STATISTICS_TTL_MS = 10 * 60_000;

function tagStatistics(db: Db): Promise<repo.TagStatistics> {
  const now = Date.now();
  if (!statisticsCache || now - statisticsCache.at > STATISTICS_TTL_MS) {
    const value = repo.loadTagStatistics(db).catch(() => ({ frequencies: new Map<string, number>(), rows: 100_000 }));
    statisticsCache = { at: now, value };
  }
  return statisticsCache.value;
}

/** Loads the need, the organization's rules and the facts every candidate is compared with. */
export async function prepareMatching(
  db: Db,
  orgId: string,
  needId: string,
  overrides: TWeightOverrides = {},
): Promise<MatchingSetup> {
  const row = await repo.findNeedForMatching(db, orgId, needId);
  if (!row) throw new AppError('NEED_NOT_FOUND');
  const [org, participation, settings, peers] = await Promise.all([
    getOrganization(db, orgId),
    getParticipationSettings(db, orgId),
    getMatchingSettings(db, orgId),
    listNetworkPeers(db, orgId),
  ]);
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

  const [statistics, skills, helpers, proposals, assigned] = await Promise.all([
    tagStatistics(db),
    repo.listSkillsOf(db, [orgId, ...peerOrgIds]),
    row.recipientId ? repo.listRecipientHelpers(db, orgId, row.recipientId, needId) : new Map(),
    repo.listProposalsOfNeed(db, orgId, needId),
    repo.listAssignedVolunteerIds(db, orgId, needId),
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
  const allTerms = boundTerms(need, ctx, weights);
  // Distance bounds nothing when it weighs nothing.
  const terms = allTerms.distance && allTerms.distance.weight === 0 ? { ...allTerms, distance: null } : allTerms;
  const skillEquivalents = new Map(row.skillIds.map((id) => [id, [id]]));
  for (const [other, own] of skillMap) skillEquivalents.get(own)?.push(other);
  return {
    row,
    need,
    ctx,
    weights,
    mode: settings.mode,
    proposalValidDays: settings.proposalValidDays,
    scope: { orgId, peerOrgIds, date, timeZone: org.timeZone },
    timeZone: org.timeZone,
    terms,
    skillMap,
    bound: {
      terms,
      skillEquivalents,
      date,
      tierMax: boundWithoutDistance(terms),
      insuranceRequired: ctx.insuranceCheck === 'block',
      frequencies: statistics.frequencies,
      rows: statistics.rows,
      branchRows: repo.BRANCH_ROWS,
      skillShare:
        row.skillIds.length > 0
          ? await repo.rarestSkillShare(
              db,
              row.skillIds.map((id) => skillEquivalents.get(id) ?? [id]),
              statistics.rows,
            )
          : 1,
    },
    skillNames,
    helpers,
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

/** Margin left between the SQL bound and a threshold, far above floating-point noise (scores are ≤ 90). */
const SQL_MARGIN = 1e-6;
/** Real score differences are far larger than this (minutes, counts and weights are small whole numbers). */
const SAME_SCORE = 1e-9;

export interface PrefilterStats {
  /** Rows loaded and scored. */
  examined: number;
  /** Queries for pool rows. */
  queries: number;
}

/**
 * The first `limit` candidates and the excluded ones who would have been
 * among them, exactly as `rankCandidates` over the whole pool would give, but
 * loading only rows that could matter.
 *
 * Every row has an upper bound the database can compute from the row itself
 * (`boundSql`, from the shared `boundTerms`: each factor at the value the row
 * shows, recent workload at its best; a property test checks it is never below
 * the score). People who helped the recipient before are loaded first, always
 * (continuity is not in the bound). Then:
 *
 * - a first look: for a located need the nearest people and the nearest
 *   (nearly) perfect ones; for a need without a distance term the top tier
 *   (bound at its maximum) in id order, in growing pages — if the `limit`-th
 *   candidate has the top score, nothing left in the tier can pass it (equal
 *   scores go to the smaller id, the rest of the tier has larger ids) and
 *   nothing outside it can reach it;
 * - then the band of rows whose bound reaches the `limit`-th score T found so
 *   far (`regionsFor`, split by `matching.repository`'s search), once among
 *   rankable rows and once among rows the database-visible rules exclude (for
 *   the excluded list, down to its own last score when that list is full).
 *   Loaded rows only raise T, and rows outside the band bound below it: they
 *   can pass neither the last ranked candidate nor the last excluded one. The
 *   answer is then final. While fewer than `limit` are ranked, θ steps down
 *   instead.
 */
export async function rankWithPrefilter(
  db: Db,
  setup: MatchingSetup,
  limit: number,
): Promise<{ ranking: Ranking; stats: PrefilterStats }> {
  return db.transaction(async (tx) => {
    // The band queries are long expressions over few rows: PostgreSQL would spend far longer
    // compiling them (JIT, chosen by their cost estimate) than running them.
    await tx.execute(sql`set local jit = off`);
    return searchCandidates(tx, setup, limit);
  });
}

async function searchCandidates(
  db: Db,
  setup: MatchingSetup,
  limit: number,
): Promise<{ ranking: Ranking; stats: PrefilterStats }> {
  const scored = new Map<string, ScoredCandidate>();
  const stats: PrefilterStats = { examined: 0, queries: 0 };
  const load = async (parts: repo.PoolPart[]) => {
    if (parts.length === 0) return [];
    stats.queries++;
    const rows = await repo.listPoolRows(db, setup.scope, parts);
    for (const row of rows) {
      if (scored.has(row.id)) continue;
      stats.examined++;
      scored.set(row.id, scoreRow(setup, row));
    }
    return rows;
  };
  const rank = () => rankScored([...scored.values()], limit);
  const lastOf = (r: Ranking) => (r.ranked.length >= limit ? r.ranked[limit - 1] : undefined);

  const { terms, bound } = setup;
  const { tierMax } = bound;
  const distance = terms.distance;
  const max = tierMax + (distance?.weight ?? 0);
  // People who helped the recipient before: their continuity term is not bounded by the query.
  const helpers: repo.PoolPart[] = setup.helpers.size > 0 ? [{ ids: [...setup.helpers.keys()] }] : [];

  let above = Number.POSITIVE_INFINITY;
  if (!distance) {
    await load(helpers);
    // The top tier, smallest ids first.
    let after: string | null = null;
    for (let pageSize = 4 * limit; ; pageSize *= 8) {
      const ids = (await load([{ bound, min: tierMax - SQL_MARGIN, byId: { after, limit: pageSize } }]))
        .map((r) => r.id)
        .sort();
      const exhausted = ids.length < pageSize;
      if (ids.length > 0) after = ids[ids.length - 1];
      const last = lastOf(rank());
      if (last && last.total >= tierMax - SAME_SCORE && (exhausted || (after !== null && last.volunteerId <= after))) {
        return { ranking: rank(), stats };
      }
      if (exhausted) break;
    }
    above = tierMax - SQL_MARGIN;
    // A first look below the top tier: some people a little, and some a lot less than perfect.
    await load(
      SAMPLE_DROPS.map((drop) => ({
        bound,
        min: tierMax - drop,
        below: above,
        eligibleOnly: true,
        byId: { after: null, limit: 2 * limit },
      })),
    );
  } else {
    // Around a located need, a first look at who the list will start with: the nearest people
    // (rankable ones, and anyone, for the excluded list), the nearest who are (nearly) perfect
    // in every other respect, and the perfect ones without an address.
    const { center } = distance;
    const sampleBox = repo.boundingBox(center, SAMPLE_RADIUS * distance.halfKm);
    await load([
      ...helpers,
      { nearest: bound, center, limit: NEAREST_SAMPLE, eligibleOnly: true },
      { nearest: bound, center, limit: NEAREST_SAMPLE, eligibleOnly: false },
      { nearest: bound, center, limit, eligibleOnly: true, atLeast: tierMax, within: sampleBox },
      { nearest: bound, center, limit, eligibleOnly: true, atLeast: tierMax, unlocated: true },
      { nearest: bound, center, limit, eligibleOnly: true, atLeast: tierMax - 1, within: sampleBox },
    ]);
  }

  // Bands of bound ≥ θ. Two searches: one among rows no hard rule the database can see excludes
  // (for the ranking; it knows status, skills and required cover, so excluded rows do not crowd
  // it), and one among the rows those rules exclude (for the excluded people who would have made
  // the list), which usually stops early. People excluded by rules only the scoring sees (contact
  // withdrawn, limits, proposals) are among the first. θ is the score reached so far (the band
  // down to it is then the last one); while fewer than `limit` are ranked it steps down: for a
  // located need, the bound of someone perfect in every other respect at growing distances;
  // then lower bounds anywhere.
  const top = above;
  const schedule = function* () {
    if (distance) {
      for (const half of [0.5, 1, 2, 4, 8])
        yield tierMax + distance.weight * distanceScore(half * distance.halfKm, distance.halfKm);
    }
    for (let drop = 0.25; drop < max; drop *= 2) yield Math.min(tierMax - drop, top);
    yield Number.NEGATIVE_INFINITY;
  };
  const floors = () => {
    const ranking = rank();
    const last = lastOf(ranking);
    const lastExcluded = ranking.excluded.length >= limit ? ranking.excluded[limit - 1] : undefined;
    // Unloaded rows bound below θ can pass neither the last ranked candidate (both searches)
    // nor the last of a full excluded list (the search among all rows).
    const ranked = last?.total ?? Number.NEGATIVE_INFINITY;
    return { ranking, ranked, any: Math.max(ranked, lastExcluded?.total ?? Number.NEGATIVE_INFINITY) };
  };
  const first = floors();
  const searches = [true, false].map((eligibleOnly) => {
    const steps = schedule();
    const floor = eligibleOnly ? first.ranked : first.any;
    return {
      eligibleOnly,
      steps,
      theta: Number.isFinite(floor) ? floor : (steps.next().value as number),
      above: top,
      done: false,
    };
  });
  for (;;) {
    // The ranking's band first: it raises the score the other search goes down to.
    for (const search of searches) {
      if (search.done) continue;
      const floor = search.eligibleOnly ? floors().ranked : floors().any;
      if (Number.isFinite(floor) && floor > search.theta) search.theta = floor;
      const min = search.theta === Number.NEGATIVE_INFINITY ? search.theta : search.theta - SQL_MARGIN;
      if (min < search.above) {
        const regions = regionsFor(terms, tierMax, min);
        await load([
          {
            bound,
            min,
            below: search.above,
            regions,
            eligibleOnly: search.eligibleOnly,
            excludedOnly: !search.eligibleOnly,
          },
        ]);
        search.above = min;
      }
    }
    const now = floors();
    for (const search of searches) {
      const floor = search.eligibleOnly ? now.ranked : now.any;
      if (search.theta === Number.NEGATIVE_INFINITY || floor >= search.theta) search.done = true;
      // Down to the score reached (that band is the last one), or else to the next step.
      if (!search.done) search.theta = Number.isFinite(floor) ? floor : (search.steps.next().value as number);
    }
    if (searches.every((s) => s.done)) return { ranking: now.ranking, stats };
  }
}

/**
 * Where rows with a bound of at least `min` can be, as up to three parts the
 * database searches differently: a small circle around the need (its box is
 * an index condition), a wider one where the distance term is smaller so rows
 * must be better in other respects, and — when someone farther away (or
 * without an address) could still reach `min` — everyone else, found through
 * the features they must have (indexes on skills, languages, interests,
 * availability) rather than a box too wide to narrow anything.
 */
function regionsFor(terms: BoundTerms, tierMax: number, min: number): repo.Region[] | undefined {
  const distance = terms.distance;
  if (!distance || !Number.isFinite(min)) return undefined;
  const { center, weight, halfKm } = distance;
  const share = (min - tierMax) / weight;
  if (share > 1) return [];
  // Beyond `reach` even a row perfect in every other respect stays below `min`:
  // distanceScore(km) = 1 / (1 + (km / half)²) ≥ share  ⇔  km ≤ half · √(1 / share − 1)
  const reach = share > 0 ? halfKm * Math.sqrt(1 / share - 1) : Number.POSITIVE_INFINITY;
  const box = (km: number) => repo.boundingBox(center, km * (1 + 1e-9) + 1e-6);
  // Circles inside out: rows in the ring between two circles have at most the distance term of the
  // inner one, so the farther out, the better they must be in other respects.
  const regions: repo.Region[] = [];
  let inner = 0;
  for (const radius of CIRCLES.map((c) => c * halfKm)) {
    regions.push({ box: box(Math.min(reach, radius)), distanceCap: weight * distanceScore(inner, halfKm) });
    if (reach <= radius) return regions;
    inner = radius;
  }
  regions.push({ distanceCap: weight * distanceScore(inner, halfKm) });
  return regions;
}

/** The circles of `regionsFor`, in half-score distances. */
const CIRCLES = [0.5, 1, 2];
/** How many of the nearest people are scored first, to learn how high the list starts. */
const NEAREST_SAMPLE = 50;
/** How far (in half-score distances) the first look for (nearly) perfect people goes. */
const SAMPLE_RADIUS = 2;
/** How far below perfect the first looks at a need without a distance term go. */
const SAMPLE_DROPS = [0.5, 1, 2];

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
  const { ranking } = await rankWithPrefilter(db, setup, query.limit);
  const ids = [...ranking.ranked, ...ranking.excluded].map((c) => c.volunteerId);
  const people = await repo.findCandidateIdentities(db, ids);
  const orgNames = await describeOrganizations(db, [...new Set([...people.values()].map((p) => p.orgId))]);
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
