import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';

const hanako = {
  name: '田中 花子',
  nameReading: 'タナカ ハナコ',
  birthDate: '1948-05-12',
  phone: '090-1234-5678',
  postalCode: '1600023',
  languages: ['ja', 'en'],
  interests: ['elderly'],
  availability: [{ weekday: 2, start: '09:00', end: '12:00' }],
  consents: [
    { purpose: 'contact', granted: true },
    { purpose: 'photos', granted: false },
  ],
};

describe('volunteer records: assisted registration, duplicates, status, consents', () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  let base: string;
  const count = async () =>
    (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from volunteer`))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
  });
  afterAll(() => t.close());

  it('registers a person on their behalf, recorded as assisted, with who recorded each consent', async () => {
    const response = await admin.post(`${base}/volunteers`, hanako);
    expect(response.statusCode).toBe(201);
    const volunteer = response.json();
    expect(volunteer).toMatchObject({
      name: '田中 花子',
      nameReading: 'タナカ ハナコ',
      postalCode: '160-0023',
      phone: '09012345678',
      preferredChannel: 'phone',
      status: 'applicant',
      registeredVia: 'on_behalf_of',
      registeredByName: '佐藤 花子',
      insuranceCovers: [],
    });
    expect(volunteer.consents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          purpose: 'contact',
          granted: true,
          wordingVersion: '1',
          recordedByName: '佐藤 花子',
        }),
        expect.objectContaining({ purpose: 'photos', granted: false }),
      ]),
    );
    const audit = (await admin.get(`${base}/audit-entries`)).json();
    expect(audit.entries[0]).toMatchObject({ action: 'VOLUNTEER_REGISTERED', targetId: volunteer.id });
  });

  it('refuses a likely duplicate (same reading in hiragana and birth date) until the coordinator confirms', async () => {
    const before = await count();
    const again = await admin.post(`${base}/volunteers`, {
      name: '田中 華子',
      nameReading: 'たなか　はなこ',
      birthDate: '1948-05-12',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VOLUNTEER_POSSIBLE_DUPLICATE');
    expect(again.json().error.details.candidates).toEqual([
      expect.objectContaining({ name: '田中 花子', reasons: ['reading_and_birth_date'] }),
    ]);
    expect(await count()).toBe(before);

    const samePhone = await admin.post(`${base}/volunteers`, { name: '別の人', phone: '09012345678' });
    expect(samePhone.json().error.details.candidates[0].reasons).toEqual(['phone']);

    const confirmed = await admin.post(`${base}/volunteers`, {
      name: '田中 華子',
      nameReading: 'たなか　はなこ',
      birthDate: '1948-05-12',
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
    expect(await count()).toBe(before + 1);
    const duplicates = (await admin.get(`${base}/volunteer-duplicates`)).json().duplicates;
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0].volunteer.volunteerId).toBe(confirmed.json().id);
  });

  it('answers bad input field by field, in the reader’s language, and writes nothing', async () => {
    const before = await count();
    const response = await admin.request(
      'POST',
      `${base}/volunteers`,
      { name: '山田 太郎', nameReading: '山田', postalCode: '12-345', birthDate: '2999-01-01', maidenName: 'x' },
      { 'accept-language': 'ja' },
    );
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['nameReading', 'postalCode', 'birthDate']));
    const reading = response.json().error.fields.find((f: { path: string }) => f.path === 'nameReading');
    expect(reading.message).toContain('ふりがな');
    expect(await count()).toBe(before);
  });

  it('accepts the long-vowel mark in readings and refuses skills outside the taxonomy', async () => {
    const ok = await admin.post(`${base}/volunteers`, { name: 'Matthew Brown', nameReading: 'マシュー ブラウン' });
    expect(ok.statusCode).toBe(201);
    const unknown = await admin.post(`${base}/volunteers`, {
      name: '木村 次郎',
      skillIds: ['01900000-0000-7000-8000-00000000abcd'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0]).toMatchObject({ path: 'skillIds.0', message: expect.any(String) });
  });

  it('keeps skills from the taxonomy and filters the list by skill, status and search', async () => {
    const skill = (
      await admin.post(`${base}/skills`, {
        kind: 'qualification',
        names: { ja: '普通自動車免許', en: "Driver's licence" },
      })
    ).json();
    const driver = (
      await admin.post(`${base}/volunteers`, {
        name: '運転 得意',
        nameReading: 'うんてん とくい',
        skillIds: [skill.id],
      })
    ).json();
    expect(driver.skillIds).toEqual([skill.id]);
    const bySkill = (await admin.get(`${base}/volunteers?skillId=${skill.id}`)).json();
    expect(bySkill.volunteers.map((v: { id: string }) => v.id)).toEqual([driver.id]);
    const bySearch = (await admin.get(`${base}/volunteers?q=${encodeURIComponent('たなか')}`)).json();
    expect(bySearch.volunteers.map((v: { name: string }) => v.name).sort()).toEqual(['田中 花子', '田中 華子'].sort());
    const byPhone = (await admin.get(`${base}/volunteers?q=090-1234`)).json();
    expect(byPhone.volunteers.map((v: { name: string }) => v.name)).toEqual(['田中 花子']);
    const page = (await admin.get(`${base}/volunteers?limit=2`)).json();
    expect(page.volunteers).toHaveLength(2);
    const next = (await admin.get(`${base}/volunteers?limit=2&before=${page.nextCursor}`)).json();
    expect(next.volunteers.map((v: { id: string }) => v.id)).not.toContain(page.volunteers[0].id);
  });

  it('verifies an applicant (who and when) and refuses impossible status changes', async () => {
    const { volunteers } = (await admin.get(`${base}/volunteers?q=${encodeURIComponent('田中 花子')}`)).json();
    const id = volunteers[0].id;
    const verified = await admin.post(`${base}/volunteers/${id}/status`, { status: 'active' });
    expect(verified.json()).toMatchObject({ status: 'active', verifiedByName: '佐藤 花子' });
    expect(verified.json().verifiedAt).not.toBeNull();
    const again = await admin.post(`${base}/volunteers/${id}/status`, { status: 'active' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VOLUNTEER_STATUS_INVALID');
  });

  it('records a withdrawal as a new consent row; earlier answers can never be changed', async () => {
    const { volunteers } = (await admin.get(`${base}/volunteers?q=${encodeURIComponent('田中 花子')}`)).json();
    const id = volunteers[0].id;
    const withdrawn = await admin.post(`${base}/volunteers/${id}/consents`, { purpose: 'contact', granted: false });
    expect(withdrawn.json().consents.find((c: { purpose: string }) => c.purpose === 'contact').granted).toBe(false);
    const refusal = (query: ReturnType<typeof sql>) =>
      t.database.db.execute(query).then(
        () => 'accepted',
        (err: Error & { cause?: Error }) => err.cause?.message ?? err.message,
      );
    expect(await refusal(sql`update volunteer_consent set granted = true`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from volunteer_consent`)).toMatch(/append-only/);
  });

  it('merges a duplicate: consents copied, skills united, empty fields filled, the duplicate points at the kept record', async () => {
    const kept = (await admin.post(`${base}/volunteers`, { name: '森 一郎', nameReading: 'もり いちろう' })).json();
    const skill = (await admin.post(`${base}/skills`, { kind: 'skill', names: { ja: '傾聴' } })).json();
    const other = (
      await admin.post(`${base}/volunteers`, {
        name: '森 一郎',
        nameReading: 'モリ イチロウ',
        email: 'mori@example.org',
        skillIds: [skill.id],
        consents: [{ purpose: 'network_sharing', granted: true }],
        confirmNotDuplicate: true,
      })
    ).json();
    const merged = await admin.post(`${base}/volunteers/${other.id}/merge`, { intoVolunteerId: kept.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ id: kept.id, email: 'mori@example.org', skillIds: [skill.id] });
    expect(merged.json().consents).toEqual([expect.objectContaining({ purpose: 'network_sharing', granted: true })]);
    const gone = (await admin.get(`${base}/volunteers/${other.id}`)).json();
    expect(gone).toMatchObject({ status: 'merged', mergedIntoId: kept.id });
    const twice = await admin.post(`${base}/volunteers/${other.id}/merge`, { intoVolunteerId: kept.id });
    expect(twice.json().error.code).toBe('VOLUNTEER_MERGE_INVALID');
    const self = await admin.post(`${base}/volunteers/${kept.id}/merge`, { intoVolunteerId: kept.id });
    expect(self.statusCode).toBe(409);
    const edit = await admin.patch(`${base}/volunteers/${other.id}`, { name: 'x' });
    expect(edit.json().error.code).toBe('VOLUNTEER_STATUS_INVALID');
  });

  it('keeps sensitive values out of the audit log when a record is edited', async () => {
    const v = (await admin.post(`${base}/volunteers`, { name: '健康 メモ' })).json();
    await admin.patch(`${base}/volunteers/${v.id}`, { accessibilityNeeds: '車椅子を使用、透析（月水金）' });
    const audit = (await admin.get(`${base}/audit-entries`)).json();
    expect(audit.entries[0]).toMatchObject({
      action: 'VOLUNTEER_UPDATED',
      summary: { fields: ['accessibilityNeeds'] },
    });
    expect(JSON.stringify(audit.entries[0])).not.toContain('透析');
  });

  it('gives every record the organization’s next registration number, without gaps or repeats', async () => {
    const numbers = async () =>
      (
        await queryRows<{ number: number | null }>(
          t.database.db,
          sql`select number from volunteer where org_id = ${orgId} order by number`,
        )
      ).map((row) => row.number);
    const before = await numbers();
    const responses = await Promise.all(
      ['一', '二', '三', '四'].map((n) => admin.post(`${base}/volunteers`, { name: `番号 ${n}郎`, consents: [] })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    // The API shows each record's number.
    expect(responses.map((r) => r.json().number).sort((a, b) => a - b)).toEqual(
      [1, 2, 3, 4].map((i) => before.length + i),
    );
    const after = await numbers();
    // 1, 2, 3 … in order of registration: every record numbered, each number once.
    expect(after).toEqual(Array.from({ length: before.length + 4 }, (_, i) => i + 1));
  });
});

