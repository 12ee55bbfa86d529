import type { TCertificate, TCertificateVerification, TServiceRecord } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';
import { createOrganization, joinNetwork } from '../organizations';
import { addMembershipDirectly, createAccount } from '../people';
import { insertVolunteer } from '../volunteers';

const PASSWORD = 'certificates-test-password';

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

describe('service records, recognition levels and certificates', () => {
  let t: TestApp;
  let admin: TestClient;
  let coordinator: TestClient;
  let staff: TestClient;
  let person: TestClient;
  let hubId: string;
  let memberId: string;
  let outsiderId: string;
  let base: string;
  /** The person's records: at the hub (A), a network member (B) and an organization outside the network (C). */
  const volunteerIds = { hub: '', member: '', outsider: '', memberOnly: '' };
  const db = () => t.database.db;

  async function opportunity(orgId: string, title: string): Promise<string> {
    const id = newId();
    await db().execute(sql`insert into opportunity (org_id, id, title, category, visibility, status)
      values (${orgId}, ${id}, ${title}, 'elderly', 'organization', 'published')`);
    return id;
  }

  async function attendance(
    orgId: string,
    volunteerId: string,
    opportunityId: string,
    serviceDate: string,
    minutes: number,
    status: 'approved' | 'pending' | 'rejected' = 'approved',
  ) {
    await db().execute(sql`insert into attendance_record
      (org_id, id, volunteer_id, opportunity_id, status, service_date, credited_minutes, role_name)
      values (${orgId}, ${newId()}, ${volunteerId}, ${opportunityId}, ${status}, ${serviceDate}, ${minutes}, 'リーダー')`);
  }

  async function consent(orgId: string, volunteerId: string, granted: boolean) {
    await db().execute(sql`insert into volunteer_consent (org_id, id, volunteer_id, purpose, granted, wording_version)
      values (${orgId}, ${newId()}, ${volunteerId}, 'network_sharing', ${granted}, 'v1')`);
  }

  async function record(orgId: string, name: string, accountId: string | null, locale = 'ja') {
    return db().transaction(async (tx) =>
      insertVolunteer(tx, orgId, {
        fields: { name, locale: locale as 'ja' },
        consents: [],
        registeredVia: 'on_behalf_of',
        recorder: { accountId: null, requestId: 'test', self: false },
        accountId,
        status: 'active',
        refuseDuplicates: false,
      }),
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId: hubId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${hubId}`;
    const member = await createOrganization(
      db(),
      { name: '結び野NPOセンター', kind: 'npo', locale: 'ja', timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 },
      { accountId: null },
    );
    await joinNetwork(db(), member.id, hubId);
    memberId = member.id;
    const outsider = await createOrganization(
      db(),
      { name: '隣町社協', kind: 'welfare_council', locale: 'ja', timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 },
      { accountId: null },
    );
    outsiderId = outsider.id;

    const clients: TestClient[] = [];
    for (const [role, email] of [
      ['coordinator', 'coordinator@cert.test'],
      ['staff', 'staff@cert.test'],
    ] as const) {
      const account = await createAccount(db(), { name: `${role} 担当`, email, password: PASSWORD, locale: 'ja' });
      await addMembershipDirectly(db(), hubId, account.id, role);
      const client = new TestClient(t.app);
      await client.signIn(email, PASSWORD);
      clients.push(client);
    }
    [coordinator, staff] = clients;

    const personAccount = await createAccount(db(), {
      name: '김민준',
      email: 'minjun@cert.test',
      password: PASSWORD,
      locale: 'ko',
    });
    await addMembershipDirectly(db(), hubId, personAccount.id, 'volunteer');
    person = new TestClient(t.app);
    await person.signIn('minjun@cert.test', PASSWORD);
    volunteerIds.hub = (await record(hubId, '김민준', personAccount.id, 'ko')).id;
    volunteerIds.member = (await record(memberId, '김민준', personAccount.id, 'ko')).id;
    volunteerIds.outsider = (await record(outsiderId, '김민준', personAccount.id, 'ko')).id;

    const visits = await opportunity(hubId, '高齢者宅への訪問');
    const cafe = await opportunity(hubId, 'ふれあいサロン');
    await attendance(hubId, volunteerIds.hub, visits, '2026-04-10', 120);
    await attendance(hubId, volunteerIds.hub, visits, '2026-05-02', 90);
    await attendance(hubId, volunteerIds.hub, cafe, '2026-05-02', 150);
    await attendance(hubId, volunteerIds.hub, cafe, '2025-12-20', 6000);
    await attendance(hubId, volunteerIds.hub, cafe, '2026-05-03', 600, 'pending');
    await attendance(hubId, volunteerIds.hub, visits, '2026-05-04', 600, 'rejected');
    await attendance(memberId, volunteerIds.member, await opportunity(memberId, '子ども食堂'), '2026-06-01', 180);
    await attendance(
      outsiderId,
      volunteerIds.outsider,
      await opportunity(outsiderId, '災害ボランティア'),
      '2026-06-02',
      240,
    );
  });
  afterAll(() => t.close());

  describe('service records', () => {
    it('shows the person their own approved service in every organization where they have a record, with totals per year', async () => {
      const response = await person.get('/api/v1/me/service-record');
      expect(response.statusCode, response.body).toBe(200);
      const record: TServiceRecord = response.json();
      expect(record.entries.map((e) => [e.serviceDate, e.activity, e.minutes])).toEqual([
        ['2026-06-02', '災害ボランティア', 240],
        ['2026-06-01', '子ども食堂', 180],
        ['2026-05-02', 'ふれあいサロン', 150],
        ['2026-05-02', '高齢者宅への訪問', 90],
        ['2026-04-10', '高齢者宅への訪問', 120],
        ['2025-12-20', 'ふれあいサロン', 6000],
      ]);
      expect(record.entries[0]).toMatchObject({ orgName: '隣町社協', role: 'リーダー' });
      expect(record.years).toEqual([
        { year: 2026, minutes: 780 },
        { year: 2025, minutes: 6000 },
      ]);
      expect(record.totalMinutes).toBe(6780);
    });

    it('shows staff the service here, and at other network organizations only where the person consented to sharing', async () => {
      const url = `${base}/volunteers/${volunteerIds.hub}/service-record`;
      const withoutConsent: TServiceRecord = (await staff.get(url)).json();
      expect(new Set(withoutConsent.entries.map((e) => e.orgId))).toEqual(new Set([hubId]));
      expect(withoutConsent.totalMinutes).toBe(6360);

      await consent(memberId, volunteerIds.member, true);
      await consent(outsiderId, volunteerIds.outsider, true);
      const withConsent: TServiceRecord = (await staff.get(url)).json();
      // The outsider is not in the hub's network: consent to *network* sharing does not reach it.
      expect(new Set(withConsent.entries.map((e) => e.orgId))).toEqual(new Set([hubId, memberId]));
      expect(withConsent.totalMinutes).toBe(6540);

      await consent(memberId, volunteerIds.member, false);
      const withdrawn: TServiceRecord = (await staff.get(url)).json();
      expect(new Set(withdrawn.entries.map((e) => e.orgId))).toEqual(new Set([hubId]));
    });

    it('refuses a volunteer record of another organization', async () => {
      const response = await staff.get(`${base}/volunteers/${volunteerIds.member}/service-record`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('VOLUNTEER_NOT_FOUND');
    });
  });

  describe('recognition levels', () => {
    it('places the person against the default levels, with the next level and the hours to go', async () => {
      const record: TServiceRecord = (await staff.get(`${base}/volunteers/${volunteerIds.hub}/service-record`)).json();
      expect(record.recognitions).toEqual([
        expect.objectContaining({
          orgId: hubId,
          current: expect.objectContaining({ minHours: 100 }),
          next: expect.objectContaining({ minHours: 300 }),
          minutesToNext: 300 * 60 - 6360,
        }),
      ]);
    });

    it("uses the organization's own levels once an administrator sets them, and refuses levels out of order", async () => {
      const bad = await admin.patch(`${base}/certificate-settings`, {
        levels: [
          { minHours: 50, names: { ja: 'ブロンズ' } },
          { minHours: 20, names: { ja: 'シルバー' } },
        ],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('VALIDATION_FAILED');

      const saved = await admin.patch(`${base}/certificate-settings`, {
        levels: [
          { minHours: 50, names: { ja: 'ブロンズ', en: 'Bronze', 'zh-CN': '铜牌', ko: '브론즈' } },
          { minHours: 200, names: { ja: 'シルバー', en: 'Silver', 'zh-CN': '银牌', ko: '실버' } },
        ],
        representativeName: '結城 一郎',
        representativeTitle: '会長',
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ defaultLevels: false, representativeName: '結城 一郎' });
      const record: TServiceRecord = (await staff.get(`${base}/volunteers/${volunteerIds.hub}/service-record`)).json();
      expect(record.recognitions[0]).toMatchObject({
        current: { minHours: 50, names: { en: 'Bronze' } },
        next: { minHours: 200 },
        minutesToNext: 200 * 60 - 6360,
      });
      const mine: TServiceRecord = (await person.get('/api/v1/me/service-record')).json();
      expect(mine.recognitions.map((r) => r.orgId).sort()).toEqual([hubId, memberId, outsiderId].sort());

      const staffTry = await staff.patch(`${base}/certificate-settings`, { useDefaultLevels: true });
      expect(staffTry.statusCode).toBe(403);
    });
  });

  describe('seal', () => {
    it('stores a PNG seal and refuses files that are not PNG or too large', async () => {
      const notPng = await admin.put(`${base}/certificate-seal`, {
        pngBase64: Buffer.from('GIF89a this is not a png file').toString('base64'),
      });
      expect(notPng.statusCode).toBe(400);
      expect(notPng.json().error.code).toBe('CERTIFICATE_SEAL_INVALID');

      const tooLarge = await admin.put(`${base}/certificate-seal`, {
        pngBase64: Buffer.alloc(210 * 1024, 1).toString('base64'),
      });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.code).toBe('CERTIFICATE_SEAL_TOO_LARGE');
      expect((await admin.get(`${base}/certificate-seal`)).statusCode).toBe(404);

      const png = await QRCode.toBuffer('印', { type: 'png', width: 160, color: { dark: '#cc0000', light: '#0000' } });
      const uploaded = await admin.put(`${base}/certificate-seal`, { pngBase64: png.toString('base64') });
      expect(uploaded.statusCode, uploaded.body).toBe(200);
      expect(uploaded.json().seal).toMatchObject({ width: 160, height: 160, bytes: png.length });
      const image = await staff.get(`${base}/certificate-seal`);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.rawPayload.equals(png)).toBe(true);
    });
  });

  describe('certificates', () => {
    let first: TCertificate;

    it('issues a numbered, signed certificate of the approved hours in the period, in the volunteer’s language', async () => {
      const response = await coordinator.post(`${base}/volunteers/${volunteerIds.hub}/certificates`, {
        from: '2026-04-01',
        to: '2026-05-31',
        contact: 'both',
      });
      expect(response.statusCode, response.body).toBe(201);
      first = response.json();
      expect(first.number).toMatch(/^\d{4}-0001$/);
      // The volunteer's registration number in the organization, zero-padded (never the record's id).
      const [registered] = await queryRows<{ number: number }>(
        t.database.db,
        sql`select number from volunteer where id = ${volunteerIds.hub}`,
      );
      expect(registered?.number).toBeGreaterThan(0);
      expect(first.facts).toMatchObject({
        locale: 'ko',
        volunteer: { name: '김민준', number: String(registered?.number).padStart(6, '0') },
        period: { from: '2026-04-01', to: '2026-05-31' },
        totalMinutes: 360,
        days: 2,
        handler: 'coordinator 担当',
        organization: { name: '結び野市ボランティアセンター', representative: '会長 結城 一郎' },
      });
      expect(first.facts.activities).toEqual([
        { title: '高齢者宅への訪問', minutes: 210, days: 2 },
        { title: 'ふれあいサロン', minutes: 150, days: 1 },
      ]);
      expect(first.facts.sealId).not.toBeNull();
      expect(first.verificationUrl).toMatch(/^http:\/\/musubi\.test\/verify\/\d{4}-0001\?sig=/);

      const second = await coordinator.post(`${base}/volunteers/${volunteerIds.hub}/certificates`, {
        from: '2025-01-01',
        to: '2026-12-31',
        locale: 'ja',
      });
      expect(second.json().number).toMatch(/^\d{4}-0002$/);
      expect(second.json().facts).toMatchObject({ locale: 'ja', totalMinutes: 6360 });

      const entries = (await admin.get(`${base}/audit-entries?limit=50`)).json().entries as {
        action: string;
        targetId: string;
      }[];
      expect(entries.filter((e) => e.action === 'CERTIFICATE_ISSUED').map((e) => e.targetId)).toContain(first.id);
    });

    it('refuses a period without approved service, and leaves no certificate or number behind', async () => {
      const count = async () =>
        (await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from certificate`))[0].n;
      const before = await count();
      const response = await coordinator.post(`${base}/volunteers/${volunteerIds.hub}/certificates`, {
        from: '2026-05-03',
        to: '2026-05-04',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('CERTIFICATE_NO_SERVICE');
      expect(await count()).toBe(before);
      const reversed = await coordinator.post(`${base}/volunteers/${volunteerIds.hub}/certificates`, {
        from: '2026-05-31',
        to: '2026-04-01',
      });
      expect(reversed.statusCode).toBe(400);
      const byStaff = await staff.post(`${base}/volunteers/${volunteerIds.hub}/certificates`, {
        from: '2026-04-01',
        to: '2026-05-31',
      });
      expect(byStaff.statusCode).toBe(403);
    });

    it('prints a PDF with the name and hours, and a reprint is the same document', async () => {
      const url = `${base}/certificates/${first.id}/pdf`;
      const response = await staff.get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const bytes = response.rawPayload;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await pdfText(bytes);
      expect(text).toContain('김민준');
      expect(text).toContain('6시간');
      expect(text).toContain('자원봉사활동 확인서');
      expect(text).toContain(first.number);
      expect(text).toContain('会長 結城 一郎');

      // Changing the settings afterwards does not change what was certified.
      await admin.patch(`${base}/certificate-settings`, { representativeName: '別の 人' });
      const reprint = await staff.get(url);
      expect(reprint.rawPayload.equals(bytes)).toBe(true);
    });

    it('lets the person download their own certificate, and nobody else’s', async () => {
      const mine = (await person.get('/api/v1/me/certificates')).json();
      expect(mine.certificates.map((c: TCertificate) => c.number)).toContain(first.number);
      const pdf = await person.get(`/api/v1/me/certificates/${first.id}/pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const stranger = await staff.get(`/api/v1/me/certificates/${first.id}/pdf`);
      expect(stranger.statusCode).toBe(404);
    });

    it('verifies a genuine certificate publicly, showing only the certified facts', async () => {
      const anonymous = new TestClient(t.app);
      const sig = new URL(first.verificationUrl).searchParams.get('sig')!;
      const response = await anonymous.get(
        `/api/v1/certificates/verify/${first.number}?sig=${encodeURIComponent(sig)}`,
      );
      expect(response.statusCode).toBe(200);
      const result: TCertificateVerification = response.json();
      expect(result).toEqual({
        status: 'genuine',
        certificate: {
          number: first.number,
          issuedOn: first.facts.issuedOn,
          volunteerName: '김민준',
          period: { from: '2026-04-01', to: '2026-05-31' },
          totalMinutes: 360,
          organizationName: '結び野市ボランティアセンター',
          revokedAt: null,
        },
      });
      expect(response.body).not.toContain(volunteerIds.hub);
    });

    it('says not genuine for a forged signature, another certificate’s signature, or altered stored facts', async () => {
      const anonymous = new TestClient(t.app);
      const sig = new URL(first.verificationUrl).searchParams.get('sig')!;
      const check = async (number: string, signature: string) =>
        (
          await anonymous.get(`/api/v1/certificates/verify/${number}?sig=${encodeURIComponent(signature)}`)
        ).json() as TCertificateVerification;
      const flipped = sig.slice(0, -2) + (sig.endsWith('AA') ? 'BB' : 'AA');
      expect(await check(first.number, flipped)).toEqual({ status: 'not_genuine', certificate: null });
      expect(await check(first.number.replace(/1$/, '2'), sig)).toEqual({ status: 'not_genuine', certificate: null });
      expect(await check(first.number, '')).toEqual({ status: 'not_genuine', certificate: null });

      // Someone with database access raises the hours: the signature no longer matches.
      await db().execute(sql`alter table certificate disable trigger certificate_revoke_only`);
      await db().execute(
        sql`update certificate set facts = jsonb_set(facts, '{totalMinutes}', '9999') where id = ${first.id}`,
      );
      expect((await check(first.number, sig)).status).toBe('not_genuine');
      await db().execute(
        sql`update certificate set facts = jsonb_set(facts, '{totalMinutes}', '360') where id = ${first.id}`,
      );
      await db().execute(sql`alter table certificate enable trigger certificate_revoke_only`);
      expect((await check(first.number, sig)).status).toBe('genuine');
    });

    it('keeps certificates append-only: the database refuses changes and removal', async () => {
      await expect(
        db().execute(
          sql`update certificate set facts = jsonb_set(facts, '{totalMinutes}', '1') where id = ${first.id}`,
        ),
      ).rejects.toThrow();
      await expect(db().execute(sql`delete from certificate where id = ${first.id}`)).rejects.toThrow();
    });

    it('revokes with a reason, once; verification then says revoked and the reprint is unchanged', async () => {
      const pdfBefore = (await staff.get(`${base}/certificates/${first.id}/pdf`)).rawPayload;
      const empty = await coordinator.post(`${base}/certificates/${first.id}/revoke`, { reason: '' });
      expect(empty.statusCode).toBe(400);
      const revoked = await coordinator.post(`${base}/certificates/${first.id}/revoke`, { reason: '期間の誤り' });
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(revoked.json()).toMatchObject({ revokeReason: '期間の誤り', revokedAt: expect.any(String) });
      const again = await coordinator.post(`${base}/certificates/${first.id}/revoke`, { reason: 'もう一度' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('CERTIFICATE_ALREADY_REVOKED');

      const sig = new URL(first.verificationUrl).searchParams.get('sig')!;
      const result = (
        await new TestClient(t.app).get(`/api/v1/certificates/verify/${first.number}?sig=${encodeURIComponent(sig)}`)
      ).json();
      expect(result.status).toBe('revoked');
      expect(result.certificate.revokedAt).toEqual(expect.any(String));
      expect((await staff.get(`${base}/certificates/${first.id}/pdf`)).rawPayload.equals(pdfBefore)).toBe(true);

      const list = (await staff.get(`${base}/volunteers/${volunteerIds.hub}/certificates`)).json().certificates;
      expect(list.map((c: TCertificate) => c.number)).toEqual([expect.stringMatching(/-0002$/), first.number]);
      const entries = (await admin.get(`${base}/audit-entries?limit=50`)).json().entries as { action: string }[];
      expect(entries.filter((e) => e.action === 'CERTIFICATE_REVOKED')).toHaveLength(1);
    });
  });
});
