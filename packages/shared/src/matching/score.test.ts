import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_WEIGHTS, MATCHING_FACTORS, type TMatchingWeights } from '../contracts/matching.contract';
import { explainCandidate, explainExclusions } from './explain';
import {
  cosLatitude,
  distanceKm,
  type MatchCandidate,
  type MatchContext,
  type MatchNeed,
  rankCandidates,
  scoreCandidate,
} from './score';
import { boundRecords, coverDays, prepareStaticBound, type StaticRecord, slotTriples } from './static-bound';
import { boundColumns, StaticColumns } from './static-columns';

const W = DEFAULT_MATCHING_WEIGHTS;
const TOKYO = { lat: 35.6812, lng: 139.7671 };
/** About `km` north of Tokyo Station. */
const north = (km: number) => ({ lat: TOKYO.lat + km / 111.195, lng: TOKYO.lng });

const baseNeed: MatchNeed = {
  id: 'need-1',
  skillIds: [],
  languages: [],
  location: null,
  windows: [],
  helperGender: 'any',
  interestCategories: [],
  recipientId: null,
  minutesOnDate: 0,
};
const ctx: MatchContext = {
  date: '2026-12-01', // a Tuesday
  insuranceCheck: 'warn',
  maxHoursPerDay: null,
  maxShiftsPerWeek: null,
  halfScoreDistanceKm: 3,
};

let serial = 0;
function candidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  serial++;
  return {
    volunteerId: `00000000-0000-7000-8000-${String(serial).padStart(12, '0')}`,
    orgId: 'org-1',
    status: 'active',
    contactWithdrawn: false,
    location: null,
    languages: ['ja'],
    interests: [],
    gender: null,
    skillIds: [],
    availability: [],
    availabilityExceptions: [],
    insured: true,
    recentAssignments: 0,
    weekAssignments: 0,
    dayMinutes: 0,
    helpedRecipient: 0,
    welcomedByRecipient: 0,
    declined: false,
    proposed: false,
    assigned: false,
    ...overrides,
  };
}

const score = (need: Partial<MatchNeed>, c: MatchCandidate, context: Partial<MatchContext> = {}) =>
  scoreCandidate({ ...baseNeed, ...need }, c, { ...ctx, ...context }, W);
const codes = (s: ReturnType<typeof score>) => s.exclusions.map((e) => e.code);