describe('self-registration, my records and the network view', () => {
  let t: TestApp;
  let admin: TestClient;
  let hubId: string;
  let memberId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId: hubId } = await setUpFirstOrganization(t.app));
    const added = await admin.post(`/api/v1/organizations/${hubId}/network/members`, {
      organization: { name: '結び野NPO', kind: 'npo', locale: 'ja', timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 },
      adminName: 'NPO 管理者',
      adminEmail: 'npo-admin@example.org',
    });
    expect(added.statusCode).toBe(201);
    memberId = added.json().id;
  });
  afterAll(() => t.close());

  const newcomer = {
    name: '小林 さくら',
    nameReading: 'こばやし さくら',
    email: 'sakura@example.org',
    password: 'sakura-password-1',
    locale: 'ja',
    consents: [
      { purpose: 'contact', granted: true },
      { purpose: 'network_sharing', granted: true },
    ],
  };

  it('shows the public form without anything about people', async () => {
    const visitor = new TestClient(t.app);
    const form = await visitor.get(`/api/v1/organizations/${memberId}/registration-form`);
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ orgName: '結び野NPO', open: true, skills: [], consentWordingVersion: '1' });
  });

  it('registers a newcomer: account (keeping their large text), volunteer membership, applicant record, signed in', async () => {
    const visitor = new TestClient(t.app);
    const response = await visitor.post(`/api/v1/organizations/${memberId}/registrations`, {
      ...newcomer,
      largeText: true,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      account: { email: 'sakura@example.org', largeText: true },
      activeOrgId: memberId,
      memberships: [expect.objectContaining({ orgId: memberId, role: 'volunteer' })],
    });
    const mine = (await visitor.get('/api/v1/me/volunteer-profiles')).json();
    expect(mine.profiles).toEqual([
      expect.objectContaining({ orgId: memberId, orgName: '結び野NPO', status: 'applicant' }),
    ]);
    expect(mine.profiles[0].consents.every((c: { recordedByName: null }) => c.recordedByName === null)).toBe(true);
    await visitor.signIn('sakura@example.org', 'sakura-password-1');
  });

  it('asks an existing account to sign in first, and a new person for a password', async () => {
    const visitor = new TestClient(t.app);
    const taken = await visitor.post(`/api/v1/organizations/${hubId}/registrations`, newcomer);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('REGISTRATION_SIGN_IN_REQUIRED');
    const { password: _p, ...withoutPassword } = { ...newcomer, email: 'someone-new@example.org' };
    const noPassword = await visitor.post(`/api/v1/organizations/${hubId}/registrations`, withoutPassword);
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().error.fields).toEqual([expect.objectContaining({ path: 'password' })]);
  });

  it('lets a signed-in person register with a second organization using the same account, once', async () => {
    const sakura = new TestClient(t.app);
    await sakura.signIn('sakura@example.org', 'sakura-password-1');
    const second = await sakura.post(`/api/v1/organizations/${hubId}/registrations`, {
      name: '小林 さくら',
      consents: [{ purpose: 'contact', granted: true }],
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().memberships).toHaveLength(2);
    const again = await sakura.post(`/api/v1/organizations/${hubId}/registrations`, { name: '小林 さくら' });
    expect(again.json().error.code).toBe('VOLUNTEER_ALREADY_REGISTERED');
    expect((await sakura.get('/api/v1/me/volunteer-profiles')).json().profiles).toHaveLength(2);
  });

  it('shows the hub only member organizations’ volunteers who consented, and stops at once on withdrawal', async () => {
    const npoAdmin = await t.app.inject({ method: 'GET', url: `/api/v1/organizations/${memberId}/volunteers` });
    expect(npoAdmin.statusCode).toBe(401);
    const assisted = await admin.request('POST', `/api/v1/organizations/${hubId}/volunteers`, { name: '拠点 直登録' });
    expect(assisted.statusCode).toBe(201);

    const shared = (await admin.get(`/api/v1/organizations/${hubId}/network/volunteers`)).json();
    expect(shared.volunteers).toEqual([expect.objectContaining({ name: '小林 さくら', orgName: '結び野NPO' })]);

    const sakura = new TestClient(t.app);
    await sakura.signIn('sakura@example.org', 'sakura-password-1');
    const profile = (await sakura.get('/api/v1/me/volunteer-profiles'))
      .json()
      .profiles.find((p: { orgId: string }) => p.orgId === memberId);
    const withdrawn = await sakura.post(`/api/v1/me/volunteer-profiles/${profile.volunteerId}/consents`, {
      purpose: 'network_sharing',
      granted: false,
    });
    expect(withdrawn.statusCode).toBe(200);
    expect((await admin.get(`/api/v1/organizations/${hubId}/network/volunteers`)).json().volunteers).toEqual([]);
  });

  it('answers someone else’s record as missing on the personal consent route', async () => {
    const { volunteers } = (await admin.get(`/api/v1/organizations/${hubId}/volunteers`)).json();
    const stranger = new TestClient(t.app);
    await stranger.signIn('sakura@example.org', 'sakura-password-1');
    const someoneElse = volunteers.find((v: { name: string }) => v.name === '拠点 直登録');
    const response = await stranger.post(`/api/v1/me/volunteer-profiles/${someoneElse.id}/consents`, {
      purpose: 'photos',
      granted: true,
    });
    expect(response.statusCode).toBe(404);
  });

  it('lets the person choose how an organization reaches them, and refuses e-mail without an address', async () => {
    const sakura = new TestClient(t.app);
    await sakura.signIn('sakura@example.org', 'sakura-password-1');
    const mine = (await sakura.get('/api/v1/me/volunteer-profiles')).json().profiles;
    const profile = mine.find((p: { orgId: string }) => p.orgId === memberId);
    expect(profile).toMatchObject({ preferredChannel: 'email', mailDigest: false, hasEmail: true });
    const url = `/api/v1/me/volunteer-profiles/${profile.volunteerId}`;

    const changed = await sakura.patch(url, { mailDigest: true, locale: 'en' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ mailDigest: true, locale: 'en', preferredChannel: 'email' });
    expect((await sakura.get('/api/v1/me/volunteer-profiles')).json().profiles).toContainEqual(
      expect.objectContaining({ volunteerId: profile.volunteerId, mailDigest: true, locale: 'en' }),
    );
    expect((await sakura.patch(url, { shoeSize: 23 })).statusCode).toBe(400);

    // Her record at the hub, registered without an e-mail address, cannot switch to e-mail.
    const atHub = (await sakura.get('/api/v1/me/volunteer-profiles'))
      .json()
      .profiles.find((p: { orgId: string }) => p.orgId === hubId);
    expect(atHub).toMatchObject({ preferredChannel: 'phone', hasEmail: false });
    const refused = await sakura.patch(`/api/v1/me/volunteer-profiles/${atHub.volunteerId}`, {
      preferredChannel: 'email',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('VOLUNTEER_EMAIL_REQUIRED');

    const { volunteers } = (await admin.get(`/api/v1/organizations/${hubId}/volunteers`)).json();
    const someoneElse = volunteers.find((v: { name: string }) => v.name === '拠点 直登録');
    const stranger = await sakura.patch(`/api/v1/me/volunteer-profiles/${someoneElse.id}`, { mailDigest: true });
    expect(stranger.statusCode).toBe(404);
  });

  it('refuses registrations when the organization closed its public page', async () => {
    await admin.patch(`/api/v1/organizations/${hubId}/participation-settings`, { selfRegistrationOpen: false });
    const visitor = new TestClient(t.app);
    const closed = await visitor.post(`/api/v1/organizations/${hubId}/registrations`, {
      ...newcomer,
      email: 'late@example.org',
    });
    expect(closed.statusCode).toBe(403);
    expect(closed.json().error.code).toBe('REGISTRATION_CLOSED');
    expect((await visitor.get(`/api/v1/organizations/${hubId}/registration-form`)).json().open).toBe(false);
  });
});
