import { calendarDateIn, type Ranking, type TNeed, type TVolunteerProfileFields } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids';
import { createTestApp, setUpFirstOrganization, type TestApp, type TestClient } from '../../test/test-app';
import { createOrganization, joinNetwork } from '../organizations';
import { insertVolunteer } from '../volunteers';
import { prepareMatching, rankBruteForce, rankWithPrefilter } from './candidates.service';

const TOKYO = { lat: 35.6812, lng: 139.7671 };
const north = (km: number) => ({ lat: TOKYO.lat + km / 111.195, lng: TOKYO.lng });
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The candidate search bounds records from a snapshot this process keeps
 * between rankings. Whatever changes in the database — through the API or
 * plain SQL — must count in the very next ranking, and the snapshot must
 * really be kept (the next ranking reads only what changed).
 */
describe('matching: the pool snapshot is never stale', () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  let memberId: string;
  let base: string;
  let today: string;
  const plans = new Map<string, string>();
  const db = () => t.database.db;

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
    today = calendarDateIn('Asia/Tokyo');
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
    for (const org of [orgId, memberId]) {
      const id = newId();
      await db().execute(sql`insert into insurance_plan (org_id, id, name) values (${org}, ${id}, '活動保険')`);
      plans.set(org, id);
    }
  });
  afterAll(() => t.close());

  let serial = 0;
  async function volunteer(fields: Partial<TVolunteerProfileFields> = {}, org = orgId) {
    serial++;
    const row = await db().transaction((tx) =>
      insertVolunteer(tx, org, {
        fields: {
          name: `ボランティア ${serial}`,
          email: `v${serial}@freshness.test`,
          preferredChannel: 'email',
          locale: 'en',
          languages: ['ja'],
          location: north(1),
          ...fields,
        },
        consents: org === orgId ? [] : [{ purpose: 'network_sharing', granted: true }],
        registeredVia: 'on_behalf_of',
        recorder: { accountId: null, requestId: 'test', self: false },
        accountId: null,
        status: 'active',
        refuseDuplicates: false,
      }),
    );
    await insure(org, row.id);
    return row;
  }
  const insure = (org: string, volunteerId: string) =>
    db().execute(sql`insert into insurance_enrollment
      (org_id, id, volunteer_id, plan_id, policy_year, enrolled_on, cover_starts_on, cover_ends_on)
      values (${org}, ${newId()}, ${volunteerId}, ${plans.get(org)}, 2026,
        ${addDays(today, -30)}, ${addDays(today, -30)}, ${addDays(today, 330)})`);

  async function newNeed(overrides: Record<string, unknown>): Promise<TNeed> {
    const response = await admin.post(`${base}/needs`, {
      kind: 'other',
      title: '通院の付き添い',
      channel: 'phone',
      requesterName: '山本 恵子',
      requesterPhone: '090-1111-2222',
      location: TOKYO,
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    const need = response.json() as TNeed;
    const moved = await admin.post(`${base}/needs/${need.id}/transitions`, { to: 'matching' });
    expect(moved.statusCode, moved.body).toBe(200);
    return need;
  }

  /**
   * The prefilter's first place (and the excluded one ahead of it), checked against scoring
   * everyone; and whether its snapshot refresh read every record (the first time only).
   */
  async function rank(needId: string, database = db(), limit = 1) {
    const setup = await prepareMatching(database, orgId, needId);
    const { ranking, stats } = await rankWithPrefilter(database, setup, limit);
    const slow = await rankBruteForce(database, setup, limit);
    expect(ranking.ranked.map((c) => c.volunteerId)).toEqual(slow.ranked.map((c) => c.volunteerId));
    expect(ranking.excluded.map((c) => c.volunteerId)).toEqual(slow.excluded.map((c) => c.volunteerId));
    return { ranking, cold: stats.refreshCold };
  }
  const ranked = (r: Ranking, id: string) => r.ranked.find((c) => c.volunteerId === id);
  const exclusionsOf = (r: Ranking, id: string) =>
    r.excluded.find((c) => c.volunteerId === id)?.exclusions.map((e) => e.code);

  const patch = async (id: string, fields: Partial<TVolunteerProfileFields>) => {
    const response = await admin.patch(`${base}/volunteers/${id}`, fields);
    expect(response.statusCode, response.body).toBe(200);
  };
  const consent = async (id: string, purpose: 'contact' | 'network_sharing', granted: boolean) => {
    const response = await admin.post(`${base}/volunteers/${id}/consents`, { purpose, granted });
    expect(response.statusCode, response.body).toBe(200);
  };
  const status = async (id: string, to: 'active' | 'inactive') => {
    const response = await admin.post(`${base}/volunteers/${id}/status`, { status: to });
    expect(response.statusCode, response.body).toBe(200);
  };

  it('sees every change of what the bound reads in the very next ranking', async () => {
    // One need, ranked for the first place only, so the search stops early: a change the snapshot
    // missed would leave the changed record unread. Ahead of everyone: 12 inactive perfect records
    // (the excluded list, first in id order), then 15 good ones 1 km away (the ranking's mark).
    const care = (
      await admin.post(`${base}/skills`, { kind: 'qualification', names: { ja: '介護', en: 'Care' } })
    ).json().id as string;
    const perfect: Partial<TVolunteerProfileFields> = {
      skillIds: [care],
      languages: ['ja', 'zh'],
      gender: 'female',
      availability: [{ weekday: 3, start: '09:00', end: '13:00' }],
      location: TOKYO,
    };
    for (let i = 0; i < 12; i++) await status((await volunteer(perfect)).id, 'inactive');
    for (let i = 0; i < 15; i++) await volunteer({ ...perfect, location: north(1) });
    const need = await newNeed({
      skillIds: [care],
      languages: ['zh'],
      helperGender: 'female',
      timeWindows: [{ weekday: 3, start: '10:00', end: '12:00' }],
    });
    expect((await rank(need.id)).cold).toBe(true);

    /** A record perfect but for `initial` (and what `before` does) is not first; after `change` it is. */
    const expectSeen = async (
      fact: string,
      initial: Partial<TVolunteerProfileFields>,
      change: (id: string) => Promise<unknown>,
      before?: (id: string) => Promise<unknown>,
    ) => {
      const v = await volunteer({ ...perfect, ...initial });
      await before?.(v.id);
      expect((await rank(need.id)).ranking.ranked[0]?.volunteerId, fact).not.toBe(v.id);
      await change(v.id);
      const after = await rank(need.id);
      expect(after.ranking.ranked[0]?.volunteerId, fact).toBe(v.id);
      // The snapshot is kept: the ranking read what changed, not every record again. (How many
      // rows that is depends on the oldest transaction running in the whole cluster.)
      expect(after.cold, fact).toBe(false);
      // Out of the way again (and that change is seen too).
      await patch(v.id, { skillIds: [] });
      expect((await rank(need.id)).ranking.ranked[0]?.volunteerId, fact).not.toBe(v.id);
    };

    await expectSeen('skill added', { skillIds: [] }, (id) => patch(id, { skillIds: [care] }));
    await expectSeen('language', { languages: ['ja'] }, (id) => patch(id, { languages: ['ja', 'zh'] }));
    await expectSeen('location', { location: north(20) }, (id) => patch(id, { location: TOKYO }));
    await expectSeen('availability', { availability: [] }, (id) =>
      patch(id, { availability: [{ weekday: 3, start: '10:00', end: '12:00' }] }),
    );
    await expectSeen('gender', { gender: null }, (id) => patch(id, { gender: 'female' }));
    await expectSeen(
      'contact consent',
      {},
      (id) => consent(id, 'contact', true),
      (id) => consent(id, 'contact', false),
    );
    await expectSeen(
      'status',
      {},
      (id) => status(id, 'active'),
      (id) => status(id, 'inactive'),
    );
    // Insurance cover, removed and added in plain SQL (the triggers see every write, not only the API's).
    expect((await admin.patch(`${base}/participation-settings`, { insuranceCheck: 'block' })).statusCode).toBe(200);
    try {
      await expectSeen(
        'insurance cover',
        {},
        (id) => insure(orgId, id),
        (id) => db().execute(sql`delete from insurance_enrollment where org_id = ${orgId} and volunteer_id = ${id}`),
      );
    } finally {
      await admin.patch(`${base}/participation-settings`, { insuranceCheck: 'warn' });
    }
  });

  it("sees a network peer's record leave and come back with the sharing consent", async () => {
    const shared = await volunteer({ location: TOKYO, languages: ['ja', 'ko'] }, memberId);
    const need = await newNeed({ languages: ['ko'] });
    expect(ranked((await rank(need.id)).ranking, shared.id)).toMatchObject({ rank: 1 });
    const record = (granted: boolean) =>
      db().execute(sql`insert into volunteer_consent (org_id, id, volunteer_id, purpose, granted, wording_version)
        values (${memberId}, ${newId()}, ${shared.id}, 'network_sharing', ${granted}, '1')`);
    await record(false);
    const gone = (await rank(need.id)).ranking;
    expect([...gone.ranked, ...gone.excluded].map((c) => c.volunteerId)).not.toContain(shared.id);
    await record(true);
    expect(ranked((await rank(need.id)).ranking, shared.id)).toMatchObject({ rank: 1 });
  });

  it("counts the caller's own open transaction in its ranking, and forgets it on rollback", async () => {
    const driving = (
      await admin.post(`${base}/skills`, { kind: 'qualification', names: { ja: '運転', en: 'Driving' } })
    ).json().id as string;
    const v = await volunteer({ location: TOKYO });
    const need = await newNeed({ skillIds: [driving] });
    expect(exclusionsOf((await rank(need.id, db(), 100)).ranking, v.id)).toEqual(['NOT_QUALIFIED']);
    const rollback = new Error('roll back');
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(
          sql`insert into volunteer_skill (org_id, volunteer_id, skill_id) values (${orgId}, ${v.id}, ${driving})`,
        );
        expect(ranked((await rank(need.id, tx, 100)).ranking, v.id)).toMatchObject({ rank: 1 });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(exclusionsOf((await rank(need.id, db(), 100)).ranking, v.id)).toEqual(['NOT_QUALIFIED']);
  });
});