describe('matching factors', () => {
  it('skills: the share of required skills held; missing one excludes as NOT_QUALIFIED', () => {
    const need = { skillIds: ['care', 'driving'] };
    const both = score(need, candidate({ skillIds: ['driving', 'care', 'cooking'] }));
    expect(both.factors.skills).toBe(1);
    expect(both.exclusions).toEqual([]);
    expect(both.reasons).toContainEqual(
      expect.objectContaining({ code: 'has_skills', params: { skillIds: ['care', 'driving'] } }),
    );
    const one = score(need, candidate({ skillIds: ['care'] }));
    expect(one.factors.skills).toBe(0.5);
    expect(one.exclusions).toEqual([{ code: 'NOT_QUALIFIED', params: { skillIds: ['driving'] } }]);
    expect(score({}, candidate()).factors.skills).toBeNull();
  });

  it('languages: the share of the languages asked for that the person speaks', () => {
    const need = { languages: ['zh', 'ja'] };
    expect(score(need, candidate({ languages: ['ja', 'zh'] })).factors.languages).toBe(1);
    expect(score(need, candidate({ languages: ['ja'] })).factors.languages).toBe(0.5);
    const none = score(need, candidate({ languages: ['en'] }));
    expect(none.factors.languages).toBe(0);
    expect(none.hasWarnings).toBe(true);
    expect(score({}, candidate()).factors.languages).toBeNull();
  });

  it('distance: 1 at the door, ½ at the half-score distance, 0 without an address; ignored for online help', () => {
    const need = { location: TOKYO };
    const door = score(need, candidate({ location: TOKYO }));
    expect(door.factors.distance).toBe(1);
    const half = score(need, candidate({ location: north(3) }));
    expect(half.factors.distance).toBeCloseTo(0.5, 3);
    expect(score(need, candidate({ location: north(6) })).factors.distance).toBeCloseTo(0.2, 3);
    expect(half.reasons).toContainEqual(expect.objectContaining({ code: 'distance', params: { km: 3 } }));
    expect(score(need, candidate({ location: north(1.2) })).total).toBeGreaterThan(
      score(need, candidate({ location: north(5) })).total,
    );
    expect(score(need, candidate()).factors.distance).toBe(0);
    expect(score({ location: null }, candidate({ location: TOKYO })).factors.distance).toBeNull();
    expect(distanceKm(TOKYO, north(10))).toBeCloseTo(10, 4);
  });

  it("availability: the share of the need's minutes the weekly slots cover; time away on a date counts as none", () => {
    const need = {
      windows: [
        { date: null, weekday: 2, start: '10:00', end: '12:00' },
        { date: '2026-12-04', weekday: null, start: '14:00', end: '16:00' }, // a Friday
      ],
    };
    const tuesdays = [
      { weekday: 2, start: '09:00', end: '11:00' },
      { weekday: 2, start: '10:30', end: '13:00' },
    ];
    const tuesday = score(need, candidate({ availability: tuesdays }));
    expect(tuesday.factors.availability).toBe(0.5);
    expect(tuesday.reasons).toContainEqual(
      expect.objectContaining({ code: 'free_on', params: { weekdays: [2], dates: [] } }),
    );
    const always = [...tuesdays, { weekday: 5, start: '13:00', end: '17:00' }];
    expect(score(need, candidate({ availability: always })).factors.availability).toBe(1);
    const away = score(
      need,
      candidate({ availability: always, availabilityExceptions: [{ from: '2026-12-03', to: '2026-12-05' }] }),
    );
    expect(away.factors.availability).toBe(0.5);
    expect(away.reasons).toContainEqual(expect.objectContaining({ code: 'away', warning: true }));
    const never = score(need, candidate());
    expect(never.factors.availability).toBe(0);
    expect(never.reasons).toContainEqual(expect.objectContaining({ code: 'not_free', warning: true }));
    expect(score({}, candidate()).factors.availability).toBeNull();
  });

  it('insurance: a factor (with a warning) when the check warns, a hard rule when it blocks, nothing when off', () => {
    const uninsured = candidate({ insured: false });
    const warn = score({}, uninsured);
    expect(warn.factors.insurance).toBe(0);
    expect(warn.hasWarnings).toBe(true);
    expect(warn.exclusions).toEqual([]);
    expect(codes(score({}, uninsured, { insuranceCheck: 'block' }))).toEqual(['NOT_INSURED']);
    expect(score({}, candidate({ insured: true }), { insuranceCheck: 'block' }).factors.insurance).toBe(1);
    expect(score({}, uninsured, { insuranceCheck: 'off' }).factors.insurance).toBeNull();
  });

  it('workload: fewer recent assignments score higher; the weekly and daily limits exclude as LIMIT_REACHED', () => {
    expect(score({}, candidate()).factors.workload).toBe(1);
    expect(score({}, candidate({ recentAssignments: 3 })).factors.workload).toBe(0.25);
    const busy = candidate({ weekAssignments: 2, dayMinutes: 300 });
    expect(codes(score({}, busy, { maxShiftsPerWeek: 3 }))).toEqual([]);
    expect(score({}, busy, { maxShiftsPerWeek: 2 }).exclusions).toEqual([
      { code: 'LIMIT_REACHED', params: { period: 'week', max: 2 } },
    ]);
    expect(codes(score({ minutesOnDate: 120 }, busy, { maxHoursPerDay: 7 }))).toEqual([]);
    expect(score({ minutesOnDate: 121 }, busy, { maxHoursPerDay: 7 }).exclusions).toEqual([
      { code: 'LIMIT_REACHED', params: { period: 'day', max: 7 } },
    ]);
  });

  it('continuity: helped this recipient before scores ½, welcomed every time scores 1', () => {
    const need = { recipientId: 'recipient-1' };
    expect(score(need, candidate()).factors.continuity).toBe(0);
    expect(score(need, candidate({ helpedRecipient: 2 })).factors.continuity).toBe(0.5);
    expect(score(need, candidate({ helpedRecipient: 2, welcomedByRecipient: 1 })).factors.continuity).toBe(0.75);
    const welcomed = score(need, candidate({ helpedRecipient: 2, welcomedByRecipient: 2 }));
    expect(welcomed.factors.continuity).toBe(1);
    expect(welcomed.reasons).toContainEqual(
      expect.objectContaining({ code: 'helped_before', params: { count: 2, welcomed: 2 } }),
    );
    expect(score({}, candidate({ helpedRecipient: 2 })).factors.continuity).toBeNull();
  });

  it("preferences: the recipient's wish for a helper's gender; not stated or other is a warning", () => {
    const need = { helperGender: 'female' as const };
    expect(score(need, candidate({ gender: 'female' })).factors.preferences).toBe(1);
    const male = score(need, candidate({ gender: 'male' }));
    expect(male.factors.preferences).toBe(0);
    expect(male.reasons).toContainEqual(expect.objectContaining({ code: 'gender_other', warning: true }));
    expect(score(need, candidate()).reasons).toContainEqual(expect.objectContaining({ code: 'gender_unknown' }));
    expect(score({}, candidate({ gender: 'male' })).factors.preferences).toBeNull();
  });

  it("interests: the person's interests meet the categories of the need's kind", () => {
    const need = { interestCategories: ['elderly', 'community'] };
    const keen = score(need, candidate({ interests: ['children', 'elderly'] }));
    expect(keen.factors.interests).toBe(1);
    expect(keen.reasons).toContainEqual(
      expect.objectContaining({ code: 'interested', params: { categories: ['elderly'] } }),
    );
    expect(score(need, candidate({ interests: ['environment'] })).factors.interests).toBe(0);
    expect(score({}, candidate({ interests: ['elderly'] })).factors.interests).toBeNull();
  });

  it('totals weigh each factor; maxTotal counts only the factors that apply', () => {
    const s = score({ languages: ['ja'] }, candidate({ recentAssignments: 1 }));
    expect(s.total).toBeCloseTo(W.languages * 1 + W.insurance * 1 + W.workload * 0.5, 12);
    expect(s.maxTotal).toBe(W.languages + W.insurance + W.workload);
  });
});

