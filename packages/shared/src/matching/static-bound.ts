import { MATCHING_FACTORS, type TMatchingFactor, type TMatchingWeights } from '../contracts/matching.contract';
import {
  cosLatitude,
  distanceScore,
  haversineKm,
  isoWeekday,
  type MatchContext,
  type MatchNeed,
  type MatchPoint,
} from './score';

/**
 * The tightest bound matching can compute without a volunteer's work of the
 * day: every factor exactly as `scoreCandidate` scores it — the same
 * formulas, summed in the same order — except recent workload, taken at its
 * best. Floating-point addition is monotone, so the bound is never below the
 * score, and equals it for someone without recent assignments (a property test
 * checks both). The server computes it in memory for every record of a
 * network, fetches records in descending bound order and stops when the next
 * bound cannot reach the list any more.
 */

/** What a volunteer record shows that neither the day nor the work done changes. */
export interface StaticRecord {
  volunteerId: string;
  /** A record of the need's organization (its skills are the need's ids; continuity and lines count). */
  own: boolean;
  status: string;
  /** The latest answer to "may we contact you" is no. */
  contactWithdrawn: boolean;
  location: MatchPoint | null;
  /** `cosLatitude` of the location's latitude (0 without a location). */
  cosLat: number;
  languages: readonly string[];
  interests: readonly string[];
  gender: string | null;
  /** Skills held, as ids of the record's own organization. */
  skillIds: readonly string[];
  /** Weekly slots as (ISO weekday, start minute, end minute) triples, sorted by weekday, then start. */
  slots: Int16Array;
  availabilityExceptions: readonly { from: string; to: string }[];
  /** Insurance cover periods as (first day, last day) pairs of `dayNumber`s. */
  covers: Int32Array;
}

