import {
  calendarDateIn,
  type TCandidatesResponse,
  type TConsentGrant,
  type TNeed,
  type TProposal,
  type TVolunteerProfileFields,
} from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';
import { createOrganization, joinNetwork } from '../organizations';
import { addMembershipDirectly, createAccount } from '../people';
import { insertVolunteer } from '../volunteers';
import { prepareMatching, rankBruteForce, rankWithPrefilter } from './candidates.service';
import { expireProposals } from './proposals.service';

const PASSWORD = 'matching-test-password';
const TOKYO = { lat: 35.6812, lng: 139.7671 };
/** About `km` north of Tokyo Station. */
const north = (km: number) => ({ lat: TOKYO.lat + km / 111.195, lng: TOKYO.lng });
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('matching: explainable ranking, exclusions, visibility and proposals', () => {
  let t: TestApp;
  let admin: TestClient;
  let coordinator: TestClient;
  let orgId: string;
  let memberId: string;
  let base: string;
  let today: string;
  let planId: string;
  let memberPlanId: string;

  const db = () => t.database.db;
  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(db(), query);

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
    today = calendarDateIn('Asia/Tokyo');
    const account = await createAccount(db(), {
      name: 'コーディネーター',
      email: 'coordinator@matching.test',
      password: PASSWORD,
      locale: 'en',
    });
    await addMembershipDirectly(db(), orgId, account.id, 'coordinator');
    coordinator = new TestClient(t.app);
    await coordinator.signIn('coordinator@matching.test', PASSWORD);

    const member = await createOrganization(
      db(),
      {
        name: '加盟NPO',
        kind: 'npo',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        fiscalYearStartMonth: 4,
        runsNetwork: false,
      },
      { accountId: null },
    );
    memberId = member.id;
    await joinNetwork(db(), memberId, orgId);
    for (const [org, set] of [
      [orgId, (id: string) => (planId = id)],
      [memberId, (id: string) => (memberPlanId = id)],
    ] as const) {
      const id = newId();
      await db().execute(
        sql`insert into insurance_plan (org_id, id, name) values (${org}, ${id}, 'ボランティア活動保険')`,
      );
      set(id);
    }
  });
  afterAll(() => t.close());

  let serial = 0;
  /** An active volunteer of the hub (or another organization), insured unless said otherwise. */
  async function volunteer(
    fields: Partial<TVolunteerProfileFields> = {},
    options: {
      org?: string;
      status?: 'active' | 'inactive';
      consents?: TConsentGrant[];
      insured?: boolean;
      accountId?: string;
    } = {},
  ) {
    serial++;
    const org = options.org ?? orgId;
    const row = await t.database.db.transaction((tx) =>
      insertVolunteer(tx, org, {
        fields: {
          name: `ボランティア ${serial}`,
          email: `v${serial}@matching.test`,
          preferredChannel: 'email',
          locale: 'en',
          languages: ['ja'],
          location: north(1),
          ...fields,
        },
        consents: options.consents ?? [],
        registeredVia: 'on_behalf_of',
        recorder: { accountId: null, requestId: 'test', self: false },
        accountId: options.accountId ?? null,
        status: options.status ?? 'active',
        refuseDuplicates: false,
      }),
    );
    if (options.insured !== false) {
      await db().execute(sql`insert into insurance_enrollment
        (org_id, id, volunteer_id, plan_id, policy_year, enrolled_on, cover_starts_on, cover_ends_on)
        values (${org}, ${newId()}, ${row.id}, ${org === orgId ? planId : memberPlanId}, 2026,
          ${addDays(today, -30)}, ${addDays(today, -30)}, ${addDays(today, 330)})`);
    }
    return row;
  }

  async function newNeed(
    overrides: Record<string, unknown> = {},
    status: 'matching' | 'new' = 'matching',
  ): Promise<TNeed> {
    const response = await coordinator.post(`${base}/needs`, {
      kind: 'other',
      title: '買い物の付き添い',
      channel: 'phone',
      requesterName: '山本 恵子',
      requesterPhone: '090-1111-2222',
      location: TOKYO,
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    const need = response.json() as TNeed;
    if (status === 'matching') {
      const moved = await coordinator.post(`${base}/needs/${need.id}/transitions`, { to: 'matching' });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    return need;
  }

  async function candidates(needId: string, query = 'limit=100', client = coordinator): Promise<TCandidatesResponse> {
    const response = await client.get(`${base}/needs/${needId}/candidates?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }
  const ranked = (r: TCandidatesResponse, id: string) => r.candidates.find((c) => c.volunteerId === id);
  const excluded = (r: TCandidatesResponse, id: string) => r.excluded.find((c) => c.volunteerId === id);
  const position = (r: TCandidatesResponse, id: string) => r.candidates.findIndex((c) => c.volunteerId === id);

  async function skill(en: string, kind: 'skill' | 'qualification' = 'qualification', client = coordinator) {
    const response = await client.post(`${base}/skills`, { kind, names: { ja: en, en } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  /** The ranking the API gives equals every visible record scored in memory. */
  async function expectSameAsBruteForce(needId: string, limit = 20) {
    const setup = await prepareMatching(db(), orgId, needId);
    const fast = await rankWithPrefilter(db(), setup, limit);
    const slow = await rankBruteForce(db(), setup, limit);
    expect(fast.ranking.ranked.map((c) => c.volunteerId)).toEqual(slow.ranked.map((c) => c.volunteerId));
    expect(fast.ranking.excluded.map((c) => c.volunteerId)).toEqual(slow.excluded.map((c) => c.volunteerId));
  }

  // ------------------------------------------------------------ factors

  it('skills: holding the required qualification counts, lacking it excludes as NOT_QUALIFIED (named)', async () => {
    const care = await skill('Home-care certificate');
    const holder = await volunteer({ skillIds: [care] });
    const lacking = await volunteer({ location: TOKYO });
    const need = await newNeed({ skillIds: [care] });
    const result = await candidates(need.id);
    expect(ranked(result, holder.id)).toMatchObject({ factors: expect.objectContaining({ skills: 1 }) });
    expect(ranked(result, holder.id)?.explanation).toContain('has Home-care certificate');
    expect(ranked(result, lacking.id)).toBeUndefined();
    expect(excluded(result, lacking.id)).toMatchObject({
      exclusions: [{ code: 'NOT_QUALIFIED', params: { skillIds: [care] } }],
      exclusionText: 'lacks Home-care certificate',
    });
    await expectSameAsBruteForce(need.id);
  });

  it('skills of another network organization count when they have the same name there', async () => {
    const driving = await skill("Driver's licence");
    const memberSkill = newId();
    await db().execute(sql`insert into skill (org_id, id, kind, names)
      values (${memberId}, ${memberSkill}, 'qualification', ${JSON.stringify({ en: "Driver's licence" })}::jsonb)`);
    const shared = await volunteer(
      { skillIds: [memberSkill] },
      { org: memberId, consents: [{ purpose: 'network_sharing', granted: true }] },
    );
    const need = await newNeed({ skillIds: [driving] });
    const result = await candidates(need.id);
    expect(ranked(result, shared.id)).toMatchObject({
      orgId: memberId,
      orgName: '加盟NPO',
      factors: expect.objectContaining({ skills: 1 }),
    });
  });

  it('languages: speaking the language asked for ranks first and is said in the explanation', async () => {
    const speaker = await volunteer({ languages: ['ja', 'zh'], location: north(3) });
    const other = await volunteer({ languages: ['ja'], location: north(3) });
    const need = await newNeed({ languages: ['zh'] });
    const result = await candidates(need.id);
    expect(ranked(result, speaker.id)?.factors.languages).toBe(1);
    expect(ranked(result, other.id)?.factors.languages).toBe(0);
    expect(position(result, speaker.id)).toBeLessThan(position(result, other.id));
    expect(ranked(result, speaker.id)?.explanation).toMatch(/^speaks Chinese, 3 km away/);
    expect(ranked(result, other.id)?.hasWarnings).toBe(true);
    // The administrator reads Japanese: the same reasons, in Japanese.
    const ja = await candidates(need.id, 'limit=100', admin);
    expect(ranked(ja, speaker.id)?.explanation).toMatch(/^中国語が話せる、3 km先/);
    await expectSameAsBruteForce(need.id, 5);
  });

  it('languages: a need without its own languages asks for those of the recipient', async () => {
    const recipient = await coordinator.post(`${base}/recipients`, { name: '李 華', languages: ['zh'] });
    const speaker = await volunteer({ languages: ['zh'], location: north(8) });
    const need = await newNeed({ recipientId: recipient.json().id });
    const result = await candidates(need.id);
    expect(ranked(result, speaker.id)?.factors.languages).toBe(1);
  });

  it('distance: nearer people score higher (½ at the half-score distance), online help ignores it', async () => {
    const near = await volunteer({ location: north(0.5) });
    const far = await volunteer({ location: north(12) });
    const unknown = await volunteer({ location: null });
    const need = await newNeed({ title: '庭の草取り' });
    const result = await candidates(need.id);
    expect(ranked(result, near.id)!.factors.distance!).toBeGreaterThan(ranked(result, far.id)!.factors.distance!);
    expect(ranked(result, unknown.id)?.factors.distance).toBe(0);
    expect(ranked(result, unknown.id)?.explanation).toContain('no address on record');
    expect(position(result, near.id)).toBeLessThan(position(result, far.id));
    const online = await candidates((await newNeed({ online: true, location: null })).id);
    expect(ranked(online, far.id)?.factors.distance).toBeNull();
    await expectSameAsBruteForce(need.id, 3);
  });

  it("availability: free at the need's weekly time scores 1, partly ½, away on the date 0 with a warning", async () => {
    const free = await volunteer({ availability: [{ weekday: 2, start: '09:00', end: '13:00' }] });
    const partly = await volunteer({ availability: [{ weekday: 2, start: '11:00', end: '15:00' }] });
    const tuesday = addDays(today, ((2 - (new Date(`${today}T00:00:00Z`).getUTCDay() || 7) + 7) % 7) + 7);
    const away = await volunteer({
      availability: [{ weekday: 2, start: '09:00', end: '13:00' }],
      availabilityExceptions: [{ from: addDays(tuesday, -1), to: addDays(tuesday, 1), note: null }],
    });
    const weekly = await newNeed({ timeWindows: [{ weekday: 2, start: '10:00', end: '12:00' }] });
    const result = await candidates(weekly.id);
    expect(ranked(result, free.id)?.factors.availability).toBe(1);
    expect(ranked(result, free.id)?.explanation).toContain('free on Tuesdays');
    expect(ranked(result, partly.id)?.factors.availability).toBe(0.5);
    const dated = await candidates(
      (await newNeed({ timeWindows: [{ date: tuesday, start: '10:00', end: '12:00' }] })).id,
    );
    expect(ranked(dated, away.id)?.factors.availability).toBe(0);
    expect(ranked(dated, away.id)?.reasons).toContainEqual(expect.objectContaining({ code: 'away', warning: true }));
    expect(dated.date).toBe(tuesday);
    await expectSameAsBruteForce(weekly.id, 5);
  });

  it('insurance: no cover on the day is a warning when the check warns, and excludes when it blocks', async () => {
    const uninsured = await volunteer({ location: north(0.2) }, { insured: false });
    const need = await newNeed();
    const warned = await candidates(need.id);
    expect(ranked(warned, uninsured.id)).toMatchObject({
      hasWarnings: true,
      factors: expect.objectContaining({ insurance: 0 }),
    });
    await admin.patch(`${base}/participation-settings`, { insuranceCheck: 'block' });
    try {
      const blocked = await candidates(need.id);
      expect(ranked(blocked, uninsured.id)).toBeUndefined();
      expect(excluded(blocked, uninsured.id)?.exclusions).toEqual([{ code: 'NOT_INSURED', params: {} }]);
      await expectSameAsBruteForce(need.id, 5);
    } finally {
      await admin.patch(`${base}/participation-settings`, { insuranceCheck: 'warn' });
    }
  });

  it('workload: recent assignments lower the score; the weekly limit excludes as LIMIT_REACHED', async () => {
    const busy = await volunteer({ location: north(0.3) });
    const rested = await volunteer({ location: north(0.3) });
    const earlier = await newNeed({ title: '先週の依頼' });
    const line = await coordinator.post(`${base}/needs/${earlier.id}/resource-lines`, {
      kind: 'volunteer_time',
      volunteerId: busy.id,
      status: 'confirmed',
      plannedStart: new Date().toISOString(),
    });
    expect(line.statusCode, line.body).toBe(201);
    const need = await newNeed();
    const result = await candidates(need.id);
    expect(ranked(result, busy.id)?.factors.workload).toBe(0.5);
    expect(ranked(result, rested.id)?.factors.workload).toBe(1);
    expect(position(result, rested.id)).toBeLessThan(position(result, busy.id));
    await admin.patch(`${base}/participation-settings`, { maxShiftsPerWeek: 1 });
    try {
      const limited = await candidates(need.id);
      expect(excluded(limited, busy.id)?.exclusions).toEqual([
        { code: 'LIMIT_REACHED', params: { period: 'week', max: 1 } },
      ]);
      expect(ranked(limited, rested.id)).toBeDefined();
      await expectSameAsBruteForce(need.id, 5);
    } finally {
      await admin.patch(`${base}/participation-settings`, { maxShiftsPerWeek: null });
    }
  });

  it('continuity: who helped the recipient before, and was welcomed, scores and is named', async () => {
    const recipient = (await coordinator.post(`${base}/recipients`, { name: '佐藤 トメ', languages: ['ja'] })).json();
    const helper = await volunteer({ location: north(6) });
    const past = await newNeed({ recipientId: recipient.id, title: '前回の買い物' });
    await coordinator.post(`${base}/needs/${past.id}/resource-lines`, {
      kind: 'volunteer_time',
      volunteerId: helper.id,
      status: 'done',
    });
    for (const to of ['confirmed', 'completed']) {
      expect((await coordinator.post(`${base}/needs/${past.id}/transitions`, { to })).statusCode).toBe(200);
    }
    const followUp = await coordinator.post(`${base}/needs/${past.id}/follow-ups`, {
      respondent: 'recipient',
      method: 'phone',
      satisfaction: 5,
      shouldContinue: 'yes',
    });
    expect(followUp.statusCode, followUp.body).toBe(201);
    const need = await newNeed({ recipientId: recipient.id });
    const result = await candidates(need.id);
    expect(ranked(result, helper.id)?.factors.continuity).toBe(1);
    expect(ranked(result, helper.id)?.explanation).toContain('helped 佐藤 トメ once, welcomed');
    await expectSameAsBruteForce(need.id, 3);
  });

  it("preferences: the recipient's wish for a helper's gender", async () => {
    const woman = await volunteer({ gender: 'female', location: north(2) });
    const man = await volunteer({ gender: 'male', location: north(2) });
    const need = await newNeed({ helperGender: 'female' });
    const result = await candidates(need.id);
    expect(ranked(result, woman.id)?.factors.preferences).toBe(1);
    expect(ranked(result, man.id)).toMatchObject({
      hasWarnings: true,
      factors: expect.objectContaining({ preferences: 0 }),
    });
    expect(position(result, woman.id)).toBeLessThan(position(result, man.id));
    const record = await admin.get(`${base}/volunteers/${woman.id}`);
    expect(record.json().gender).toBe('female');
  });

  it("interests: the person's interests meet the kind of help", async () => {
    const keen = await volunteer({ interests: ['elderly'], location: north(4) });
    const other = await volunteer({ interests: ['environment'], location: north(4) });
    const need = await newNeed({ kind: 'shopping' });
    const result = await candidates(need.id);
    expect(ranked(result, keen.id)?.factors.interests).toBe(1);
    expect(ranked(result, other.id)?.factors.interests).toBe(0);
  });

  it('weights: an override for one ranking changes the order; the organization default stays', async () => {
    const near = await volunteer({ location: north(0.1), languages: ['ja'] });
    const speaker = await volunteer({ location: north(9), languages: ['ja', 'ko'] });
    const need = await newNeed({ languages: ['ko'] });
    const byDefault = await candidates(need.id);
    const distanceOnly = await candidates(need.id, 'limit=100&weights=languages:0,distance:10');
    expect(position(byDefault, speaker.id)).toBeLessThan(position(byDefault, near.id));
    expect(position(distanceOnly, near.id)).toBeLessThan(position(distanceOnly, speaker.id));
    expect(distanceOnly.weights).toMatchObject({ languages: 0, distance: 10, availability: 3 });
    expect((await coordinator.get(`${base}/needs/${need.id}/candidates?weights=nonsense:3`)).statusCode).toBe(400);
  });

  // ------------------------------------------------------------ hard rules and visibility

  it('excludes records not active and people who withdrew consent to be contacted, with the reason', async () => {
    const inactive = await volunteer({ location: north(0.1) }, { status: 'inactive' });
    const withdrawn = await volunteer({ location: north(0.1) }, { consents: [{ purpose: 'contact', granted: false }] });
    const need = await newNeed();
    const result = await candidates(need.id);
    expect(excluded(result, inactive.id)?.exclusions).toEqual([{ code: 'NOT_ACTIVE', params: { status: 'inactive' } }]);
    expect(excluded(result, withdrawn.id)).toMatchObject({
      exclusions: [{ code: 'CONTACT_WITHDRAWN', params: {} }],
      exclusionText: 'withdrew consent to be contacted',
    });
    expect(ranked(result, inactive.id)).toBeUndefined();
    expect(ranked(result, withdrawn.id)).toBeUndefined();
  });

  it("shows other organizations' volunteers only with their network-sharing consent, and never otherwise", async () => {
    const sharing = await volunteer(
      { location: north(0.2) },
      { org: memberId, consents: [{ purpose: 'network_sharing', granted: true }] },
    );
    const silent = await volunteer({ location: north(0.2) }, { org: memberId });
    const refused = await volunteer(
      { location: north(0.2) },
      { org: memberId, consents: [{ purpose: 'network_sharing', granted: false }] },
    );
    const inactiveSilent = await volunteer({ location: north(0.2) }, { org: memberId, status: 'inactive' });
    const need = await newNeed();
    const result = await candidates(need.id);
    expect(ranked(result, sharing.id)).toMatchObject({ orgId: memberId, orgName: '加盟NPO' });
    for (const hidden of [silent, refused, inactiveSilent]) {
      expect(ranked(result, hidden.id)).toBeUndefined();
      expect(excluded(result, hidden.id)).toBeUndefined();
    }
    const proposing = await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: silent.id, overrideReason: '知り合い' }],
    });
    expect(proposing.statusCode).toBe(404);
    expect(proposing.json().error.code).toBe('MATCHING_CANDIDATE_NOT_FOUND');
    await expectSameAsBruteForce(need.id);
  });

  it('refuses staff and other organizations', async () => {
    const need = await newNeed();
    const staffAccount = await createAccount(db(), {
      name: 'staff',
      email: 'staff@matching.test',
      password: PASSWORD,
      locale: 'en',
    });
    await addMembershipDirectly(db(), orgId, staffAccount.id, 'staff');
    const staff = new TestClient(t.app);
    await staff.signIn('staff@matching.test', PASSWORD);
    expect((await staff.get(`${base}/needs/${need.id}/candidates`)).statusCode).toBe(403);
    expect((await staff.get(`${base}/needs/${need.id}/proposals`)).statusCode).toBe(200);
    expect((await coordinator.get(`/api/v1/organizations/${memberId}/needs/${need.id}/candidates`)).statusCode).toBe(
      403,
    );
  });

  it('the prefilter gives exactly the ranking of scoring everyone, reading only part of the pool', async () => {
    // A seeded crowd: people near and far, with and without an address, languages, interests,
    // gender, weekly slots, skills, cover, status and sharing drawn at random.
    let seed = 20261201;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const cooking = await skill('Cooking', 'skill');
    for (let i = 0; i < 150; i++) {
      const slots = Array.from({ length: Math.floor(random() * 3) }, () => {
        const start = 8 + Math.floor(random() * 8);
        return {
          weekday: 1 + Math.floor(random() * 7),
          start: `${String(start).padStart(2, '0')}:00`,
          end: `${String(start + 2 + Math.floor(random() * 3)).padStart(2, '0')}:30`,
        };
      });
      const member = random() < 0.3;
      await volunteer(
        {
          location: random() < 0.85 ? north(random() * 15 - 3) : null,
          languages: random() < 0.2 ? ['ja', pick(['zh', 'en', 'ko'])] : ['ja'],
          interests: [pick(['elderly', 'community', 'children', 'environment'])],
          gender: pick(['female', 'male', null] as const),
          availability: slots,
          skillIds: !member && random() < 0.3 ? [cooking] : [],
        },
        {
          org: member ? memberId : orgId,
          status: random() < 0.85 ? 'active' : 'inactive',
          insured: random() < 0.8,
          consents: member && random() < 0.6 ? [{ purpose: 'network_sharing', granted: true }] : [],
        },
      );
    }
    const needs = [
      await newNeed({
        kind: 'household_help',
        languages: ['zh'],
        timeWindows: [{ weekday: 3, start: '10:00', end: '12:00' }],
      }),
      await newNeed({ kind: 'shopping', helperGender: 'female', skillIds: [cooking] }),
      await newNeed({
        kind: 'visit_conversation',
        online: true,
        location: null,
        timeWindows: [{ weekday: 5, start: '13:00', end: '15:30' }],
      }),
      await newNeed({ kind: 'event_help', location: north(20), languages: ['en'] }),
    ];
    await admin.patch(`${base}/participation-settings`, { insuranceCheck: 'block' });
    try {
      for (const need of needs) {
        for (const limit of [1, 5, 20]) {
          const setup = await prepareMatching(db(), orgId, need.id);
          const slow = await rankBruteForce(db(), setup, limit);
          const { ranking: fast, stats } = await rankWithPrefilter(db(), setup, limit);
          expect(fast.ranked.map((c) => c.volunteerId)).toEqual(slow.ranked.map((c) => c.volunteerId));
          expect(fast.excluded.map((c) => c.volunteerId)).toEqual(slow.excluded.map((c) => c.volunteerId));
          // It read only part of the pool (150 records here, and the ones of earlier tests).
          expect(stats.examined).toBeLessThan(stats.snapshotRecords ?? 0);
        }
      }
    } finally {
      await admin.patch(`${base}/participation-settings`, { insuranceCheck: 'warn' });
    }
  });

  // ------------------------------------------------------------ proposals

  const proposalOf = async (needId: string, volunteerId: string): Promise<TProposal> =>
    (await coordinator.get(`${base}/needs/${needId}/proposals`))
      .json()
      .proposals.find((p: TProposal) => p.volunteerId === volunteerId);
  const tokenFor = async (email: string) => {
    const [mail] = await rows<{ text_body: string }>(
      sql`select text_body from outbox_message where to_address = ${email} order by created_at desc limit 1`,
    );
    return /\/proposals\/([A-Za-z0-9_-]{43})/.exec(mail?.text_body ?? '')?.[1];
  };
  const needStatus = async (needId: string) => (await coordinator.get(`${base}/needs/${needId}`)).json().status;
  const timelineKinds = async (needId: string) =>
    ((await coordinator.get(`${base}/needs/${needId}/timeline`)).json().entries as { kind: string }[]).map(
      (e) => e.kind,
    );

  it('proposes a top candidate: the need moves to proposed, the ranking is kept, a link is mailed', async () => {
    const top = await volunteer({ location: TOKYO, languages: ['ja', 'vi'] });
    const need = await newNeed({ languages: ['vi'], title: 'ベトナム語の通訳' });
    const result = await candidates(need.id, 'limit=5');
    expect(result.candidates[0].volunteerId).toBe(top.id);
    const response = await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: top.id }],
      limit: 5,
      message: 'ご都合はいかがでしょうか',
    });
    expect(response.statusCode, response.body).toBe(201);
    const [proposal] = response.json().proposals as TProposal[];
    expect(proposal).toMatchObject({
      status: 'proposed',
      rank: 1,
      overrideReason: null,
      volunteerName: expect.any(String),
    });
    expect(proposal.reasons).toContainEqual(expect.objectContaining({ code: 'speaks', params: { languages: ['vi'] } }));
    expect(await needStatus(need.id)).toBe('proposed');
    expect(await timelineKinds(need.id)).toEqual(expect.arrayContaining(['proposal_made', 'status_changed']));
    const audit = (await admin.get(`${base}/audit-entries?limit=20`)).json().entries;
    expect(audit.map((e: { action: string }) => e.action)).toContain('PROPOSAL_MADE');
    const token = await tokenFor(top.email!);
    expect(token).toBeDefined();
    // The person is no longer a candidate for this need: already asked.
    expect(excluded(await candidates(need.id), top.id)?.exclusions).toEqual([{ code: 'ALREADY_PROPOSED', params: {} }]);
    const again = await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: top.id }],
    });
    expect(again.json().error.code).toBe('PROPOSAL_ALREADY_OPEN');

    // The link shows the need in brief — no recipient, address or phone — and takes the answer.
    const anonymous = new TestClient(t.app);
    const page = await anonymous.get(`/api/v1/proposals/${token}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ status: 'proposed', answerable: true, need: { title: 'ベトナム語の通訳' } });
    expect(page.body).not.toContain('090-1111-2222');
    expect(page.body).not.toContain('山本');
    expect((await anonymous.get(`/api/v1/proposals/${'x'.repeat(43)}`)).statusCode).toBe(404);
    const accepted = await anonymous.post(`/api/v1/proposals/${token}`, { answer: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', answerable: false });
    // Coordinator confirms (the organization's default mode): a line, and the need is confirmed.
    const confirmed = await coordinator.post(`${base}/needs/${need.id}/proposals/${proposal.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', lineId: expect.any(String) });
    const after = (await coordinator.get(`${base}/needs/${need.id}`)).json() as TNeed;
    expect(after.status).toBe('confirmed');
    expect(after.resourceLines).toContainEqual(
      expect.objectContaining({ kind: 'volunteer_time', volunteerId: top.id, status: 'confirmed' }),
    );
    expect(await timelineKinds(need.id)).toEqual(expect.arrayContaining(['proposal_answered', 'proposal_confirmed']));
  });

  it('an override of the ranking needs a reason, which is kept with the proposal', async () => {
    const best = await volunteer({ location: TOKYO, languages: ['ja', 'th'] });
    const second = await volunteer({ location: north(5), languages: ['ja', 'th'] });
    const uninsured = await volunteer({ location: TOKYO, languages: ['ja', 'th'] }, { insured: false });
    const need = await newNeed({ languages: ['th'] });
    const outside = await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: second.id }],
      limit: 1,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({
      code: 'MATCHING_OVERRIDE_REASON_REQUIRED',
      details: { volunteerId: second.id },
    });
    const warned = await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: uninsured.id }],
    });
    expect(warned.json().error).toMatchObject({
      code: 'MATCHING_OVERRIDE_REASON_REQUIRED',
      details: { warnings: ['not_insured'] },
    });
    expect(await rows(sql`select 1 from need_proposal where need_id = ${need.id}`)).toEqual([]);
    const response = await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: second.id, overrideReason: '利用者さんのご指名' }, { volunteerId: best.id }],
      limit: 1,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await proposalOf(need.id, second.id)).toMatchObject({ rank: null, overrideReason: '利用者さんのご指名' });
    expect(await proposalOf(need.id, best.id)).toMatchObject({ rank: 1, overrideReason: null });
    const made = (await coordinator.get(`${base}/needs/${need.id}/timeline?kinds=proposal_made`)).json().entries;
    expect(made.map((e: { data: { overrideReason: string | null } }) => e.data.overrideReason).sort()).toEqual(
      [null, '利用者さんのご指名'].sort(),
    );
  });

  it('refuses a hard-excluded person and needs in other stages', async () => {
    const inactive = await volunteer({}, { status: 'inactive' });
    const need = await newNeed();
    const refused = await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: inactive.id, overrideReason: 'x' }],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'MATCHING_CANDIDATE_EXCLUDED',
      details: { exclusions: [{ code: 'NOT_ACTIVE' }] },
    });
    const fresh = await newNeed({}, 'new');
    const someone = await volunteer();
    const early = await coordinator.post(`${base}/needs/${fresh.id}/proposals`, {
      proposals: [{ volunteerId: someone.id, overrideReason: 'x' }],
    });
    expect(early.json().error).toMatchObject({ code: 'MATCHING_NEED_NOT_OPEN', details: { status: 'new' } });
  });

  it('when everyone asked declines, the need goes back to matching; a decliner is then excluded', async () => {
    const a = await volunteer({ location: TOKYO });
    const need = await newNeed();
    await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: a.id, overrideReason: 'テスト' }],
    });
    const token = await tokenFor(a.email!);
    const declined = await new TestClient(t.app).post(`/api/v1/proposals/${token}`, {
      answer: 'decline',
      reason: '旅行中です',
    });
    expect(declined.json()).toMatchObject({ status: 'declined' });
    expect(await needStatus(need.id)).toBe('matching');
    expect(await proposalOf(need.id, a.id)).toMatchObject({
      status: 'declined',
      answeredVia: 'link',
      declineReason: '旅行中です',
    });
    expect(excluded(await candidates(need.id), a.id)?.exclusions).toEqual([{ code: 'DECLINED', params: {} }]);
    const twice = await new TestClient(t.app).post(`/api/v1/proposals/${token}`, { answer: 'accept' });
    expect(twice.json().error).toMatchObject({ code: 'PROPOSAL_NOT_OPEN', details: { status: 'declined' } });
  });

  it('a coordinator records an answer given on the phone, and withdraws a proposal', async () => {
    const caller = await volunteer({ location: TOKYO, preferredChannel: 'phone' });
    const other = await volunteer({ location: TOKYO });
    const need = await newNeed();
    await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [
        { volunteerId: caller.id, overrideReason: '電話で' },
        { volunteerId: other.id, overrideReason: '近所' },
      ],
    });
    expect(await tokenFor(caller.email!)).toBeUndefined(); // prefers the phone: no mail
    const callerProposal = await proposalOf(need.id, caller.id);
    const answered = await coordinator.post(`${base}/needs/${need.id}/proposals/${callerProposal.id}/answer`, {
      answer: 'accept',
    });
    expect(answered.json()).toMatchObject({ status: 'accepted', answeredVia: 'coordinator' });
    const otherProposal = await proposalOf(need.id, other.id);
    const withdrawn = await coordinator.post(`${base}/needs/${need.id}/proposals/${otherProposal.id}/withdraw`, {
      reason: '決まりました',
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    const notAccepted = await coordinator.post(`${base}/needs/${need.id}/proposals/${otherProposal.id}/confirm`);
    expect(notAccepted.json().error.code).toBe('PROPOSAL_NOT_OPEN');
    expect(await needStatus(need.id)).toBe('proposed'); // the accepted one still waits for a coordinator
  });

  it('first accept: the first acceptance confirms, withdraws the others; two at once confirm exactly one', async () => {
    await admin.patch(`${base}/matching-settings`, { mode: 'first_accept' });
    try {
      const a = await volunteer({ location: TOKYO });
      const b = await volunteer({ location: TOKYO });
      const c = await volunteer({ location: TOKYO });
      const need = await newNeed({ title: '同時に引き受け' });
      const made = await coordinator.post(`${base}/needs/${need.id}/proposals`, {
        proposals: [a, b, c].map((v) => ({ volunteerId: v.id, overrideReason: '同時' })),
      });
      expect(made.statusCode, made.body).toBe(201);
      const [ta, tb] = [await tokenFor(a.email!), await tokenFor(b.email!)];
      const answers = await Promise.all([
        new TestClient(t.app).post(`/api/v1/proposals/${ta}`, { answer: 'accept' }),
        new TestClient(t.app).post(`/api/v1/proposals/${tb}`, { answer: 'accept' }),
      ]);
      expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const statuses = (await coordinator.get(`${base}/needs/${need.id}/proposals`))
        .json()
        .proposals.map((p: TProposal) => p.status);
      expect(statuses.filter((s: string) => s === 'confirmed')).toHaveLength(1);
      expect(statuses.filter((s: string) => s === 'withdrawn')).toHaveLength(2);
      const after = (await coordinator.get(`${base}/needs/${need.id}`)).json() as TNeed;
      expect(after.status).toBe('confirmed');
      expect(after.resourceLines.filter((l) => l.kind === 'volunteer_time')).toHaveLength(1);
    } finally {
      await admin.patch(`${base}/matching-settings`, { mode: 'coordinator_confirms' });
    }
  });

  it('a signed-in volunteer sees and answers proposals in the app, across organizations', async () => {
    const account = await createAccount(db(), {
      name: '田中 一郎',
      email: 'ichiro@matching.test',
      password: PASSWORD,
      locale: 'en',
    });
    const record = await volunteer(
      { name: '田中 一郎', location: TOKYO },
      { org: memberId, accountId: account.id, consents: [{ purpose: 'network_sharing', granted: true }] },
    );
    const ichiro = new TestClient(t.app);
    await ichiro.signIn('ichiro@matching.test', PASSWORD);
    const need = await newNeed({ title: 'アプリで回答' });
    await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: record.id, overrideReason: 'テスト' }],
    });
    const mine = (await ichiro.get('/api/v1/me/proposals')).json().proposals;
    expect(mine).toEqual([
      expect.objectContaining({ orgId, need: expect.objectContaining({ title: 'アプリで回答' }), answerable: true }),
    ]);
    const stranger = new TestClient(t.app);
    await stranger.signIn('coordinator@matching.test', PASSWORD);
    expect(
      (await stranger.post(`/api/v1/me/proposals/${mine[0].proposalId}/answer`, { answer: 'accept' })).statusCode,
    ).toBe(404);
    const answered = await ichiro.post(`/api/v1/me/proposals/${mine[0].proposalId}/answer`, { answer: 'accept' });
    expect(answered.json()).toMatchObject({ status: 'accepted' });
    // Confirming a network volunteer gives them a record here (the same account) for the line.
    const proposal = await proposalOf(need.id, record.id);
    const confirmed = await coordinator.post(`${base}/needs/${need.id}/proposals/${proposal.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const [local] = await rows<{ id: string; name: string }>(
      sql`select id, name from volunteer where org_id = ${orgId} and account_id = ${account.id}`,
    );
    expect(local.name).toBe('田中 一郎');
    const lines = (await coordinator.get(`${base}/needs/${need.id}`)).json().resourceLines;
    expect(lines).toContainEqual(expect.objectContaining({ volunteerId: local.id }));
  });

  it('proposals nobody answers expire by the sweep, and the need goes back to matching', async () => {
    const slow = await volunteer({ location: TOKYO });
    const need = await newNeed();
    await coordinator.post(`${base}/needs/${need.id}/proposals`, {
      proposals: [{ volunteerId: slow.id, overrideReason: 'テスト' }],
    });
    expect(await expireProposals(db(), new Date())).toBe(0);
    expect(await expireProposals(db(), new Date(Date.now() + 30 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await proposalOf(need.id, slow.id)).toMatchObject({ status: 'expired' });
    expect(await needStatus(need.id)).toBe('matching');
    expect(await timelineKinds(need.id)).toContain('proposal_expired');
  });

  it('a person already helping on the need is excluded as ALREADY_ASSIGNED', async () => {
    const helping = await volunteer({ location: TOKYO });
    const need = await newNeed();
    await coordinator.post(`${base}/needs/${need.id}/resource-lines`, {
      kind: 'volunteer_time',
      volunteerId: helping.id,
    });
    expect(excluded(await candidates(need.id), helping.id)?.exclusions).toEqual([
      { code: 'ALREADY_ASSIGNED', params: {} },
    ]);
  });

  it('matching settings: defaults, a change by an administrator (audited), refused to coordinators', async () => {
    const settings = (await coordinator.get(`${base}/matching-settings`)).json();
    expect(settings).toMatchObject({ mode: 'coordinator_confirms', halfScoreDistanceKm: 2, proposalValidDays: 3 });
    expect((await coordinator.patch(`${base}/matching-settings`, { proposalValidDays: 5 })).statusCode).toBe(403);
    const changed = await admin.patch(`${base}/matching-settings`, { proposalValidDays: 5 });
    expect(changed.json()).toMatchObject({ proposalValidDays: 5 });
    const audit = (await admin.get(`${base}/audit-entries?limit=5`)).json().entries;
    expect(audit[0]).toMatchObject({ action: 'MATCHING_SETTINGS_UPDATED', summary: { proposalValidDays: 5 } });
    await admin.patch(`${base}/matching-settings`, { proposalValidDays: 3 });
  });
});
