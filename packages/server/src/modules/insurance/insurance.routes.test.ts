import { calendarDateIn } from '@musubi/shared';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpFirstOrganization, type TestApp, type TestClient } from '../../test/test-app';
import { coverFor, nextDay } from './insurance.service';

describe('cover periods', () => {
  it('starts the day after enrollment and ends with the Japanese policy year (31 March)', () => {
    expect(coverFor('2026-11-23', 4)).toEqual({
      policyYear: 2026,
      coverStartsOn: '2026-11-24',
      coverEndsOn: '2027-03-31',
    });
  });

  it('treats an enrollment on 31 March as cover for the whole next year', () => {
    expect(coverFor('2026-03-31', 4)).toEqual({
      policyYear: 2026,
      coverStartsOn: '2026-04-01',
      coverEndsOn: '2027-03-31',
    });
  });

  it('follows the Korean policy year (1 May – 30 April)', () => {
    expect(coverFor('2026-04-29', 5)).toEqual({
      policyYear: 2025,
      coverStartsOn: '2026-04-30',
      coverEndsOn: '2026-04-30',
    });
    expect(coverFor('2026-04-30', 5)).toEqual({
      policyYear: 2026,
      coverStartsOn: '2026-05-01',
      coverEndsOn: '2027-04-30',
    });
  });

  it('crosses month and leap-year ends', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('insurance plans, enrollments, roster and renewals', () => {
  let t: TestApp;
  let admin: TestClient;
  let base: string;
  let basic: { id: string };
  let volunteerId: string;
  const today = calendarDateIn('Asia/Tokyo');
  const yesterday = (() => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  })();

  beforeAll(async () => {
    t = await createTestApp();
    let orgId: string;
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
    basic = (await admin.post(`${base}/insurance-plans`, { name: '基本プラン', code: 'A', annualPremium: 350 })).json();
    volunteerId = (
      await admin.post(`${base}/volunteers`, {
        name: '保険 一郎',
        nameReading: 'ほけん いちろう',
        birthDate: '1950-01-02',
      })
    ).json().id;
    await admin.post(`${base}/volunteers/${volunteerId}/status`, { status: 'active' });
  });
  afterAll(() => t.close());

  it('enrolls today with cover from tomorrow, so the person is not insured yet today', async () => {
    const other = (await admin.post(`${base}/volunteers`, { name: '明日 から' })).json();
    const response = await admin.post(`${base}/volunteers/${other.id}/insurance-enrollments`, { planId: basic.id });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      enrolledOn: today,
      coverStartsOn: nextDay(today),
      recordedByName: '佐藤 花子',
    });
    expect((await admin.get(`${base}/volunteers/${other.id}`)).json().insuranceCovers).toEqual([]);
  });

  it('shows cover enrolled yesterday on the record and in the list filter, and refuses enrolling twice', async () => {
    const enrolled = await admin.post(`${base}/volunteers/${volunteerId}/insurance-enrollments`, {
      planId: basic.id,
      enrolledOn: yesterday,
    });
    expect(enrolled.statusCode).toBe(201);
    const record = (await admin.get(`${base}/volunteers/${volunteerId}`)).json();
    expect(record.insuranceCovers).toEqual([
      expect.objectContaining({ planName: '基本プラン', coverStartsOn: today, coversNaturalDisaster: false }),
    ]);
    const insured = (await admin.get(`${base}/volunteers?insured=yes`)).json().volunteers;
    expect(insured.map((v: { id: string }) => v.id)).toEqual([volunteerId]);
    const notInsured = (await admin.get(`${base}/volunteers?insured=no`)).json().volunteers;
    expect(notInsured.map((v: { id: string }) => v.id)).not.toContain(volunteerId);
    const twice = await admin.post(`${base}/volunteers/${volunteerId}/insurance-enrollments`, { planId: basic.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('INSURANCE_ALREADY_ENROLLED');
  });

  it('refuses unknown and archived plans', async () => {
    const disaster = (
      await admin.post(`${base}/insurance-plans`, { name: '天災プラン', coversNaturalDisaster: true })
    ).json();
    await admin.patch(`${base}/insurance-plans/${disaster.id}`, { archived: true });
    const archived = await admin.post(`${base}/volunteers/${volunteerId}/insurance-enrollments`, {
      planId: disaster.id,
    });
    expect(archived.json().error.code).toBe('INSURANCE_PLAN_NOT_FOUND');
    const unknown = await admin.post(`${base}/volunteers/${volunteerId}/insurance-enrollments`, {
      planId: '01900000-0000-7000-8000-00000000dead',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('lists the roster of the policy year and exports it for the insurer', async () => {
    const roster = (await admin.get(`${base}/insurance-enrollments`)).json();
    expect(roster.enrollments.map((e: { volunteerName: string }) => e.volunteerName)).toContain('保険 一郎');
    expect(roster.end.endsWith('-03-31')).toBe(true);
    const csv = await admin.request('GET', `${base}/insurance-enrollments/export?encoding=cp932`, undefined, {
      'accept-language': 'ja',
    });
    const text = iconv.decode(csv.rawPayload, 'cp932');
    expect(text.split('\r\n')[0]).toBe('氏名,ふりがな,生年月日,プラン,保険料,加入日,補償開始日,補償終了日');
    expect(text).toContain('保険 一郎,ほけん いちろう,1950-01-02,基本プラン,350');
  });

  it('lists active volunteers to renew before the year ends, and drops them once enrolled for the next year', async () => {
    const renewals = (await admin.get(`${base}/insurance-renewals`)).json();
    expect(renewals.volunteers).toEqual([expect.objectContaining({ volunteerId, planNames: ['基本プラン'] })]);
    const nextYearDay = renewals.coverEndsOn;
    await admin.post(`${base}/volunteers/${volunteerId}/insurance-enrollments`, {
      planId: basic.id,
      enrolledOn: nextYearDay,
    });
    expect((await admin.get(`${base}/insurance-renewals`)).json().volunteers).toEqual([]);
  });
});

describe('participation settings', () => {
  let t: TestApp;
  let admin: TestClient;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp();
    let orgId: string;
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}/participation-settings`;
  });
  afterAll(() => t.close());

  it('starts from the defaults of the organization’s country and keeps changes, audited', async () => {
    expect((await admin.get(base)).json()).toMatchObject({
      selfRegistrationOpen: true,
      insurancePolicyStartMonth: 4,
      insuranceCheck: 'warn',
      maxHoursPerDay: 8,
    });
    const changed = await admin.patch(base, {
      insuranceCheck: 'block',
      maxHoursPerDay: 6.5,
      milestoneHours: [100, 10, 10],
    });
    expect(changed.json()).toMatchObject({ insuranceCheck: 'block', maxHoursPerDay: 6.5, milestoneHours: [10, 100] });
    expect((await admin.get(base)).json().maxHoursPerDay).toBe(6.5);
    const bad = await admin.patch(base, { insurancePolicyStartMonth: 13 });
    expect(bad.statusCode).toBe(400);
  });
});
