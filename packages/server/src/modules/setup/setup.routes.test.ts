import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setupBody, type TestApp, TestClient } from '../../test/test-app';

describe('first-run setup', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports that setup is needed on an empty database', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/setup' });
    expect(response.json()).toEqual({ needed: true });
  });

  it('rejects an invalid form with 400, a translated message per field, and writes nothing', async () => {
    const client = new TestClient(t.app, 'ja');
    const body = setupBody();
    const response = await client.post('/api/v1/setup', {
      ...body,
      organization: { ...body.organization, name: '', timeZone: 'Mars/Olympus', fiscalYearStartMonth: 13 },
      admin: { ...body.admin, email: 'not-an-email', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('入力内容に誤りがあります。赤く示された項目を確認してください。');
    const byPath = Object.fromEntries(error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(byPath).toMatchObject({
      'organization.name': '入力してください。',
      'organization.timeZone': 'タイムゾーンが正しくありません（例: Asia/Tokyo）。',
      'organization.fiscalYearStartMonth': '12以下の値を入力してください。',
      'admin.email': 'メールアドレスの形式が正しくありません。',
      'admin.password': '8文字以上で入力してください。',
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: true });
  });

  it('answers malformed JSON with 400 REQUEST_MALFORMED in the Accept-Language', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { 'content-type': 'application/json', 'accept-language': 'ko-KR,ko;q=0.9' },
      payload: '{"organization": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'REQUEST_MALFORMED',
      message: '요청 형식이 올바르지 않습니다.',
    });
  });

  it('refuses a form post (not JSON) with 415, which also blocks cross-site form CSRF', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'organization=x',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('creates the organization and its administrator, signs them in, and audits it', async () => {
    const admin = new TestClient(t.app);
    const response = await admin.post('/api/v1/setup', setupBody());
    expect(response.statusCode).toBe(201);
    const session = response.json();
    expect(session.account).toMatchObject({ name: '佐藤 花子', email: 'hanako@example.org', locale: 'ja' });
    expect(session.memberships).toEqual([
      {
        orgId: session.activeOrgId,
        orgName: '結び野市ボランティアセンター',
        role: 'network_admin',
        isNetworkHub: true,
      },
    ]);
    expect(admin.cookie).toMatch(/^musubi_session=/);

    const again = await admin.get('/api/v1/session');
    expect(again.json().account.email).toBe('hanako@example.org');
    const audit = await admin.get(`/api/v1/organizations/${session.activeOrgId}/audit-entries`);
    expect(audit.json().entries.map((e: { action: string }) => e.action)).toEqual(['ORGANIZATION_CREATED']);
  });

  it('refuses a second setup with 409 once an organization exists', async () => {
    const response = await new TestClient(t.app).post('/api/v1/setup', setupBody({ email: 'other@example.org' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('SETUP_ALREADY_DONE');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: false });
  });
});

describe('concurrent first-run setup', () => {
  it('lets exactly one of two simultaneous setups through', async () => {
    const t = await createTestApp();
    try {
      const [a, b] = await Promise.all([
        new TestClient(t.app).post('/api/v1/setup', setupBody({ email: 'a@example.org' })),
        new TestClient(t.app).post('/api/v1/setup', setupBody({ email: 'b@example.org' })),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    } finally {
      await t.close();
    }
  });
});
