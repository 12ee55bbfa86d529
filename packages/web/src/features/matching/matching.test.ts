import { DEFAULT_MATCHING_WEIGHTS, type TMatchingReason, ZProposeRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { candidateSentence, exclusionSentence, explainContext, warningPhrases } from './explain';
import { offerOutcome, splitOffers } from './offer';
import { buildProposeRequest, missingReasons, overrideKind, type ProposeDraft, skippedAbove } from './propose';
import { factorPoints, weightOverrides, weightsQuery, withWeight } from './weights';

const SKILL = '0190a1b2-0000-7000-8000-0000000000aa';
const skills = [{ id: SKILL, names: { ja: '介護職員初任者研修', en: 'Care worker training', ko: '' } }];
const id = (n: number) => `0190a1b2-0000-7000-8000-${String(n).padStart(12, '0')}`;

const reasons: TMatchingReason[] = [
  { factor: 'skills', code: 'has_skills', params: { skillIds: [SKILL] }, warning: false },
  { factor: 'languages', code: 'speaks', params: { languages: ['zh'] }, warning: false },
  { factor: 'distance', code: 'distance', params: { km: 1.2 }, warning: false },
  { factor: 'availability', code: 'free_on', params: { weekdays: [2] }, warning: false },
  { factor: 'insurance', code: 'not_insured', params: {}, warning: true },
  { factor: 'continuity', code: 'helped_before', params: { count: 2, welcomed: 1 }, warning: false },
  { factor: 'interests', code: 'interested', params: { categories: ['elderly'] }, warning: false },
];

const KOREAN =
  '介護職員初任者研修 보유, 중국어 가능, 1.2km 거리, 화요일 활동 가능, 해당일 보험 미가입, 佐藤 ハル 님을 2회 지원(좋은 평가), 어르신에 관심';

describe('the why, rendered from the structured reasons in the interface language', () => {
  it('reads as one Japanese sentence with the skill and the recipient named', () => {
    const ctx = explainContext(skills, 'ja', '佐藤 ハル');
    expect(candidateSentence('ja', reasons, ctx)).toBe(
      '介護職員初任者研修あり、中国語が話せる、1.2 km先、火曜日に活動可、当日の保険が未加入、佐藤 ハルさんを2回支援（好評）、高齢者に関心',
    );
  });

  it('reads as one Korean sentence, a skill named only in Japanese falling back to its Japanese name', () => {
    const ctx = explainContext(skills, 'ko', '佐藤 ハル');
    expect(candidateSentence('ko', reasons, ctx)).toBe(KOREAN);
  });

  it('names the warnings apart, and says why someone is excluded', () => {
    const ctx = explainContext(skills, 'ja', null);
    expect(warningPhrases('ja', reasons, ctx)).toEqual(['当日の保険が未加入']);
    expect(
      exclusionSentence(
        'ja',
        [
          { code: 'NOT_QUALIFIED', params: { skillIds: [SKILL] } },
          { code: 'LIMIT_REACHED', params: { period: 'week', max: 2 } },
        ],
        ctx,
      ),
    ).toBe('介護職員初任者研修がない、週2件の上限を超える');
    expect(exclusionSentence('ko', [{ code: 'DECLINED', params: {} }], ctx)).not.toBe('');
  });

  it('falls back to Japanese for a language the catalogs do not have', () => {
    const ctx = explainContext(skills, 'fr', null);
    expect(candidateSentence('fr', reasons.slice(3, 4), ctx)).toBe('火曜日に活動可');
  });
});

describe('weights for one ranking', () => {
  it('sends only the factors changed from the organization, in factor order', () => {
    const changed = withWeight(withWeight(DEFAULT_MATCHING_WEIGHTS, 'distance', 9), 'languages', 0);
    expect(weightOverrides(changed, DEFAULT_MATCHING_WEIGHTS)).toEqual({ languages: 0, distance: 9 });
    expect(weightsQuery(weightOverrides(changed, DEFAULT_MATCHING_WEIGHTS))).toBe('languages:0,distance:9');
    expect(weightsQuery(weightOverrides(DEFAULT_MATCHING_WEIGHTS, DEFAULT_MATCHING_WEIGHTS))).toBe('');
  });

  it('keeps a weight a whole number from 0 to 10', () => {
    expect(withWeight(DEFAULT_MATCHING_WEIGHTS, 'skills', 14).skills).toBe(10);
    expect(withWeight(DEFAULT_MATCHING_WEIGHTS, 'skills', -1).skills).toBe(0);
    expect(withWeight(DEFAULT_MATCHING_WEIGHTS, 'skills', 2.6).skills).toBe(3);
  });

  it("gives each factor's points as weight × score, none when it does not apply or weighs nothing", () => {
    expect(factorPoints(0.5, 3)).toBe(1.5);
    expect(factorPoints(1 / 3, 2)).toBe(0.7);
    expect(factorPoints(null, 3)).toBeNull();
    expect(factorPoints(1, 0)).toBeNull();
  });
});

describe('the proposal request', () => {
  const shown = [1, 2, 3, 4].map((rank) => ({ volunteerId: id(rank), rank, hasWarnings: rank === 3 }));
  const draft = (chosen: typeof shown, extra: Partial<ProposeDraft> = {}): ProposeDraft => ({
    chosen,
    shown,
    reasons: {},
    limit: 20,
    overrides: {},
    message: '',
    ...extra,
  });

  it('asks for nothing more when the first-ranked people are chosen, and sends the ranking looked at', () => {
    const request = buildProposeRequest(draft(shown.slice(0, 2)));
    expect(missingReasons(draft(shown.slice(0, 2)))).toEqual([]);
    expect(request).toEqual({ proposals: [{ volunteerId: id(1) }, { volunteerId: id(2) }], limit: 20 });
    expect(ZProposeRequest.safeParse(request).success).toBe(true);
  });

  it('requires a reason for someone with a warning, as the API does', () => {
    const chosenIds = new Set([id(1), id(2), id(3)]);
    expect(overrideKind(shown[2], shown, chosenIds, 20)).toBe('required');
    expect(missingReasons(draft(shown.slice(0, 3)))).toEqual([id(3)]);
    expect(missingReasons(draft(shown.slice(0, 3), { reasons: { [id(3)]: '   ' } }))).toEqual([id(3)]);
    const request = buildProposeRequest(draft(shown.slice(0, 3), { reasons: { [id(3)]: ' 保険は明日加入予定 ' } }));
    expect(request.proposals[2]).toEqual({ volunteerId: id(3), overrideReason: '保険は明日加入予定' });
  });

  it('requires a reason for someone outside the ranking limit shown', () => {
    const far = { volunteerId: id(30), rank: 25, hasWarnings: false };
    expect(overrideKind(far, shown, new Set([far.volunteerId]), 20)).toBe('required');
  });

  it('detects higher-ranked people passed over, where a reason is welcome but optional', () => {
    const chosen = [shown[3]];
    const chosenIds = new Set([id(4)]);
    expect(skippedAbove(shown[3], shown, chosenIds)).toBe(3);
    expect(overrideKind(shown[3], shown, chosenIds, 20)).toBe('skipped');
    expect(missingReasons(draft(chosen))).toEqual([]);
    const request = buildProposeRequest(
      draft(chosen, { reasons: { [id(4)]: 'ご近所で顔なじみ' }, overrides: { distance: 9 }, message: ' ご指名です ' }),
    );
    expect(request).toEqual({
      proposals: [{ volunteerId: id(4), overrideReason: 'ご近所で顔なじみ' }],
      limit: 20,
      weights: { distance: 9 },
      message: 'ご指名です',
    });
    expect(ZProposeRequest.safeParse(request).success).toBe(true);
  });
});

describe("the volunteer's outcome", () => {
  it('thanks right after answering, and reminds on a later visit', () => {
    expect(offerOutcome({ status: 'proposed', answerable: true }, false)).toBeNull();
    expect(offerOutcome({ status: 'accepted', answerable: false }, true)).toBe('accepted_now');
    expect(offerOutcome({ status: 'confirmed', answerable: false }, true)).toBe('confirmed_now');
    expect(offerOutcome({ status: 'declined', answerable: false }, true)).toBe('declined_now');
    expect(offerOutcome({ status: 'accepted', answerable: false }, false)).toBe('already_accepted');
    expect(offerOutcome({ status: 'declined', answerable: false }, false)).toBe('already_declined');
  });

  it('says when a request was withdrawn or ran out of time', () => {
    expect(offerOutcome({ status: 'withdrawn', answerable: false }, false)).toBe('withdrawn');
    expect(offerOutcome({ status: 'expired', answerable: false }, false)).toBe('expired');
    expect(offerOutcome({ status: 'proposed', answerable: false }, false)).toBe('expired');
  });

  it('lists the requests waiting for an answer apart from the others', () => {
    const offers = [
      { id: 1, answerable: false },
      { id: 2, answerable: true },
    ];
    expect(splitOffers(offers)).toEqual({ waiting: [offers[1]], past: [offers[0]] });
  });
});
