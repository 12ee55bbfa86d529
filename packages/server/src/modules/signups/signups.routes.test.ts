import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';
import { extendSeries } from '../opportunities';
import { sendDigests } from './digest';
import { sendShiftReminders } from './reminders';

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

describe('activities, shifts and sign-ups', () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  let base: string;
  let volunteerSeq = 0;

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
  });
  afterAll(() => t.close());

  async function activity(overrides: Record<string, unknown> = {}) {
    const response = await admin.post(`${base}/opportunities`, {
      title: '高齢者サロンのお手伝い',
      category: 'elderly',
      address: '結び野市中央1-1',
      location: { lat: 35.68, lng: 139.76 },
      status: 'published',
      ...overrides,
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  async function shift(opportunityId: string, body: Record<string, unknown> = {}) {
    const response = await admin.post(`${base}/opportunities/${opportunityId}/shifts`, {
      startsAt: inHours(48),
      endsAt: inHours(51),
      roles: [{ name: null, capacity: 2 }],
      ...body,
    });
    expect(response.statusCode).toBe(201);
    return response.json().shifts[0];
  }

  async function volunteer(overrides: Record<string, unknown> = {}) {
    volunteerSeq += 1;
    const response = await admin.post(`${base}/volunteers`, {
      name: `参加 ${volunteerSeq}`,
      nameReading: `さんか ${'あいうえおかきくけこさしすせそたちつてと'[volunteerSeq % 20]}`,
      email: `v${volunteerSeq}@example.org`,
      confirmNotDuplicate: true,
      ...overrides,
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  const assign = (shiftId: string, volunteerId: string, roleId?: string) =>
    admin.post(`${base}/shifts/${shiftId}/signups`, { volunteerId, roleId });

  const outboxTo = async (to: string): Promise<{ subject: string; text: string }[]> =>
    (await admin.get(`${base}/outbox-messages?limit=200`)).json().messages.filter((m: { to: string }) => m.to === to);

  it('posts an activity with a weekly series in the organization’s time zone', async () => {
    const a = await activity();
    const response = await admin.post(`${base}/opportunities/${a.id}/shifts`, {
      startsAt: '2027-01-05T01:00:00.000Z', // Tuesday 10:00 in Tokyo
      endsAt: '2027-01-05T03:00:00.000Z',
      roles: [
        { name: null, capacity: 5 },
        { name: '運転', capacity: 1 },
      ],
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
    });
    expect(response.statusCode).toBe(201);
    const shifts = response.json().shifts;
    expect(shifts.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-01-05T01:00:00.000Z',
      '2027-01-12T01:00:00.000Z',
      '2027-01-19T01:00:00.000Z',
      '2027-01-26T01:00:00.000Z',
    ]);
    expect(shifts[0].roles.map((r: { name: string | null }) => r.name)).toEqual([null, '運転']);
    const bad = await admin.post(`${base}/opportunities/${a.id}/shifts`, {
      startsAt: '2027-01-05T01:00:00.000Z',
      endsAt: '2027-01-05T03:00:00.000Z',
      roles: [{ capacity: 1 }],
      rrule: 'FREQ=SOMETIMES',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('rrule');

    const moved = await admin.patch(`${base}/shifts/${shifts[1].id}`, {
      startsAt: '2027-01-12T02:00:00.000Z',
      endsAt: '2027-01-12T04:00:00.000Z',
    });
    expect(moved.json()).toMatchObject({ detached: true, seriesId: shifts[1].seriesId });
  });

  it('fills places, then the waitlist, and moves the first waiting person up on a cancellation', async () => {
    const a = await activity();
    const s = await shift(a.id);
    const [v1, v2, v3, v4] = [await volunteer(), await volunteer(), await volunteer(), await volunteer()];
    expect((await assign(s.id, v1.id)).json().status).toBe('confirmed');
    expect((await assign(s.id, v2.id)).json().status).toBe('confirmed');
    const third = (await assign(s.id, v3.id)).json();
    expect(third).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await assign(s.id, v4.id)).json().waitlistPosition).toBe(2);
    const again = await assign(s.id, v1.id);
    expect(again.json().error.code).toBe('SIGNUP_ALREADY');

    const roster = (await admin.get(`${base}/shifts/${s.id}/signups`)).json().signups;
    const first = roster.find((r: { volunteerId: string }) => r.volunteerId === v1.id);
    const cancelled = await admin.post(`${base}/signups/${first.id}/cancel`, { reason: '体調不良' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '体調不良' });
    const after = (await admin.get(`${base}/shifts/${s.id}/signups`)).json().signups;
    const status = (id: string) => after.find((r: { volunteerId: string }) => r.volunteerId === id).status;
    expect([status(v2.id), status(v3.id), status(v4.id)]).toEqual(['confirmed', 'confirmed', 'waitlisted']);

    const outbox = (await admin.get(`${base}/outbox-messages?limit=200`)).json().messages;
    const promotedMail = outbox.find(
      (m: { to: string; subject: string }) => m.to === v3.email && m.subject.includes('参加確定'),
    );
    expect(promotedMail).toBeDefined();
    // Cancelling twice changes nothing.
    expect((await admin.post(`${base}/signups/${first.id}/cancel`, {})).json().status).toBe('cancelled');
  });

  it('never gives the last places to more people than there are, however many ask at once', async () => {
    const a = await activity();
    const s = await shift(a.id, { roles: [{ capacity: 3 }], waitlist: false });
    const people = [];
    for (let i = 0; i < 12; i++) people.push(await volunteer());
    const results = await Promise.all(people.map((p) => assign(s.id, p.id)));
    const codes = results.map((r) => (r.statusCode === 201 ? r.json().status : r.json().error.code));
    expect(codes.filter((c) => c === 'confirmed')).toHaveLength(3);
    expect(codes.filter((c) => c === 'SHIFT_FULL')).toHaveLength(9);
    const shiftNow = (await admin.get(`${base}/shifts/${s.id}`)).json();
    expect(shiftNow.roles[0]).toMatchObject({ capacity: 3, confirmed: 3 });
  });

  it('refuses each rule with its own translated error', async () => {
    const skill = (await admin.post(`${base}/skills`, { kind: 'qualification', names: { ja: '普通救命講習' } })).json();
    const needsSkill = await activity({ requiredSkillIds: [skill.id] });
    const s1 = await shift(needsSkill.id);
    const plain = await volunteer();
    const refused = await admin.request(
      'POST',
      `${base}/shifts/${s1.id}/signups`,
      { volunteerId: plain.id },
      {
        'accept-language': 'ja',
      },
    );
    expect(refused.json().error).toMatchObject({
      code: 'SIGNUP_NOT_QUALIFIED',
      message: expect.stringContaining('普通救命講習'),
    });

    const adults = await activity({ minimumAge: 18 });
    const s2 = await shift(adults.id);
    const child = await volunteer({ birthDate: '2015-06-01' });
    expect((await assign(s2.id, child.id)).json().error).toMatchObject({
      code: 'SIGNUP_TOO_YOUNG',
      details: { minimumAge: 18 },
    });
    expect((await assign(s2.id, plain.id)).json().error.code).toBe('SIGNUP_AGE_UNKNOWN');

    const busy = await volunteer();
    const s3 = await shift((await activity()).id, { startsAt: inHours(72), endsAt: inHours(76) });
    const s4 = await shift((await activity()).id, { startsAt: inHours(74), endsAt: inHours(78) });
    expect((await assign(s3.id, busy.id)).statusCode).toBe(201);
    expect((await assign(s4.id, busy.id)).json().error.code).toBe('SIGNUP_OVERLAP');

    // 8 hours a day by default: 5 + 4 hours on one day is too much.
    const worker = await volunteer();
    const day = new Date(Date.now() + 5 * 24 * HOUR);
    day.setUTCHours(0, 0, 0, 0); // 09:00 in Tokyo
    const at = (h: number) => new Date(day.getTime() + h * HOUR).toISOString();
    const morning = await shift((await activity()).id, { startsAt: at(0), endsAt: at(5) });
    const afternoon = await shift((await activity()).id, { startsAt: at(6), endsAt: at(10) });
    expect((await assign(morning.id, worker.id)).statusCode).toBe(201);
    expect((await assign(afternoon.id, worker.id)).json().error).toMatchObject({
      code: 'SIGNUP_DAILY_LIMIT',
      details: { hours: 8 },
    });

    const paused = await volunteer();
    await admin.post(`${base}/volunteers/${paused.id}/status`, { status: 'inactive' });
    expect((await assign(s3.id, paused.id)).json().error.code).toBe('SIGNUP_VOLUNTEER_INACTIVE');

    const past = await activity();
    const started = await admin.post(`${base}/opportunities/${past.id}/shifts`, {
      startsAt: inHours(-1),
      endsAt: inHours(2),
      roles: [{ capacity: 2 }],
    });
    expect((await assign(started.json().shifts[0].id, worker.id)).json().error.code).toBe('SHIFT_STARTED');
  });

  it('warns or refuses people without insurance, as the organization chose, and checks a required plan', async () => {
    const s = await shift((await activity()).id, { startsAt: inHours(100), endsAt: inHours(102) });
    const uninsured = await volunteer();
    const warned = await assign(s.id, uninsured.id);
    expect(warned.json()).toMatchObject({ status: 'confirmed', warnings: ['not_insured'] });

    await admin.patch(`${base}/participation-settings`, { insuranceCheck: 'block' });
    const other = await volunteer();
    expect((await assign(s.id, other.id)).json().error.code).toBe('SIGNUP_NOT_INSURED');

    const basic = (await admin.post(`${base}/insurance-plans`, { name: '基本' })).json();
    const disaster = (
      await admin.post(`${base}/insurance-plans`, { name: '天災', coversNaturalDisaster: true })
    ).json();
    const today = new Date().toISOString().slice(0, 10);
    await admin.post(`${base}/volunteers/${other.id}/insurance-enrollments`, { planId: basic.id, enrolledOn: today });
    expect((await assign(s.id, other.id)).statusCode).toBe(201);

    const cleanup = await activity({ category: 'disaster', requiredInsurancePlanId: disaster.id });
    const s2 = await shift(cleanup.id, { startsAt: inHours(120), endsAt: inHours(122) });
    expect((await assign(s2.id, other.id)).json().error).toMatchObject({
      code: 'SIGNUP_INSURANCE_PLAN_REQUIRED',
      details: { plan: '天災' },
    });
    await admin.patch(`${base}/participation-settings`, { insuranceCheck: 'warn' });
  });

  it('lets a newcomer find a trial activity in the public catalogue and sign up, then cancel before the deadline', async () => {
    const trial = await activity({
      title: '体験: 子ども食堂の配膳',
      category: 'children',
      trial: true,
      beginnerFriendly: true,
    });
    const s = await shift(trial.id, { startsAt: inHours(30), endsAt: inHours(32) });
    await activity({ title: '内部向け会議', visibility: 'organization' });

    const visitor = new TestClient(t.app);
    const found = (await visitor.get('/api/v1/catalogue/opportunities?trial=true')).json();
    expect(found.entries.map((e: { title: string }) => e.title)).toEqual(['体験: 子ども食堂の配膳']);
    const near = (await visitor.get('/api/v1/catalogue/opportunities?lat=35.69&lng=139.77&radiusKm=3')).json();
    expect(near.entries.length).toBeGreaterThan(0);
    expect(near.entries.every((e: { distanceKm: number }) => e.distanceKm <= 3)).toBe(true);
    const far = (await visitor.get('/api/v1/catalogue/opportunities?lat=34.69&lng=135.50&radiusKm=10')).json();
    expect(far.entries).toEqual([]);
    // The map's background: the configured tiles, which the page's security policy lets the browser load.
    const map = await visitor.get('/api/v1/catalogue/map-settings');
    expect(map.json()).toEqual(t.app.deps.config.map);
    expect(map.headers['content-security-policy']).toMatch(/img-src 'self' data: https:\/\/tile\.openstreetmap\.org/);
    const page = (await visitor.get(`/api/v1/catalogue/opportunities/${trial.id}`)).json();
    expect(page.shifts[0]).toMatchObject({ id: s.id, open: true });

    await visitor.post(`/api/v1/organizations/${orgId}/registrations`, {
      name: '新井 ゆい',
      nameReading: 'あらい ゆい',
      email: 'yui@example.org',
      password: 'yui-password-12',
      consents: [{ purpose: 'contact', granted: true }],
    });
    const signup = await visitor.post(`/api/v1/shifts/${s.id}/signups`, {});
    expect(signup.statusCode).toBe(201);
    expect(signup.json().status).toBe('confirmed');
    const mine = (await visitor.get('/api/v1/me/signups')).json();
    expect(mine.upcoming).toEqual([expect.objectContaining({ title: '体験: 子ども食堂の配膳', status: 'confirmed' })]);

    const confirmation = (await admin.get(`${base}/outbox-messages?limit=200`))
      .json()
      .messages.find((m: { to: string }) => m.to === 'yui@example.org');
    expect(confirmation.subject).toContain('申込み完了');

    // 30 hours ahead, the 24-hour deadline has not passed.
    const cancel = await visitor.post(`/api/v1/me/signups/${signup.json().id}/cancel`, { reason: null });
    expect(cancel.json().status).toBe('cancelled');
  });

  it('refuses self-cancellation after the deadline, but a coordinator can still cancel', async () => {
    const a = await activity({ cancellationDeadlineHours: 48 });
    const s = await shift(a.id, { startsAt: inHours(30), endsAt: inHours(32) });
    const person = new TestClient(t.app);
    await person.post(`/api/v1/organizations/${orgId}/registrations`, {
      name: '期限 確認',
      email: 'late@example.org',
      password: 'late-password-12',
    });
    const signup = (await person.post(`/api/v1/shifts/${s.id}/signups`, {})).json();
    const tooLate = await person.post(`/api/v1/me/signups/${signup.id}/cancel`, {});
    expect(tooLate.json().error.code).toBe('SIGNUP_CANCEL_TOO_LATE');
    const byStaff = await admin.post(`${base}/signups/${signup.id}/cancel`, { reason: '本人から電話' });
    expect(byStaff.json().status).toBe('cancelled');
  });

  it('keeps the sign-up window, and hides organization-only activities from other organizations’ people', async () => {
    const a = await activity({ visibility: 'organization' });
    const s = await shift(a.id, { signupOpensDaysBefore: 1 });
    const insider = new TestClient(t.app);
    await insider.signIn('hanako@example.org', 'correct horse battery staple');
    // The window opens one day before a shift two days away.
    expect((await insider.post(`/api/v1/shifts/${s.id}/signups`, {})).json().error.code).toBe('SHIFT_NOT_OPEN');

    const added = await admin.post(`${base}/network/members`, {
      organization: { name: '別の団体', kind: 'npo', locale: 'ja', timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 },
      adminName: '別 管理者',
      adminEmail: 'other-admin@example.org',
    });
    const outsider = new TestClient(t.app);
    await outsider.post(`/api/v1/organizations/${added.json().id}/registrations`, {
      name: '外部 花',
      email: 'outsider@example.org',
      password: 'outsider-password-1',
    });
    const refused = await outsider.post(`/api/v1/shifts/${s.id}/signups`, {});
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('SHIFT_NOT_FOUND');
    const catalogue = (await outsider.get(`/api/v1/catalogue/opportunities/${a.id}`)).statusCode;
    expect(catalogue).toBe(404);
  });

  it('sends each reminder once, at the organization’s hours before the start', async () => {
    const a = await activity({ title: 'リマインド確認' });
    const s = await shift(a.id, { startsAt: inHours(10), endsAt: inHours(12) });
    const v = await volunteer();
    await assign(s.id, v.id);
    const first = await sendShiftReminders(t.app.deps);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await sendShiftReminders(t.app.deps)).toBe(0);
    const reminders = (await admin.get(`${base}/outbox-messages?limit=200`))
      .json()
      .messages.filter(
        (m: { to: string; subject: string }) => m.to === v.email && m.subject.startsWith('【リマインド】'),
      );
    expect(reminders).toHaveLength(1);
  });

  it('serves my shifts and the public activities as iCalendar (RFC 5545)', async () => {
    const a = await activity({ title: '公園清掃' });
    const s = await shift(a.id, { startsAt: '2027-03-01T00:00:00.000Z', endsAt: '2027-03-01T02:00:00.000Z' });
    const me = new TestClient(t.app);
    await me.post(`/api/v1/organizations/${orgId}/registrations`, {
      name: '暦 太郎',
      email: 'koyomi@example.org',
      password: 'koyomi-password-1',
    });
    await me.post(`/api/v1/shifts/${s.id}/signups`, {});
    const { url } = (await me.get('/api/v1/me/calendar-feed')).json();
    const feedPath = new URL(url).pathname;
    const anonymous = new TestClient(t.app);
    const feed = await anonymous.get(feedPath);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('SUMMARY:公園清掃');
    expect(feed.body).toContain('DTSTART:20270301T000000Z');

    const rotated = (await me.post('/api/v1/me/calendar-feed', {})).json();
    expect(rotated.url).not.toBe(url);
    expect((await anonymous.get(feedPath)).statusCode).toBe(404);

    const org = await anonymous.get(`${base}/opportunities.ics`);
    expect(org.body).toContain('SUMMARY:公園清掃');
    expect(org.body).not.toContain('内部向け会議');
  });

  it('counts hours and milestones from past shifts, and lists lapsed volunteers to call', async () => {
    const v = await volunteer();
    const history = (await admin.get(`${base}/volunteers/${v.id}/participation`)).json();
    expect(history).toMatchObject({ totalShifts: 0, totalHours: 0, nextMilestone: 10 });
    const lapsed = (await admin.get(`${base}/lapsed-volunteers`)).json();
    expect(lapsed.volunteers).toEqual([]);
  });

  it('keeps each series a year ahead with a daily job, and never makes an occurrence twice', async () => {
    const a = await activity({ title: '毎週の見守り訪問' });
    const start = new Date(Date.now() + 2 * 86_400_000);
    start.setUTCHours(1, 0, 0, 0);
    const made = await admin.post(`${base}/opportunities/${a.id}/shifts`, {
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
      roles: [{ name: null, capacity: 3 }],
      waitlist: false,
      signupClosesHoursBefore: 12,
      rrule: 'FREQ=WEEKLY',
    });
    const first = made.json().shifts as { id: string; startsAt: string }[];
    // A year from the first start: 53 weeks.
    expect(first).toHaveLength(53);
    const last = new Date(first.at(-1)!.startsAt);
    await admin.post(`${base}/shifts/${first.at(-1)!.id}/cancel`, { reason: '祝日' });

    // Thirty days later the job adds the weeks that came within a year, in the series' rhythm.
    const later = new Date(Date.now() + 30 * 86_400_000);
    expect(await extendSeries(t.app.deps.db, later)).toBeGreaterThanOrEqual(4);
    expect(await extendSeries(t.app.deps.db, later)).toBe(0);
    const all = (await admin.get(`${base}/opportunities/${a.id}/shifts?limit=500`)).json().shifts as {
      startsAt: string;
      status: string;
      waitlist: boolean;
      roles: { capacity: number }[];
    }[];
    const added = all.filter((s) => new Date(s.startsAt) > last);
    expect(added.length).toBeGreaterThanOrEqual(4);
    expect(new Date(added[0].startsAt).getTime() - last.getTime()).toBe(7 * 86_400_000);
    expect(added.every((s) => s.status === 'scheduled' && !s.waitlist && s.roles[0].capacity === 3)).toBe(true);
    // The cancelled occurrence stays cancelled: nothing is made again.
    expect(all.filter((s) => s.startsAt === last.toISOString()).map((s) => s.status)).toEqual(['cancelled']);

    // A closed activity's series gets no more dates.
    await admin.patch(`${base}/opportunities/${a.id}`, { status: 'closed' });
    expect(await extendSeries(t.app.deps.db, new Date(Date.now() + 90 * 86_400_000))).toBe(0);
  });

  it('cancels a whole activity: its coming shifts, every place, one message per person, and no more changes', async () => {
    const a = await activity({ title: '夏祭りの運営補助' });
    const s1 = await shift(a.id, { startsAt: inHours(72), endsAt: inHours(75) });
    const s2 = await shift(a.id, { startsAt: inHours(96), endsAt: inHours(99) });
    const [v1, v2] = [await volunteer(), await volunteer()];
    await assign(s1.id, v1.id);
    await assign(s2.id, v1.id);
    await assign(s2.id, v2.id);

    expect((await admin.patch(`${base}/opportunities/${a.id}`, { status: 'cancelled' })).statusCode).toBe(400);
    const bare = await admin.post(`${base}/opportunities/${a.id}/cancel`, { reason: ' ' });
    expect(bare.statusCode).toBe(400);
    expect((await admin.get(`${base}/opportunities/${a.id}`)).json().status).toBe('published');

    const cancelled = await admin.post(`${base}/opportunities/${a.id}/cancel`, { reason: '台風の接近' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    const shifts = (await admin.get(`${base}/opportunities/${a.id}/shifts`)).json().shifts;
    expect(shifts.map((s: { status: string; cancelReason: string }) => [s.status, s.cancelReason])).toEqual([
      ['cancelled', '台風の接近'],
      ['cancelled', '台風の接近'],
    ]);
    const roster = (await admin.get(`${base}/shifts/${s2.id}/signups`)).json().signups;
    expect(roster.map((r: { status: string }) => r.status)).toEqual(['cancelled', 'cancelled']);
    // v1 had two dates and hears it once; so does v2.
    for (const v of [v1, v2]) {
      const mails = (await outboxTo(v.email)).filter((m) => m.subject.includes('活動中止'));
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain('夏祭りの運営補助');
    }

    const again = await admin.post(`${base}/opportunities/${a.id}/cancel`, { reason: '台風の接近' });
    expect(again.json().status).toBe('cancelled');
    expect((await outboxTo(v1.email)).filter((m) => m.subject.includes('活動中止'))).toHaveLength(1);
    const reopen = await admin.patch(`${base}/opportunities/${a.id}`, { status: 'published' });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error).toMatchObject({
      code: 'OPPORTUNITY_CANCELLED',
      message: expect.stringContaining('中止'),
    });
    const more = await admin.post(`${base}/opportunities/${a.id}/shifts`, {
      startsAt: inHours(120),
      endsAt: inHours(122),
      roles: [{ capacity: 1 }],
    });
    expect(more.json().error.code).toBe('OPPORTUNITY_CANCELLED');
    const audit = (await admin.get(`${base}/audit-entries?limit=50`)).json().entries;
    expect(audit.find((e: { action: string }) => e.action === 'OPPORTUNITY_CANCELLED')).toMatchObject({
      targetId: a.id,
      summary: { reason: '台風の接近', shiftsCancelled: 2, signupsCancelled: 3 },
    });
  });

  it('gathers confirmations into one daily digest at the organization’s hour, and still sends reminders at once', async () => {
    const a = await activity({ title: 'まとめ便の確認' });
    const s1 = await shift(a.id, { startsAt: inHours(10), endsAt: inHours(12) });
    const s2 = await shift(a.id, { startsAt: inHours(34), endsAt: inHours(36) });
    const v = await volunteer({ mailDigest: true });
    expect(v.mailDigest).toBe(true);
    await assign(s1.id, v.id);
    await assign(s2.id, v.id);
    expect(await outboxTo(v.email)).toEqual([]);

    // The reminder for the shift ten hours away is time-sensitive: it does not wait.
    await sendShiftReminders(t.app.deps);
    expect((await outboxTo(v.email)).map((m) => m.subject)).toEqual([expect.stringContaining('【リマインド】')]);

    await admin.patch(`${base}/participation-settings`, { digestHour: 7 });
    // Tomorrow 06:00 in Tokyo is before the digest hour; 07:30 is after it.
    const tokyoTomorrow = (hour: number, minute: number) => {
      const date = new Date(Date.now() + 86_400_000 + 9 * HOUR);
      return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour - 9, minute));
    };
    expect(await sendDigests(t.app.deps, tokyoTomorrow(6, 0))).toBe(0);
    expect(await sendDigests(t.app.deps, tokyoTomorrow(7, 30))).toBeGreaterThanOrEqual(1);
    expect(await sendDigests(t.app.deps, tokyoTomorrow(7, 45))).toBe(0);
    const digests = (await outboxTo(v.email)).filter((m) => m.subject.includes('本日のまとめ'));
    expect(digests).toHaveLength(1);
    expect(digests[0].text.match(/・【申込み完了】まとめ便の確認/g)).toHaveLength(2);
  });

  it('gives added places to the waitlist and tells everyone on a shift when its time moves', async () => {
    const a = await activity({ title: '時間変更の確認' });
    const s = await shift(a.id, { roles: [{ name: null, capacity: 1 }] });
    const [v1, v2] = [await volunteer(), await volunteer()];
    await assign(s.id, v1.id);
    expect((await assign(s.id, v2.id)).json().status).toBe('waitlisted');

    const roleId = s.roles[0].id;
    const wider = await admin.patch(`${base}/shifts/${s.id}`, { roles: [{ id: roleId, capacity: 2 }] });
    expect(wider.json().roles[0]).toMatchObject({ capacity: 2, confirmed: 2, waitlisted: 0 });
    expect((await outboxTo(v2.email)).map((m) => m.subject)).toContainEqual(expect.stringContaining('【参加確定】'));
    expect((await outboxTo(v1.email)).some((m) => m.subject.includes('日時変更'))).toBe(false);

    const later = await admin.patch(`${base}/shifts/${s.id}`, { startsAt: inHours(50), endsAt: inHours(53) });
    expect(later.statusCode).toBe(200);
    for (const v of [v1, v2]) {
      const changed = (await outboxTo(v.email)).filter((m) => m.subject.includes('日時変更'));
      expect(changed).toHaveLength(1);
      expect(changed[0].text).toContain('時間変更の確認');
    }
  });
});