describe('hard rules', () => {
  it.each([
    ['NOT_ACTIVE', { status: 'lapsed' }, { status: 'lapsed' }],
    ['CONTACT_WITHDRAWN', { contactWithdrawn: true }, {}],
    ['DECLINED', { declined: true }, {}],
    ['ALREADY_PROPOSED', { proposed: true }, {}],
    ['ALREADY_ASSIGNED', { assigned: true }, {}],
  ] as const)('%s excludes the candidate, who never ranks', (code, overrides, params) => {
    const out = candidate(overrides as Partial<MatchCandidate>);
    const fine = candidate();
    const s = score({}, out);
    expect(s.exclusions).toEqual([{ code, params }]);
    const ranking = rankCandidates(baseNeed, [out, fine], ctx, W, 5);
    expect(ranking.ranked.map((c) => c.volunteerId)).toEqual([fine.volunteerId]);
    expect(ranking.excluded.map((c) => c.volunteerId)).toEqual([out.volunteerId]);
  });

  it('lists only excluded people who would otherwise have made the list, best first', () => {
    const need = { languages: ['zh'] };
    const ranked = [
      candidate({ languages: ['zh'], recentAssignments: 1 }),
      candidate({ languages: ['zh'], recentAssignments: 1 }),
    ];
    const better = candidate({ languages: ['zh'], contactWithdrawn: true });
    const worse = candidate({ languages: ['en'], status: 'inactive' });
    const ranking = rankCandidates({ ...baseNeed, ...need }, [worse, ...ranked, better], ctx, W, 2);
    expect(ranking.ranked.map((c) => c.rank)).toEqual([1, 2]);
    expect(ranking.excluded.map((c) => c.volunteerId)).toEqual([better.volunteerId]);
    // With room for more, the worse one is listed too (it would have ranked third).
    expect(rankCandidates({ ...baseNeed, ...need }, [worse, ...ranked, better], ctx, W, 3).excluded).toHaveLength(2);
  });

  it('breaks equal totals by volunteer id', () => {
    const a = candidate();
    const b = candidate();
    const ranking = rankCandidates(baseNeed, [b, a], ctx, W);
    expect(ranking.ranked.map((c) => c.volunteerId)).toEqual([a.volunteerId, b.volunteerId].sort());
  });
});

