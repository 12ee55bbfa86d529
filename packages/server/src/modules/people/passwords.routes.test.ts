import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';

describe('forgotten and changed passwords', () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
  });
  afterAll(() => t.close());

  const outbox = async () => (await admin.get(`/api/v1/organizations/${orgId}/outbox-messages`)).json().messages;
  const resetToken = (text: string) => /\/password-reset\/([A-Za-z0-9_-]{43})/.exec(text)![1];

  it('answers 202 whether or not the account exists, and mails a link only to a real one', async () => {
    const before = (await outbox()).length;
    const unknown = await new TestClient(t.app).post('/api/v1/password-resets', { identifier: 'nobody@example.org' });
    expect(unknown.statusCode).toBe(202);
    expect((await outbox()).length).toBe(before);
    const known = await new TestClient(t.app).post('/api/v1/password-resets', { identifier: 'Hanako@example.org' });
    expect(known.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    const [mail] = await outbox();
    expect(mail).toMatchObject({ to: 'hanako@example.org', subject: 'パスワード再設定のご案内', status: 'held' });
    expect(mail.text).toMatch(/http:\/\/musubi\.test\/password-reset\/[A-Za-z0-9_-]{43}/);
  });

  it('sets a new password through the link once, ending every old session', async () => {
    const otherDevice = new TestClient(t.app);
    await otherDevice.signIn('hanako@example.org', ADMIN_PASSWORD);
    const token = resetToken((await outbox())[0].text);
    const visitor = new TestClient(t.app);
    expect((await visitor.get(`/api/v1/password-resets/${token}`)).json()).toEqual({ email: 'hanako@example.org' });

    const short = await visitor.post(`/api/v1/password-resets/${token}`, { password: 'short' });
    expect(short.statusCode).toBe(400);
    const done = await visitor.post(`/api/v1/password-resets/${token}`, { password: 'a brand new password' });
    expect(done.statusCode).toBe(200);
    expect(done.json().account.email).toBe('hanako@example.org');

    expect((await otherDevice.get('/api/v1/session')).json().account).toBeNull();
    expect((await admin.get('/api/v1/session')).json().account).toBeNull();
    const again = await new TestClient(t.app, 'ja').post(`/api/v1/password-resets/${token}`, {
      password: 'yet another password',
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('PASSWORD_RESET_INVALID');
    await expect(new TestClient(t.app).signIn('hanako@example.org', ADMIN_PASSWORD)).rejects.toThrow();
    admin = new TestClient(t.app);
    await admin.signIn('hanako@example.org', 'a brand new password');
  });

  it('refuses a link that has expired', async () => {
    await new TestClient(t.app).post('/api/v1/password-resets', { identifier: 'hanako@example.org' });
    const token = resetToken((await outbox())[0].text);
    await t.database.db.execute(
      sql`update password_reset set expires_at = now() - interval '1 second' where used_at is null`,
    );
    expect((await new TestClient(t.app).get(`/api/v1/password-resets/${token}`)).json().error.code).toBe(
      'PASSWORD_RESET_INVALID',
    );
  });

  it('changes the password after checking the current one, keeping this session and ending the others', async () => {
    const other = new TestClient(t.app);
    await other.signIn('hanako@example.org', 'a brand new password');
    const wrong = await admin.put('/api/v1/me/password', {
      currentPassword: 'not it',
      newPassword: 'changed password 2',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      // In the signed-in person's own language (Japanese), not the browser's.
      { path: 'currentPassword', in: 'body', code: 'custom', message: '現在のパスワードが違います。' },
    ]);
    const changed = await admin.put('/api/v1/me/password', {
      currentPassword: 'a brand new password',
      newPassword: 'changed password 2',
    });
    expect(changed.statusCode).toBe(204);
    expect((await admin.get('/api/v1/session')).json().account).not.toBeNull();
    expect((await other.get('/api/v1/session')).json().account).toBeNull();
    await new TestClient(t.app).signIn('hanako@example.org', 'changed password 2');
  });
});