/** What scoring a need's candidates statically needs, prepared once per ranking. */
export interface StaticBoundPlan {
  order: readonly TMatchingFactor[];
  weights: TMatchingWeights;
  /** Required skill → its index; for other organizations' skills, through the name mapping. */
  ownSkills: ReadonlyMap<string, number>;
  otherSkills: ReadonlyMap<string, number>;
  requiredSkills: number;
  languages: readonly string[];
  location: MatchPoint | null;
  halfKm: number;
  windows: readonly { date: string | null; weekday: number; start: number; end: number }[];
  askedMinutes: number;
  date: string;
  /** `dayNumber(date)`. */
  day: number;
  insuranceCheck: MatchContext['insuranceCheck'];
  continuity: boolean;
  helpers: ReadonlyMap<string, { helped: number; welcomed: number }>;
  gender: MatchNeed['helperGender'];
  interests: readonly string[];
  /** Records this need already declined, proposed to (any organization) or assigned (own records). */
  proposals: ReadonlyMap<string, 'declined' | 'open'>;
  assigned: ReadonlySet<string>;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function prepareStaticBound(input: {
  need: MatchNeed;
  ctx: MatchContext;
  weights: TMatchingWeights;
  /** Another organization's skill id → the need organization's skill it stands for. */
  skillMap: ReadonlyMap<string, string>;
  helpers: ReadonlyMap<string, { helped: number; welcomed: number }>;
  proposals: ReadonlyMap<string, 'declined' | 'open'>;
  assigned: ReadonlySet<string>;
}): StaticBoundPlan {
  if (MATCHING_FACTORS.some((f, i) => f !== SUM_ORDER[i]) || MATCHING_FACTORS.length !== SUM_ORDER.length) {
    throw new Error('boundRecords adds the factors in another order than scoreCandidate');
  }
  const { need, ctx } = input;
  const required = [...new Set(need.skillIds)];
  const ownSkills = new Map(required.map((id, i) => [id, i]));
  const otherSkills = new Map<string, number>();
  for (const [other, own] of input.skillMap) {
    const i = ownSkills.get(own);
    if (i !== undefined) otherSkills.set(other, i);
  }
  const windows = need.windows.map((w) => ({
    date: w.date,
    weekday: w.date ? isoWeekday(w.date) : (w.weekday ?? 0),
    start: minutesOf(w.start),
    end: minutesOf(w.end),
  }));
  return {
    order: MATCHING_FACTORS,
    weights: input.weights,
    ownSkills,
    otherSkills,
    requiredSkills: required.length,
    languages: [...new Set(need.languages)].sort(),
    location: need.location,
    halfKm: ctx.halfScoreDistanceKm,
    windows,
    askedMinutes: windows.reduce((sum, w) => sum + Math.max(0, w.end - w.start), 0),
    date: ctx.date,
    day: dayNumber(ctx.date),
    insuranceCheck: ctx.insuranceCheck,
    continuity: need.recipientId !== null,
    helpers: input.helpers,
    gender: need.helperGender,
    interests: need.interestCategories,
    proposals: input.proposals,
    assigned: input.assigned,
  };
}

/**
 * Minutes of [start, end) the slots of one weekday cover (the union's length), of the slot
 * triples from `from` to `to` (sorted by weekday, then start).
 */
export function coveredMinutes(
  slots: Int16Array,
  weekday: number,
  start: number,
  end: number,
  from = 0,
  to = slots.length,
): number {
  let covered = 0;
  let reached = start;
  for (let k = from; k < to; k += 3) {
    if (slots[k] !== weekday) continue;
    const a = Math.max(start, slots[k + 1]);
    const b = Math.min(end, slots[k + 2]);
    if (a >= b) continue;
    const from = Math.max(a, reached);
    if (b > from) {
      covered += b - from;
      reached = b;
    }
  }
  return covered;
}

/** The order `scoreCandidate` adds the factors in; `boundRecords` adds them in the same order. */
const SUM_ORDER = [
  'skills',
  'languages',
  'distance',
  'availability',
  'insurance',
  'workload',
  'continuity',
  'preferences',
  'interests',
] as const;

/**
 * Bounds every record: `bounds[i]` is at least the score `scoreCandidate`
 * gives record i whatever its work of the day, and `excluded[i]` is 1 when a
 * hard rule the record itself shows keeps it out (not active, contact
 * withdrawn, a required skill missing, no cover where it is required, already
 * declined, proposed or assigned) — such a record can only be on the excluded
 * list. Only the weekly and daily limits are left to the full record.
 *
 * Written for speed (tens of thousands of records per ranking): one pass, no
 * allocation, the factors in local variables, added in `scoreCandidate`'s order.
 */
export function boundRecords(
  plan: StaticBoundPlan,
  records: readonly StaticRecord[],
  bounds: Float64Array,
  excluded: Uint8Array,
): void {
  for (let i = 0; i < records.length; i++) boundRecordInto(plan, records[i], i, bounds, excluded);
}

/** `boundRecords` for one record, written at position `i`. */
export function boundRecordInto(
  plan: StaticBoundPlan,
  r: StaticRecord,
  i: number,
  bounds: Float64Array,
  excluded: Uint8Array,
): void {
  const { weights, windows, askedMinutes, languages: asked, interests: wanted, location, halfKm, day } = plan;
  const locationCos = location ? cosLatitude(location.lat) : 0;
  const requiredSkills = plan.requiredSkills;
  const skillsApply = requiredSkills > 0;
  const languagesApply = asked.length > 0;
  const availabilityApplies = windows.length > 0;
  const insuranceApplies = plan.insuranceCheck !== 'off';
  const insuranceRequired = plan.insuranceCheck === 'block';
  const continuityApplies = plan.continuity;
  const helpers = plan.helpers;
  const gender = plan.gender;
  const genderApplies = gender !== 'any';
  const interestsApply = wanted.length > 0;
  const checkProposals = plan.proposals.size > 0;
  const checkAssigned = plan.assigned.size > 0;
  const wSkills = weights.skills;
  const wLanguages = weights.languages;
  const wDistance = weights.distance;
  const wAvailability = weights.availability;
  const wInsurance = weights.insurance;
  const wWorkload = weights.workload;
  const wContinuity = weights.continuity;
  const wPreferences = weights.preferences;
  const wInterests = weights.interests;
  let out = r.status !== 'active' || r.contactWithdrawn;
  let total = 0;

  if (skillsApply) {
    const index = r.own ? plan.ownSkills : plan.otherSkills;
    let held = 0;
    if (r.skillIds.length > 0) {
      if (requiredSkills <= 30) {
        let mask = 0;
        for (const id of r.skillIds) {
          const k = index.get(id);
          if (k !== undefined && (mask & (1 << k)) === 0) {
            mask |= 1 << k;
            held++;
          }
        }
      } else {
        held = new Set(r.skillIds.map((id) => index.get(id)).filter((k) => k !== undefined)).size;
      }
    }
    total += wSkills * (held / requiredSkills);
    if (held < requiredSkills) out = true;
  }

  if (languagesApply) {
    let hits = 0;
    for (let k = 0; k < asked.length; k++) if (r.languages.includes(asked[k])) hits++;
    total += wLanguages * (hits / asked.length);
  }

  if (location) {
    const at = r.location;
    total +=
      wDistance *
      (at ? distanceScore(haversineKm(location.lat, location.lng, locationCos, at.lat, at.lng, r.cosLat), halfKm) : 0);
  }

  if (availabilityApplies) {
    let covered = 0;
    const slots = r.slots;
    if (slots.length > 0) {
      const away = r.availabilityExceptions;
      for (let k = 0; k < windows.length; k++) {
        const w = windows[k];
        if (w.date !== null && away.length > 0 && isAway(away, w.date)) continue;
        covered += coveredMinutes(slots, w.weekday, w.start, w.end);
      }
    }
    total += wAvailability * (askedMinutes === 0 ? 0 : covered / askedMinutes);
  }

  let insured = false;
  const covers = r.covers;
  for (let k = 0; k < covers.length; k += 2) if (covers[k] <= day && day <= covers[k + 1]) insured = true;
  if (insuranceApplies) total += wInsurance * (insured ? 1 : 0);
  if (insuranceRequired && !insured) out = true;

  // Recent workload at its best: 1 / (1 + 0).
  total += wWorkload * 1;

  if (continuityApplies) {
    const h = r.own && helpers.size > 0 ? helpers.get(r.volunteerId) : undefined;
    const helped = h?.helped ?? 0;
    total += wContinuity * (helped === 0 ? 0 : 0.5 + (0.5 * Math.min(h?.welcomed ?? 0, helped)) / helped);
  }

  if (genderApplies) total += wPreferences * (r.gender === gender ? 1 : 0);

  if (interestsApply) {
    let liked = 0;
    for (let k = 0; k < wanted.length; k++) if (r.interests.includes(wanted[k])) liked = 1;
    total += wInterests * liked;
  }

  bounds[i] = total;
  if (
    (checkProposals && plan.proposals.has(r.volunteerId)) ||
    (checkAssigned && r.own && plan.assigned.has(r.volunteerId))
  ) {
    out = true;
  }
  excluded[i] = out ? 1 : 0;
}

function isAway(away: readonly { from: string; to: string }[], date: string): boolean {
  for (const e of away) if (e.from <= date && date <= e.to) return true;
  return false;
}

/** Days since 1970-01-01 of a calendar date (YYYY-MM-DD): their order is the dates' order. */
export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** Cover periods as the pairs of `StaticRecord.covers`. */
export function coverDays(periods: readonly { from: string; to: string }[]): Int32Array {
  return Int32Array.from(periods.flatMap((p) => [dayNumber(p.from), dayNumber(p.to)]));
}

/** Weekly slots as the sorted triples of `StaticRecord.slots`. */
export function slotTriples(slots: readonly { weekday: number; start: string; end: string }[]): Int16Array {
  const triples = slots
    .map((s) => [s.weekday, minutesOf(s.start), minutesOf(s.end)] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return Int16Array.from(triples.flat());
}
