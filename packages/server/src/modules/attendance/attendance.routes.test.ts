import type { TAttendanceRecord, TScanRequest } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import type { TestClient } from '../../test/test-app';
import { createWorld, minutesAgo, plusMinutes, SITE, scanId, type World, yesterdayAt } from './attendance.fixtures';
import { closeForgottenClockOuts } from './auto-close.service';

describe('attendance: codes, scans, rules and the approval queue', () => {
  let w: World;
  let a: { id: string; title: string };

  beforeAll(async () => {
    w = await createWorld();
    a = await w.activity();
  });
  afterAll(() => w.close());

  const scan = (client: TestClient, body: Partial<TScanRequest> & { code: string }, id = scanId()) =>
    client.put(`/api/v1/attendance/scans/${id}`, { kind: 'site', action: 'in', ...body });

  async function screenCode(opportunityId: string, at: Date): Promise<string> {
    const response = await w.staff.get(
      `${w.base}/attendance/site-codes?opportunityId=${opportunityId}&from=${at.toISOString()}&count=1`,
    );
    expect(response.statusCode).toBe(200);
    return response.json().codes[0].code;
  }

  async function cardCode(volunteerId: string): Promise<string> {
    const response = await w.coordinator.get(`${w.base}/attendance/personal-codes/${volunteerId}`);
    expect(response.statusCode).toBe(200);
    return response.json().code;
  }

  /** The staff kiosk scans a volunteer's card. */
  async function kiosk(volunteerId: string, action: 'in' | 'out', at: Date, opportunityId = a.id) {
    const response = await scan(w.staff, {
      kind: 'personal',
      code: await cardCode(volunteerId),
      action,
      scannedAt: at.toISOString(),
      opportunityId,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function record(id: string): Promise<TAttendanceRecord> {
    const response = await w.coordinator.get(`${w.base}/attendance/records/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const storedScans = async () =>
    (await queryRows<{ n: number }>(w.t.database.db, sql`select count(*)::int as n from attendance_scan`))[0]?.n;

  // ------------------------------------------------------------ codes and scans

  it('rotating screen codes: a step per 30 s, contiguous, compact', async () => {
    const from = new Date();
    const response = await w.staff.get(
      `${w.base}/attendance/site-codes?opportunityId=${a.id}&from=${from.toISOString()}&count=4`,
    );
    const body = response.json();
    expect(body).toMatchObject({ opportunityId: a.id, opportunityTitle: a.title, stepSeconds: 30 });
    expect(body.codes).toHaveLength(4);
    for (let i = 1; i < 4; i++) expect(body.codes[i].validFrom).toBe(body.codes[i - 1].validUntil);
    expect(Date.parse(body.codes[0].validFrom)).toBeLessThanOrEqual(from.getTime());
    expect(new Set(body.codes.map((c: { code: string }) => c.code)).size).toBe(4);
    for (const { code } of body.codes) {
      expect(code).toMatch(/^M1\.S\./);
      expect(code.length).toBeLessThan(100);
    }
  });

  it('a volunteer clocks in and out with the screen code; within the tolerance it is approved and credited', async () => {
    const v = await w.person('画面 太郎');
    const start = minutesAgo(9);
    const end = minutesAgo(1);
    await w.shift(a.id, start, end, [v.volunteerId]);
    const inAt = plusMinutes(start, 1);
    const first = await scan(v.client, { code: await screenCode(a.id, inAt), scannedAt: inAt.toISOString() });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      result: 'accepted',
      attendance: { status: 'open', volunteerName: '画面 太郎', opportunityTitle: a.title, clockOutAt: null },
    });
    const outAt = minutesAgo(0.5);
    const out = await scan(v.client, {
      code: await screenCode(a.id, outAt),
      action: 'out',
      scannedAt: outAt.toISOString(),
    });
    expect(out.json()).toMatchObject({ result: 'accepted', attendance: { status: 'approved', flags: [] } });
    const done = await record(out.json().attendance.id);
    expect(done).toMatchObject({
      status: 'approved',
      methodIn: 'screen',
      methodOut: 'screen',
      roleName: '受付',
      creditedMinutes: Math.floor((outAt.getTime() - inAt.getTime()) / 60_000),
      decidedByName: null,
    });
    expect(done.ledgerTransferId).toEqual(expect.any(String));
    const mine = (await v.client.get('/api/v1/me/attendance')).json().records;
    expect(mine).toEqual([
      expect.objectContaining({ id: done.id, status: 'approved', organizationName: expect.any(String) }),
    ]);
  });

  it('refuses forged, altered, expired, replayed-later, future and too-old codes, and stores each refusal', async () => {
    const v = await w.person();
    const now = new Date();
    const code = await screenCode(a.id, now);
    const other = await w.activity();
    const otherCode = await screenCode(other.id, now);
    const parts = code.split('.');
    const forgedMac = [...parts.slice(0, -1), `${parts.at(-1)?.[0] === 'A' ? 'B' : 'A'}${parts.at(-1)?.slice(1)}`].join(
      '.',
    );
    // Another activity's fields under this code's signature.
    const swapped = [...otherCode.split('.').slice(0, 5), ...parts.slice(5)].join('.');
    const cases: [string, Partial<TScanRequest> & { code: string }][] = [
      ['ATTENDANCE_CODE_INVALID', { code: forgedMac, scannedAt: now.toISOString() }],
      ['ATTENDANCE_CODE_INVALID', { code: swapped, scannedAt: now.toISOString() }],
      // A code photographed now and submitted as if scanned ten minutes later.
      ['ATTENDANCE_CODE_EXPIRED', { code: await screenCode(a.id, minutesAgo(10)), scannedAt: now.toISOString() }],
      ['ATTENDANCE_SCAN_TIME_INVALID', { code, scannedAt: plusMinutes(now, 5).toISOString() }],
      ['ATTENDANCE_SCAN_TIME_INVALID', { code, scannedAt: minutesAgo(73 * 60).toISOString() }],
      ['ATTENDANCE_CODE_INVALID', { code, kind: 'personal', opportunityId: a.id, scannedAt: now.toISOString() }],
    ];
    const before = await storedScans();
    for (const [expected, body] of cases) {
      const id = scanId();
      const response = await scan(v.client, body, id);
      expect(response.statusCode, expected).toBe(200);
      expect(response.json(), expected).toEqual({ scanId: id, result: 'refused', code: expected });
      expect((await scan(v.client, body, id)).json()).toEqual(response.json());
    }
    expect(await storedScans()).toBe((before ?? 0) + cases.length);
    // Not an attendance code at all: refused, not stored, the same answer again.
    const id = scanId();
    const junk = await scan(v.client, { code: 'https://example.org/', scannedAt: now.toISOString() }, id);
    expect(junk.json()).toEqual({ scanId: id, result: 'refused', code: 'ATTENDANCE_CODE_INVALID' });
    expect((await scan(v.client, { code: 'https://example.org/', scannedAt: now.toISOString() }, id)).json()).toEqual(
      junk.json(),
    );
    const records = await queryRows<{ n: number }>(
      w.t.database.db,
      sql`select count(*)::int as n from attendance_record where volunteer_id = ${v.volunteerId}`,
    );
    expect(records[0]?.n).toBe(0);
  });

  it('answers a replay with the original response, refuses the same id with another body, checks the id', async () => {
    const v = await w.person();
    const at = new Date();
    const body = { code: await screenCode(a.id, at), scannedAt: at.toISOString() };
    const id = scanId();
    const first = await scan(v.client, body, id);
    const again = await scan(v.client, { ...body, scannedAt: at.toISOString().replace('Z', '+00:00') }, id);
    expect(again.json()).toEqual(first.json());
    const reused = await scan(v.client, { ...body, action: 'out' }, id);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('SCAN_ID_REUSED');
    // Someone else sending that id is a different body too.
    const stranger = await w.person();
    expect((await scan(stranger.client, body, id)).statusCode).toBe(409);
    const v4 = await scan(v.client, body, crypto.randomUUID());
    expect(v4.statusCode).toBe(400);
    expect(v4.json().error.fields[0].path).toBe('scanId');
    const records = await queryRows<{ n: number }>(
      w.t.database.db,
      sql`select count(*)::int as n from attendance_record where volunteer_id = ${v.volunteerId}`,
    );
    expect(records[0]?.n).toBe(1);
  });

  it('refuses a site scan from someone who is not a volunteer of the organization', async () => {
    const at = new Date();
    const response = await scan(w.coordinator, { code: await screenCode(a.id, at), scannedAt: at.toISOString() });
    expect(response.json()).toMatchObject({ result: 'refused', code: 'ATTENDANCE_NOT_A_VOLUNTEER' });
  });

  it('poster codes work until re-issued; the old poster is then refused as revoked', async () => {
    const v = await w.person();
    const poster = (await w.staff.get(`${w.base}/attendance/sites/${a.id}/poster-code`)).json();
    expect(poster).toMatchObject({ opportunityId: a.id, generation: 1 });
    expect(poster.code).toMatch(/^M1\.P\./);
    const at = minutesAgo(30);
    const accepted = await scan(v.client, { code: poster.code, scannedAt: at.toISOString() });
    expect(accepted.json()).toMatchObject({ result: 'accepted', attendance: { status: 'open' } });
    expect((await w.staff.post(`${w.base}/attendance/sites/${a.id}/poster-code/reissue`)).statusCode).toBe(403);
    const reissued = (await w.coordinator.post(`${w.base}/attendance/sites/${a.id}/poster-code/reissue`)).json();
    expect(reissued.generation).toBe(2);
    const old = await scan(v.client, { code: poster.code, action: 'out', scannedAt: new Date().toISOString() });
    expect(old.json()).toMatchObject({ result: 'refused', code: 'ATTENDANCE_CODE_REVOKED' });
    const fresh = await scan(v.client, { code: reissued.code, action: 'out', scannedAt: new Date().toISOString() });
    expect(fresh.json()).toMatchObject({ result: 'accepted', attendance: { status: 'pending' } });
    const r = await record(fresh.json().attendance.id);
    expect(r).toMatchObject({ methodIn: 'poster', methodOut: 'poster', flags: ['no_shift', 'synced_late'] });
  });

  it('the printable poster is an SVG with the QR code and the activity', async () => {
    const response = await w.staff.get(`${w.base}/attendance/sites/${a.id}/poster.svg?locale=en`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    expect(response.body).toContain('<svg');
    expect(response.body).toContain(a.title);
    expect(response.body).toContain('Check in and out here');
    expect(response.body).toMatch(/<path d="M\d+ \d+h1v1h-1z/);
  });

  it('personal codes: shown to their owner only, scanned by staff, renewed (the old one revoked)', async () => {
    const v = await w.person('個人 花子');
    const other = await w.person();
    const mine = await v.client.get(`/api/v1/me/attendance-codes/${v.volunteerId}`);
    expect(mine.json()).toMatchObject({ volunteerId: v.volunteerId, orgId: w.orgId, generation: 1 });
    expect((await v.client.get('/api/v1/me/attendance-codes')).json().codes).toHaveLength(1);
    expect((await other.client.get(`/api/v1/me/attendance-codes/${v.volunteerId}`)).statusCode).toBe(404);
    const code = mine.json().code as string;
    const at = minutesAgo(60);
    const body = { kind: 'personal' as const, code, scannedAt: at.toISOString(), opportunityId: a.id };
    // A volunteer cannot scan someone's card; staff can.
    expect((await scan(other.client, body)).json()).toMatchObject({ result: 'refused', code: 'FORBIDDEN' });
    const byStaff = await scan(w.staff, body);
    expect(byStaff.json()).toMatchObject({ result: 'accepted', attendance: { volunteerName: '個人 花子' } });
    expect((await record(byStaff.json().attendance.id)).recordedByName).toBe('受付 鈴木');
    // Without the activity a personal scan is malformed.
    expect(
      (await w.staff.put(`/api/v1/attendance/scans/${scanId()}`, { ...body, opportunityId: undefined })).statusCode,
    ).toBe(400);

    const renewed = (await v.client.post(`/api/v1/me/attendance-codes/${v.volunteerId}/renew`)).json();
    expect(renewed.generation).toBe(2);
    const outBody = { ...body, action: 'out' as const, scannedAt: minutesAgo(5).toISOString() };
    expect((await scan(w.staff, outBody)).json()).toMatchObject({ result: 'refused', code: 'ATTENDANCE_CODE_REVOKED' });
    expect((await scan(w.staff, { ...outBody, code: renewed.code })).json()).toMatchObject({ result: 'accepted' });
    // Staff revoke a lost card.
    expect((await w.staff.post(`${w.base}/attendance/personal-codes/${v.volunteerId}/renew`)).statusCode).toBe(403);
    const third = await w.coordinator.post(`${w.base}/attendance/personal-codes/${v.volunteerId}/renew`);
    expect(third.json().generation).toBe(3);
  });

  // ------------------------------------------------------------ pairing

  it('pairs scans by time whatever order they arrive in, and refuses the impossible ones', async () => {
    const v = await w.volunteer();
    const inAt = yesterdayAt(10);
    const outAt = yesterdayAt(12);
    // The clock-out arrives first (an offline phone synced late): kept, waiting for its clock-in.
    const out = await kiosk(v, 'out', outAt);
    expect(out.attendance).toMatchObject({ status: 'open', clockInAt: null, clockOutAt: outAt.toISOString() });
    expect((await kiosk(v, 'in', plusMinutes(outAt, 5))).code).toBe('ATTENDANCE_OUT_BEFORE_IN');
    const done = await kiosk(v, 'in', inAt);
    expect(done.attendance).toMatchObject({
      id: out.attendance.id,
      clockInAt: inAt.toISOString(),
      creditedMinutes: 120,
    });
    expect((await kiosk(v, 'in', yesterdayAt(13))).code).toBe('ATTENDANCE_ALREADY_CLOSED');
    expect((await kiosk(v, 'out', yesterdayAt(13))).code).toBe('ATTENDANCE_ALREADY_CLOSED');

    const u = await w.volunteer();
    expect((await kiosk(u, 'in', yesterdayAt(9))).result).toBe('accepted');
    expect((await kiosk(u, 'in', yesterdayAt(9, 5))).code).toBe('ATTENDANCE_ALREADY_OPEN');
    expect((await kiosk(u, 'out', yesterdayAt(8))).code).toBe('ATTENDANCE_OUT_BEFORE_IN');
    expect((await kiosk(u, 'out', yesterdayAt(11))).result).toBe('accepted');
    const rows = await queryRows<{ n: number }>(
      w.t.database.db,
      sql`select count(*)::int as n from attendance_record where volunteer_id in (${v}, ${u})`,
    );
    expect(rows[0]?.n).toBe(2);
  });

  it('a clock-out after midnight closes the evening’s record', async () => {
    const v = await w.volunteer();
    const inAt = yesterdayAt(22);
    const outAt = plusMinutes(inAt, 150);
    if (outAt > new Date()) return; // the test runs in the first hours of a Tokyo day: nothing to cross yet
    const opened = await kiosk(v, 'in', inAt);
    const closed = await kiosk(v, 'out', outAt);
    expect(closed.attendance).toMatchObject({ id: opened.attendance.id, creditedMinutes: 150 });
  });

  // ------------------------------------------------------------ rules

  it('credits only from the shift start, moves the start for a late arrival, flags beyond the tolerance', async () => {
    const early = await w.volunteer();
    const late = await w.volunteer();
    const leaver = await w.volunteer();
    const stayer = await w.volunteer();
    await w.shift(a.id, yesterdayAt(10), yesterdayAt(12), [early, late, leaver, stayer]);

    await kiosk(early, 'in', yesterdayAt(9, 30));
    const e = (await kiosk(early, 'out', yesterdayAt(12, 5))).attendance;
    expect(e).toMatchObject({ status: 'approved', creditedMinutes: 125, flags: [] });
    expect((await record(e.id)).creditedStart).toBe(yesterdayAt(10).toISOString());

    await kiosk(late, 'in', yesterdayAt(10, 30));
    const l = (await kiosk(late, 'out', yesterdayAt(12))).attendance;
    expect(l).toMatchObject({ status: 'pending', creditedMinutes: 90, flags: ['late_arrival'] });

    await kiosk(leaver, 'in', yesterdayAt(10));
    expect((await kiosk(leaver, 'out', yesterdayAt(11))).attendance).toMatchObject({
      status: 'pending',
      creditedMinutes: 60,
      flags: ['left_early'],
    });
    await kiosk(stayer, 'in', yesterdayAt(10));
    expect((await kiosk(stayer, 'out', yesterdayAt(13))).attendance).toMatchObject({
      status: 'pending',
      creditedMinutes: 180,
      flags: ['stayed_late'],
    });

    const unbooked = await w.volunteer();
    await kiosk(unbooked, 'in', yesterdayAt(10));
    expect((await kiosk(unbooked, 'out', yesterdayAt(11))).attendance).toMatchObject({
      status: 'pending',
      flags: ['no_shift'],
    });
  });

  it('applies the organization’s settings: credit before the start, the daily maximum', async () => {
    const settings = (await w.staff.get(`${w.base}/attendance/settings`)).json();
    expect(settings).toEqual({
      creditBeforeShiftStart: false,
      autoApproveToleranceMinutes: 10,
      autoCloseAfterHours: 8,
      dailyMaxMinutes: 480,
      offlineWindowHours: 72,
    });
    const changed = { ...settings, creditBeforeShiftStart: true, dailyMaxMinutes: 150 };
    expect((await w.staff.put(`${w.base}/attendance/settings`, changed)).statusCode).toBe(403);
    const bad = await w.coordinator.put(`${w.base}/attendance/settings`, { ...changed, dailyMaxMinutes: 5 });
    expect(bad.statusCode).toBe(400);
    expect((await w.coordinator.put(`${w.base}/attendance/settings`, changed)).json()).toEqual(changed);
    try {
      const v = await w.volunteer();
      const b = await w.activity();
      await w.shift(a.id, yesterdayAt(10), yesterdayAt(12), [v]);
      await w.shift(b.id, yesterdayAt(13), yesterdayAt(14), [v]);
      await kiosk(v, 'in', yesterdayAt(9, 30));
      const first = (await kiosk(v, 'out', yesterdayAt(12))).attendance;
      expect(first).toMatchObject({ status: 'approved', creditedMinutes: 150, flags: [] });
      await kiosk(v, 'in', yesterdayAt(13), b.id);
      const second = (await kiosk(v, 'out', yesterdayAt(14), b.id)).attendance;
      expect(second).toMatchObject({ status: 'pending', creditedMinutes: 0, flags: ['daily_max'] });
    } finally {
      await w.coordinator.put(`${w.base}/attendance/settings`, settings);
    }
  });

  it('flags scans outside the geofence (never refuses them) and scans without a position', async () => {
    const b = await w.activity();
    const noPlace = await w.activity({ location: null, address: null, online: true });
    const refused = await w.coordinator.put(`${w.base}/attendance/sites/${noPlace.id}`, { geofenceRadiusM: 100 });
    expect(refused.json().error.code).toBe('ATTENDANCE_SITE_NO_LOCATION');
    const site = await w.coordinator.put(`${w.base}/attendance/sites/${b.id}`, { geofenceRadiusM: 200 });
    expect(site.json()).toMatchObject({ opportunityId: b.id, hasLocation: true, geofenceRadiusM: 200 });
    const sites = (await w.staff.get(`${w.base}/attendance/sites`)).json().sites;
    expect(sites.find((s: { opportunityId: string }) => s.opportunityId === b.id).geofenceRadiusM).toBe(200);

    const near = { lat: SITE.lat + 0.0005, lng: SITE.lng, accuracyM: 20 }; // about 55 m
    const far = { lat: SITE.lat + 0.01, lng: SITE.lng, accuracyM: 20 }; // about 1.1 km
    const [v1, v2, v3] = [await w.person(), await w.person(), await w.person()];
    const at = new Date();
    const code = await screenCode(b.id, at);
    const body = { code, scannedAt: at.toISOString() };
    expect((await scan(v1.client, { ...body, position: near })).json().attendance.flags).toEqual([]);
    expect((await scan(v2.client, { ...body, position: far })).json()).toMatchObject({
      result: 'accepted',
      attendance: { flags: ['outside_geofence'] },
    });
    expect((await scan(v3.client, body)).json().attendance.flags).toEqual(['no_position']);
  });

  it('places: codes that name a place, checked against the place’s own geofence', async () => {
    const b = await w.activity();
    const other = await w.activity();
    const east = { lat: SITE.lat, lng: SITE.lng + 0.01 }; // about 900 m east of the activity's address
    const placeBody = { name: '東口', location: east, geofenceRadiusM: 100 };
    expect((await w.staff.post(`${w.base}/attendance/sites/${b.id}/places`, placeBody)).statusCode).toBe(403);
    const created = await w.coordinator.post(`${w.base}/attendance/sites/${b.id}/places`, placeBody);
    expect(created.statusCode).toBe(201);
    const place = created.json();
    expect(place).toMatchObject({ opportunityId: b.id, name: '東口', location: east, geofenceRadiusM: 100 });
    const renamed = await w.coordinator.put(`${w.base}/attendance/sites/${b.id}/places/${place.id}`, {
      ...placeBody,
      name: '東口（体育館側）',
    });
    expect(renamed.json().name).toBe('東口（体育館側）');
    expect((await w.staff.get(`${w.base}/attendance/sites/${b.id}/places`)).json().places).toHaveLength(1);
    const elsewhere = await w.coordinator.put(`${w.base}/attendance/sites/${other.id}/places/${place.id}`, placeBody);
    expect(elsewhere.json().error.code).toBe('ATTENDANCE_PLACE_NOT_FOUND');
    const wrongSite = await w.staff.get(
      `${w.base}/attendance/site-codes?opportunityId=${other.id}&placeId=${place.id}`,
    );
    expect(wrongSite.json().error.code).toBe('ATTENDANCE_PLACE_NOT_FOUND');

    const at = new Date();
    const codes = (
      await w.staff.get(
        `${w.base}/attendance/site-codes?opportunityId=${b.id}&placeId=${place.id}&from=${at.toISOString()}&count=1`,
      )
    ).json();
    expect(codes).toMatchObject({ placeId: place.id, placeName: '東口（体育館側）' });
    const code = codes.codes[0].code as string;
    expect(code.length).toBeLessThan(125);
    const [atPlace, atAddress] = [await w.person(), await w.person()];
    const near = await scan(atPlace.client, {
      code,
      scannedAt: at.toISOString(),
      position: { ...east, accuracyM: 10 },
    });
    expect(near.json()).toMatchObject({ result: 'accepted', attendance: { placeName: '東口（体育館側）', flags: [] } });
    expect((await record(near.json().attendance.id)).placeId).toBe(place.id);
    const far = await scan(atAddress.client, {
      code,
      scannedAt: at.toISOString(),
      position: { ...SITE, accuracyM: 10 },
    });
    expect(far.json().attendance.flags).toEqual(['outside_geofence']);
    const poster = (await w.staff.get(`${w.base}/attendance/sites/${b.id}/poster-code?placeId=${place.id}`)).json();
    expect(poster).toMatchObject({ placeId: place.id, placeName: '東口（体育館側）' });
    expect(poster.code).not.toBe((await w.staff.get(`${w.base}/attendance/sites/${b.id}/poster-code`)).json().code);
  });

  it('closes forgotten clock-outs at the shift end (flagged); a late real clock-out still replaces it', async () => {
    const v = await w.volunteer();
    const lone = await w.volunteer();
    await w.shift(a.id, yesterdayAt(10), yesterdayAt(12), [v]);
    const opened = (await kiosk(v, 'in', yesterdayAt(10))).attendance;
    await kiosk(lone, 'in', yesterdayAt(8));
    await closeForgottenClockOuts(w.t.database.db);
    expect(await record(opened.id)).toMatchObject({
      status: 'pending',
      clockOutAt: yesterdayAt(12).toISOString(),
      methodOut: 'auto',
      creditedMinutes: 120,
      flags: ['no_clock_out'],
    });
    const withoutShift = (
      await w.coordinator.get(`${w.base}/attendance/records?flag=no_clock_out&volunteerId=${lone}`)
    ).json().records;
    expect(withoutShift).toEqual([
      expect.objectContaining({ clockOutAt: yesterdayAt(16).toISOString(), creditedMinutes: 480 }),
    ]);
    // The phone's clock-out from 11:55 arrives now: the real time wins and the record qualifies after all.
    const late = (await kiosk(v, 'out', yesterdayAt(11, 55))).attendance;
    expect(late).toMatchObject({ id: opened.id, status: 'approved', creditedMinutes: 115, flags: [] });
    // Running the job again changes nothing.
    await closeForgottenClockOuts(w.t.database.db);
    expect((await record(opened.id)).clockOutAt).toBe(yesterdayAt(11, 55).toISOString());
  });

  // ------------------------------------------------------------ approval

  it('approves, rejects and corrects one record, recording who and why', async () => {
    const [v1, v2, v3, v4] = [await w.volunteer(), await w.volunteer(), await w.volunteer(), await w.volunteer()];
    const ids: string[] = [];
    for (const v of [v1, v2, v3]) {
      await kiosk(v, 'in', yesterdayAt(10));
      ids.push((await kiosk(v, 'out', yesterdayAt(11))).attendance.id);
    }
    const openId = (await kiosk(v4, 'in', yesterdayAt(10))).attendance.id;
    const date = (await record(ids[0] as string)).serviceDate;
    const queue = (await w.staff.get(`${w.base}/attendance/records?flag=no_shift&date=${date}&opportunityId=${a.id}`))
      .json()
      .records.map((r: { id: string }) => r.id);
    expect(queue).toEqual(expect.arrayContaining(ids));
    expect(queue).not.toContain(openId);

    expect((await w.staff.post(`${w.base}/attendance/records/${ids[0]}/approve`, {})).statusCode).toBe(403);
    const approved = await w.coordinator.post(`${w.base}/attendance/records/${ids[0]}/approve`, { reason: '確認済み' });
    expect(approved.json()).toMatchObject({
      status: 'approved',
      decidedByName: 'コーディネーター 山田',
      decisionReason: '確認済み',
      creditedMinutes: 60,
      ledgerTransferId: expect.any(String),
    });
    const twice = await w.coordinator.post(`${w.base}/attendance/records/${ids[0]}/approve`, {});
    expect(twice.json().error.code).toBe('ATTENDANCE_ALREADY_DECIDED');

    expect((await w.coordinator.post(`${w.base}/attendance/records/${ids[1]}/reject`, {})).statusCode).toBe(400);
    const rejected = await w.coordinator.post(`${w.base}/attendance/records/${ids[1]}/reject`, {
      reason: '別の日の活動',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      decisionReason: '別の日の活動',
      ledgerTransferId: null,
    });

    const badTimes = await w.coordinator.post(`${w.base}/attendance/records/${ids[2]}/correct`, {
      clockInAt: yesterdayAt(11).toISOString(),
      clockOutAt: yesterdayAt(10).toISOString(),
      reason: '逆',
    });
    expect(badTimes.statusCode).toBe(400);
    const corrected = await w.coordinator.post(`${w.base}/attendance/records/${ids[2]}/correct`, {
      clockInAt: yesterdayAt(9, 30).toISOString(),
      clockOutAt: yesterdayAt(11, 45).toISOString(),
      reason: '紙の記録で確認',
    });
    expect(corrected.json()).toMatchObject({
      status: 'approved',
      creditedMinutes: 135,
      flags: ['corrected', 'no_shift'],
      decisionReason: '紙の記録で確認',
    });
    // An open record cannot be approved as it is, but its times can be corrected.
    const incomplete = await w.coordinator.post(`${w.base}/attendance/records/${openId}/approve`, {});
    expect(incomplete.json().error.code).toBe('ATTENDANCE_NOT_COMPLETE');
    const missing = await w.coordinator.post(`${w.base}/attendance/records/${crypto.randomUUID()}/approve`, {});
    expect(missing.json().error.code).toBe('ATTENDANCE_RECORD_NOT_FOUND');

    const audit = await queryRows<{ action: string; actor_account_id: string | null; summary: { reason?: string } }>(
      w.t.database.db,
      sql`select action, actor_account_id, summary from audit_entry where target_id in (${ids[0]}, ${ids[1]}, ${ids[2]}) order by id`,
    );
    expect(audit.map((row) => [row.action, row.summary.reason])).toEqual([
      ['ATTENDANCE_APPROVED', '確認済み'],
      ['ATTENDANCE_REJECTED', '別の日の活動'],
      ['ATTENDANCE_CORRECTED', '紙の記録で確認'],
    ]);
    expect(audit.every((row) => row.actor_account_id)).toBe(true);
  });

  it('bulk approval is all or nothing and names each failing record', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await w.volunteer();
      await kiosk(v, 'in', yesterdayAt(14));
      ids.push((await kiosk(v, 'out', yesterdayAt(15))).attendance.id);
    }
    await w.coordinator.post(`${w.base}/attendance/records/${ids[0]}/reject`, { reason: '重複' });
    const unknown = crypto.randomUUID();
    const refused = await w.coordinator.post(`${w.base}/attendance/records/approve`, { ids: [...ids, unknown] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'ATTENDANCE_BULK_REFUSED',
      details: {
        failures: [
          { id: ids[0], code: 'ATTENDANCE_ALREADY_DECIDED' },
          { id: unknown, code: 'ATTENDANCE_RECORD_NOT_FOUND' },
        ],
      },
    });
    expect((await record(ids[1] as string)).status).toBe('pending');
    expect((await record(ids[2] as string)).status).toBe('pending');

    const approved = await w.coordinator.post(`${w.base}/attendance/records/approve`, {
      ids: ids.slice(1),
      reason: '今日の分をまとめて承認',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().records.map((r: TAttendanceRecord) => [r.id, r.status, r.decisionReason])).toEqual([
      [ids[1], 'approved', '今日の分をまとめて承認'],
      [ids[2], 'approved', '今日の分をまとめて承認'],
    ]);
  });

  it('a coordinator records attendance for someone without a phone, by the same rules', async () => {
    const v = await w.volunteer('電話なし 次郎');
    await w.shift(a.id, yesterdayAt(13), yesterdayAt(15), [v]);
    const body = {
      volunteerId: v,
      opportunityId: a.id,
      clockInAt: yesterdayAt(13).toISOString(),
      clockOutAt: yesterdayAt(15).toISOString(),
    };
    expect((await w.staff.post(`${w.base}/attendance/records`, body)).statusCode).toBe(403);
    const future = await w.coordinator.post(`${w.base}/attendance/records`, {
      ...body,
      clockOutAt: plusMinutes(new Date(), 60).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    const created = await w.coordinator.post(`${w.base}/attendance/records`, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      volunteerName: '電話なし 次郎',
      status: 'approved',
      creditedMinutes: 120,
      methodIn: 'coordinator',
      methodOut: 'coordinator',
      recordedByName: 'コーディネーター 山田',
    });
    const again = await w.coordinator.post(`${w.base}/attendance/records`, body);
    expect(again.json().error.code).toBe('ATTENDANCE_ALREADY_CLOSED');
  });

  it('keeps a clock-out when the ledger refuses the credit: the record waits in the queue with the reason', async () => {
    const rulesUrl = `${w.base}/ledger/rules`;
    const { unit: _unit, updatedAt: _updatedAt, ...rules } = (await w.coordinator.get(rulesUrl)).json();
    // Mutual exchange without a recipient: the pool pays, and its floor is zero.
    const strict = await w.coordinator.put(rulesUrl, { ...rules, mode: 'mutual_exchange', poolFloorMinutes: 0 });
    expect(strict.statusCode).toBe(200);
    try {
      const v = await w.volunteer();
      await w.shift(a.id, yesterdayAt(16), yesterdayAt(17), [v]);
      await kiosk(v, 'in', yesterdayAt(16));
      const out = await kiosk(v, 'out', yesterdayAt(17));
      expect(out).toMatchObject({
        result: 'accepted',
        attendance: { status: 'pending', creditedMinutes: 60, flags: [] },
      });
      const refused = await w.coordinator.post(`${w.base}/attendance/records/${out.attendance.id}/approve`, {});
      expect(refused.statusCode).toBeGreaterThanOrEqual(400);
      expect(refused.json().error.code).toMatch(/^LEDGER_/);
      expect(await record(out.attendance.id)).toMatchObject({ status: 'pending', ledgerTransferId: null });
    } finally {
      await w.coordinator.put(rulesUrl, rules);
    }
  });

  it('lets each role do only its part', async () => {
    const v = await w.person();
    const records = `${w.base}/attendance/records`;
    expect((await v.client.get(records)).statusCode).toBe(403);
    expect((await w.staff.get(records)).statusCode).toBe(200);
    expect((await v.client.get(`${w.base}/attendance/site-codes?opportunityId=${a.id}`)).statusCode).toBe(403);
    expect((await v.client.get(`${w.base}/attendance/settings`)).statusCode).toBe(403);
    expect((await w.staff.get(`${w.base}/attendance/personal-codes/${v.volunteerId}`)).statusCode).toBe(403);
    expect((await w.staff.put(`${w.base}/attendance/sites/${a.id}`, { geofenceRadiusM: null })).statusCode).toBe(403);
  });
});