describe('explanations', () => {
  const need: MatchNeed = {
    ...baseNeed,
    languages: ['zh'],
    location: TOKYO,
    windows: [{ date: null, weekday: 2, start: '10:00', end: '11:00' }],
    recipientId: 'r-1',
  };
  const sato = candidate({
    languages: ['ja', 'zh'],
    location: north(1.2),
    availability: [{ weekday: 2, start: '09:00', end: '12:00' }],
    helpedRecipient: 2,
  });
  const reasons = scoreCandidate(need, sato, { ...ctx, insuranceCheck: 'off' }, W).reasons;

  it('reads as one sentence in each language', () => {
    const names = { recipientName: '佐藤' };
    expect(explainCandidate('en', reasons, { recipientName: 'Mrs. Sato' })).toBe(
      'speaks Chinese, 1.2 km away, free on Tuesdays, no assignments in the last 4 weeks, helped Mrs. Sato twice',
    );
    expect(explainCandidate('ja', reasons, names)).toBe(
      '中国語が話せる、1.2 km先、火曜日に活動可、直近4週間の活動なし、佐藤さんを2回支援',
    );
    expect(explainCandidate('zh-CN', reasons, names)).toContain('会说中文');
    expect(explainCandidate('ko', reasons, names)).toContain('화요일 활동 가능');
  });

  it('says why someone is left out, naming the missing skills', () => {
    const out = scoreCandidate({ ...need, skillIds: ['care'] }, candidate({ contactWithdrawn: true }), ctx, W);
    expect(explainExclusions('en', out.exclusions, { skillNames: new Map([['care', 'Home-care certificate']]) })).toBe(
      'withdrew consent to be contacted, lacks Home-care certificate',
    );
  });
});

// ---------------------------------------------------------------- properties

const LANGS = ['ja', 'en', 'zh', 'ko', 'vi'];
const CATS = ['elderly', 'community', 'children', 'disaster'];
const SKILLS = ['s1', 's2', 's3'];
const time = fc
  .integer({ min: 6 * 4, max: 21 * 4 })
  .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
const span = fc
  .tuple(time, time)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? { start: a, end: b } : { start: b, end: a }));
const point = fc.record({
  lat: fc.double({ min: 35.5, max: 35.9, noNaN: true }),
  lng: fc.double({ min: 139.5, max: 139.9, noNaN: true }),
});
const date = fc.integer({ min: 0, max: 20 }).map((d) => new Date(Date.UTC(2026, 11, 1 + d)).toISOString().slice(0, 10));

const needArb: fc.Arbitrary<MatchNeed> = fc.record({
  id: fc.constant('need'),
  skillIds: fc.subarray(SKILLS),
  languages: fc.subarray(LANGS),
  location: fc.option(point, { nil: null }),
  windows: fc.array(
    fc.oneof(
      fc.tuple(date, span).map(([d, s]) => ({ date: d, weekday: null, ...s })),
      fc.tuple(fc.integer({ min: 1, max: 7 }), span).map(([w, s]) => ({ date: null, weekday: w, ...s })),
    ),
    { maxLength: 3 },
  ),
  helperGender: fc.constantFrom('any', 'female', 'male'),
  interestCategories: fc.subarray(CATS),
  recipientId: fc.option(fc.constant('recipient'), { nil: null }),
  minutesOnDate: fc.integer({ min: 0, max: 600 }),
});

