import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';

describe('sessions: sign-in, cookies, CSRF, switching organization', () => {
  let t: TestApp;
  let orgId: string;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
  });
  afterAll(() => t.close());

  it('answers a signed-out browser with an empty session', async () => {
    const response = await new TestClient(t.app).get('/api/v1/session');
    expect(response.json()).toEqual({ account: null, memberships: [], activeOrgId: null, csrfToken: null });
  });

  it('sets an httpOnly, SameSite=Lax session cookie at sign-in', async () => {
    const client = new TestClient(t.app);
    const response = await client.post('/api/v1/session', {
      identifier: 'HANAKO@example.org ',
      password: ADMIN_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'musubi_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.json().activeOrgId).toBe(orgId);
  });

  it('uses a __Host- Secure cookie when served over https', async () => {
    const secure = await createTestApp({ PUBLIC_URL: 'https://musubi.example.org' });
    try {
      const { admin: client } = await setUpFirstOrganization(secure.app);
      expect(client.cookie).toMatch(/^__Host-musubi_session=/);
      const response = await client.post('/api/v1/session', {
        identifier: 'hanako@example.org',
        password: ADMIN_PASSWORD,
      });
      expect(response.cookies[0]).toMatchObject({ name: '__Host-musubi_session', secure: true, httpOnly: true });
    } finally {
      await secure.close();
    }
  });

  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const client = new TestClient(t.app);
    await client.signIn('hanako@example.org', ADMIN_PASSWORD);
    const oldCookie = client.cookie;
    await client.signIn('hanako@example.org', ADMIN_PASSWORD);
    expect(client.cookie).not.toBe(oldCookie);
    const stale = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: oldCookie! } });
    expect(stale.json().account).toBeNull();
  });

  it('refuses a wrong password with one generic, translated error', async () => {
    const client = new TestClient(t.app, 'zh-CN');
    const wrong = await client.post('/api/v1/session', {
      identifier: 'hanako@example.org',
      password: 'wrong password',
    });
    const unknown = await client.post('/api/v1/session', {
      identifier: 'nobody@example.org',
      password: 'wrong password',
    });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toMatchObject({
        code: 'AUTH_INVALID_CREDENTIALS',
        message: '邮箱、手机号或密码不正确。',
      });
    }
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const withoutToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/preferences',
      headers: { cookie: admin.cookie!, 'content-type': 'application/json' },
      payload: JSON.stringify({ largeText: true }),
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('AUTH_CSRF_INVALID');
    const wrongToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/preferences',
      headers: { cookie: admin.cookie!, 'content-type': 'application/json', 'x-csrf-token': 'x'.repeat(43) },
      payload: JSON.stringify({ largeText: true }),
    });
    expect(wrongToken.statusCode).toBe(403);
    expect((await admin.get('/api/v1/session')).json().account.largeText).toBe(false);
  });

  it('saves language and large-text preferences, and answers errors in the chosen language', async () => {
    const saved = await admin.patch('/api/v1/me/preferences', { locale: 'ko', largeText: true });
    expect(saved.json()).toMatchObject({ locale: 'ko', largeText: true });
    const error = await admin.patch('/api/v1/me/preferences', { locale: 'fr' });
    expect(error.statusCode).toBe(400);
    expect(error.json().error.message).toBe('입력 내용에 오류가 있습니다. 표시된 항목을 확인해 주세요.');
    await admin.patch('/api/v1/me/preferences', { locale: 'ja', largeText: false });
  });

  it('switches only to organizations the person belongs to', async () => {
    const refused = await admin.put('/api/v1/session/active-organization', {
      orgId: '0190a0a0-0000-7000-8000-000000000000',
    });
    expect(refused.statusCode).toBe(403);
    const ok = await admin.put('/api/v1/session/active-organization', { orgId });
    expect(ok.json().activeOrgId).toBe(orgId);
  });

  it('signs out: the session is gone on the server, not only the cookie', async () => {
    const client = new TestClient(t.app);
    await client.signIn('hanako@example.org', ADMIN_PASSWORD);
    const cookie = client.cookie!;
    const out = await client.delete('/api/v1/session');
    expect(out.statusCode).toBe(204);
    const replay = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    expect(replay.json().account).toBeNull();
  });

  it('requires a session for personal endpoints', async () => {
    const response = await new TestClient(t.app, 'ja').patch('/api/v1/me/preferences', { largeText: true });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({ code: 'AUTH_REQUIRED', message: 'ログインしてください。' });
  });

  it('limits sign-in attempts per account with 429 and Retry-After', async () => {
    const limited = await createTestApp({ SIGNIN_RATE_LIMIT_MAX: '3', SIGNIN_RATE_LIMIT_WINDOW_SECONDS: '600' });
    onTestFinished(() => limited.close());
    await setUpFirstOrganization(limited.app);
    const client = new TestClient(limited.app);
    const statuses: number[] = [];
    let last = await client.post('/api/v1/session', { identifier: 'target@example.org', password: 'guess-0000' });
    statuses.push(last.statusCode);
    for (let i = 1; i < 5; i++) {
      last = await client.post('/api/v1/session', { identifier: 'target@example.org', password: `guess-${i}` });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(last.json().error.code).toBe('AUTH_RATE_LIMITED');
    expect(last.json().error.details.seconds).toBe(Number(last.headers['retry-after']));
    // Another account is not affected.
    const other = await client.post('/api/v1/session', { identifier: 'hanako@example.org', password: ADMIN_PASSWORD });
    expect(other.statusCode).toBe(200);
  });
});