const ctxArb: fc.Arbitrary<MatchContext> = fc.record({
  date: date,
  insuranceCheck: fc.constantFrom('off', 'warn', 'block'),
  maxHoursPerDay: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  maxShiftsPerWeek: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  halfScoreDistanceKm: fc.constantFrom(1, 3, 10),
});

const weightsArb: fc.Arbitrary<TMatchingWeights> = fc.record(
  Object.fromEntries(MATCHING_FACTORS.map((f) => [f, fc.integer({ min: 0, max: 10 })])) as Record<
    keyof TMatchingWeights,
    fc.Arbitrary<number>
  >,
);

const candidateFields = fc.record({
  orgId: fc.constantFrom('org-1', 'org-2'),
  status: fc.constantFrom('active', 'active', 'active', 'applicant', 'inactive'),
  contactWithdrawn: fc.constantFrom(false, false, false, false, true),
  location: fc.option(point, { nil: null }),
  languages: fc.subarray(LANGS),
  interests: fc.subarray(CATS),
  gender: fc.constantFrom('female', 'male', 'other', null),
  skillIds: fc.subarray(SKILLS),
  availability: fc.array(
    fc.tuple(fc.integer({ min: 1, max: 7 }), span).map(([weekday, s]) => ({ weekday, ...s })),
    { maxLength: 4 },
  ),
  availabilityExceptions: fc.array(
    fc.tuple(date, date).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    { maxLength: 1 },
  ),
  insured: fc.boolean(),
  recentAssignments: fc.nat(4),
  weekAssignments: fc.nat(4),
  dayMinutes: fc.constantFrom(0, 0, 60, 240),
  helpedRecipient: fc.nat(3),
  welcomedByRecipient: fc.nat(3),
  declined: fc.constantFrom(false, false, false, true),
  proposed: fc.constantFrom(false, false, false, true),
  assigned: fc.constantFrom(false, false, false, true),
});

const candidatesArb = fc
  .uniqueArray(fc.uuid(), { maxLength: 40 })
  .chain((ids) =>
    fc.tuple(...ids.map((id) => candidateFields.map((f): MatchCandidate => ({ volunteerId: id, ...f })))),
  );

describe('ranking properties', () => {
  it('is a pure function of its inputs: the same inputs, in any order, give the same ranking', () => {
    const withPermutation = candidatesArb.chain((candidates) =>
      fc.tuple(
        fc.constant(candidates),
        fc.shuffledSubarray(candidates, { minLength: candidates.length, maxLength: candidates.length }),
      ),
    );
    fc.assert(
      fc.property(
        needArb,
        withPermutation,
        ctxArb,
        weightsArb,
        fc.integer({ min: 1, max: 25 }),
        (need, [candidates, permuted], context, weights, limit) => {
          const first = rankCandidates(need, candidates, context, weights, limit);
          expect(rankCandidates(need, candidates, context, weights, limit)).toEqual(first);
          expect(rankCandidates(need, permuted, context, weights, limit)).toEqual(first);
          expect(rankCandidates(need, [...candidates].reverse(), context, weights, limit)).toEqual(first);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never ranks an excluded candidate, and lists excluded ones only if they would have ranked', () => {
    fc.assert(
      fc.property(
        needArb,
        candidatesArb,
        ctxArb,
        weightsArb,
        fc.integer({ min: 1, max: 25 }),
        (need, candidates, context, weights, limit) => {
          const { ranked, excluded } = rankCandidates(need, candidates, context, weights, limit);
          const excludedIds = new Set(
            candidates
              .filter((c) => scoreCandidate(need, c, context, weights).exclusions.length > 0)
              .map((c) => c.volunteerId),
          );
          for (const c of ranked) {
            expect(c.exclusions).toEqual([]);
            expect(excludedIds.has(c.volunteerId)).toBe(false);
          }
          expect(ranked.length).toBe(Math.min(limit, candidates.length - excludedIds.size));
          for (const c of excluded) expect(excludedIds.has(c.volunteerId)).toBe(true);
          const last = ranked.length === limit ? ranked[limit - 1] : undefined;
          if (last) for (const c of excluded) expect(c.total).toBeGreaterThanOrEqual(last.total);
          for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].total).toBeGreaterThanOrEqual(ranked[i].total);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps the first `limit` of the whole ranking (a shorter list is the longer one's beginning)", () => {
    fc.assert(
      fc.property(
        needArb,
        candidatesArb,
        ctxArb,
        weightsArb,
        fc.integer({ min: 1, max: 10 }),
        (need, candidates, context, weights, limit) => {
          const all = rankCandidates(need, candidates, context, weights);
          const some = rankCandidates(need, candidates, context, weights, limit);
          expect(some.ranked.map((c) => c.volunteerId)).toEqual(all.ranked.slice(0, limit).map((c) => c.volunteerId));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('bounds every candidate in memory at or above its score, exactly at it without recent work', () => {
    fc.assert(
      fc.property(needArb, candidatesArb, ctxArb, weightsArb, (need, candidates, context, weights) => {
        const plan = prepareStaticBound({
          need,
          ctx: context,
          weights,
          skillMap: new Map(),
          helpers: new Map(
            candidates.map((c) => [c.volunteerId, { helped: c.helpedRecipient, welcomed: c.welcomedByRecipient }]),
          ),
          proposals: new Map(
            candidates.flatMap((c): [string, 'declined' | 'open'][] =>
              c.proposed ? [[c.volunteerId, 'open']] : c.declined ? [[c.volunteerId, 'declined']] : [],
            ),
          ),
          assigned: new Set(candidates.filter((c) => c.assigned).map((c) => c.volunteerId)),
        });
        const records: StaticRecord[] = candidates.map((c) => ({
          volunteerId: c.volunteerId,
          own: true,
          status: c.status,
          contactWithdrawn: c.contactWithdrawn,
          location: c.location,
          languages: c.languages,
          interests: c.interests,
          gender: c.gender,
          skillIds: c.skillIds,
          slots: slotTriples(c.availability),
          availabilityExceptions: c.availabilityExceptions,
          cosLat: c.location ? cosLatitude(c.location.lat) : 0,
          covers: coverDays(
            c.insured ? [{ from: context.date, to: context.date }] : [{ from: '2020-04-01', to: '2021-03-31' }],
          ),
        }));
        const bounds = new Float64Array(records.length);
        const excluded = new Uint8Array(records.length);
        boundRecords(plan, records, bounds, excluded);
        // The same records column by column (put, some removed and put again): the same bounds.
        const columns = new StaticColumns();
        for (const r of records) columns.put(r);
        for (const r of records.filter((_, i) => i % 3 === 1)) columns.remove(r.volunteerId);
        for (const r of records.filter((_, i) => i % 3 === 1)) columns.put(r);
        for (const r of records.filter((_, i) => i % 4 === 0)) columns.put({ ...r });
        const columnBounds = new Float64Array(columns.size);
        const columnExcluded = new Uint8Array(columns.size);
        boundColumns(plan, columns, columnBounds, columnExcluded);
        expect(columns.size).toBe(records.length);
        records.forEach((r, i) => {
          const at = columns.positionOf(r.volunteerId)!;
          expect(columnBounds[at]).toBe(bounds[i]);
          expect(columnExcluded[at]).toBe(excluded[i]);
        });
        candidates.forEach((c, i) => {
          // A proposal that is open counts as proposed only (as the server reads them).
          const scored = scoreCandidate(need, c.proposed ? { ...c, declined: false } : c, context, weights);
          expect(scored.total).toBeLessThanOrEqual(bounds[i]);
          if (c.recentAssignments === 0) expect(bounds[i]).toBe(scored.total);
          const byRecord = scored.exclusions.filter((e) => e.code !== 'LIMIT_REACHED');
          expect(excluded[i]).toBe(byRecord.length > 0 ? 1 : 0);
        });
      }),
      { numRuns: 300 },
    );
  });
});
