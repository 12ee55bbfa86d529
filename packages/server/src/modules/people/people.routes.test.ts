import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';

describe('members, invitations and the audit log', () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
  });
  afterAll(() => t.close());

  async function invite(email: string, role: string, name = '鈴木 一郎') {
    const response = await admin.post(`${base}/members`, {
      email,
      name,
      nameReading: 'すずき いちろう',
      role,
      locale: 'ja',
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  function invitationToken(text: string): string {
    return /\/invitations\/([A-Za-z0-9_-]+)/.exec(text)![1];
  }

  it('invites a new person: membership, invitation mail held in the outbox (no SMTP), audit entry', async () => {
    const member = await invite('ichiro@example.org', 'coordinator');
    expect(member).toMatchObject({ email: 'ichiro@example.org', role: 'coordinator', status: 'invited' });

    const outbox = (await admin.get(`${base}/outbox-messages`)).json();
    expect(outbox.messages).toHaveLength(1);
    const [mail] = outbox.messages;
    expect(mail).toMatchObject({
      to: 'ichiro@example.org',
      status: 'held',
      subject: '結び野市ボランティアセンターへの招待',
    });
    expect(mail.text).toContain('「コーディネーター」');
    expect(mail.text).toContain('http://musubi.test/invitations/');

    const audit = (await admin.get(`${base}/audit-entries`)).json();
    expect(audit.entries[0]).toMatchObject({
      action: 'MEMBER_INVITED',
      targetId: member.accountId,
      actorName: '佐藤 花子',
    });
  });

  it('lets the invited person set a password through the link, then sign in', async () => {
    const mail = (await admin.get(`${base}/outbox-messages`)).json().messages[0];
    const token = invitationToken(mail.text);
    const visitor = new TestClient(t.app);
    const offer = await visitor.get(`/api/v1/invitations/${token}`);
    expect(offer.json()).toMatchObject({ email: 'ichiro@example.org', role: 'coordinator', needsPassword: true });

    const missing = await visitor.post(`/api/v1/invitations/${token}/accept`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual([expect.objectContaining({ path: 'password', code: 'required' })]);

    const accepted = await visitor.post(`/api/v1/invitations/${token}/accept`, { password: 'ichiro-password-1' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ activeOrgId: orgId, memberships: [{ role: 'coordinator' }] });

    const reused = await new TestClient(t.app).post(`/api/v1/invitations/${token}/accept`, {
      password: 'other-password',
    });
    expect(reused.json().error.code).toBe('INVITATION_INVALID');
    await new TestClient(t.app).signIn('ichiro@example.org', 'ichiro-password-1');
    const members = (await admin.get(`${base}/members?q=すずき`)).json().members;
    expect(members).toEqual([expect.objectContaining({ email: 'ichiro@example.org', status: 'active' })]);
  });

  it('refuses to add the same person twice', async () => {
    const response = await admin.post(`${base}/members`, { email: 'ICHIRO@example.org', name: 'x', role: 'staff' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('MEMBER_ALREADY_EXISTS');
  });

  it('changes roles with an audit entry of old and new role', async () => {
    const member = await invite('jiro@example.org', 'volunteer', '鈴木 次郎');
    const changed = await admin.patch(`${base}/members/${member.accountId}`, { role: 'staff' });
    expect(changed.json().role).toBe('staff');
    const audit = (await admin.get(`${base}/audit-entries?limit=1`)).json();
    expect(audit.entries[0]).toMatchObject({
      action: 'MEMBER_ROLE_CHANGED',
      summary: { from: 'volunteer', to: 'staff' },
    });
    expect(audit.nextCursor).toBe(audit.entries[0].id);
  });

  it('never leaves the organization without an administrator', async () => {
    const me = (await admin.get('/api/v1/session')).json().account.id;
    const demote = await admin.patch(`${base}/members/${me}`, { role: 'coordinator' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('MEMBER_LAST_ADMIN');
    const remove = await admin.delete(`${base}/members/${me}`);
    expect(remove.json().error.code).toBe('MEMBER_LAST_ADMIN');
  });

  it('lets only a network administrator grant the network administrator role', async () => {
    const orgAdmin = await invite('saburo@example.org', 'org_admin', '鈴木 三郎');
    const token = invitationToken((await admin.get(`${base}/outbox-messages?limit=1`)).json().messages[0].text);
    const saburo = new TestClient(t.app);
    await saburo.post(`/api/v1/invitations/${token}/accept`, { password: 'saburo-password' });
    const member = (await admin.get(`${base}/members?q=jiro`)).json().members[0];
    const refused = await saburo.patch(`${base}/members/${member.accountId}`, { role: 'network_admin' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ROLE_GRANT_FORBIDDEN');
    const me = (await admin.get('/api/v1/session')).json().account.id;
    expect((await saburo.patch(`${base}/members/${me}`, { role: 'staff' })).json().error.code).toBe(
      'ROLE_GRANT_FORBIDDEN',
    );
    expect((await admin.patch(`${base}/members/${orgAdmin.accountId}`, { role: 'network_admin' })).statusCode).toBe(
      200,
    );
  });

  it('removes a member, who then loses access at once', async () => {
    const member = (await admin.get(`${base}/members?q=ichiro`)).json().members[0];
    const ichiro = new TestClient(t.app);
    await ichiro.signIn('ichiro@example.org', 'ichiro-password-1');
    expect((await ichiro.get(`${base}/members`)).statusCode).toBe(200);
    expect((await admin.delete(`${base}/members/${member.accountId}`)).statusCode).toBe(204);
    expect((await ichiro.get(`${base}/members`)).statusCode).toBe(403);
    expect((await admin.delete(`${base}/members/${member.accountId}`)).json().error.code).toBe('MEMBER_NOT_FOUND');
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const { db } = t.database;
    await expect(db.execute(sql`update audit_entry set action = 'X'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_entry`)).rejects.toThrow();
    const entries = (await admin.get(`${base}/audit-entries?limit=200`)).json().entries;
    expect(entries.length).toBeGreaterThanOrEqual(8);
    expect(entries.every((e: { action: string }) => e.action !== 'X')).toBe(true);
  });

  it('validates list filters and answers unknown ids with a translated 400', async () => {
    expect((await admin.get(`${base}/members?role=king`)).statusCode).toBe(400);
    const badCursor = await admin.get(`${base}/audit-entries?before=not-a-uuid`);
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.fields[0]).toMatchObject({ path: 'before', in: 'querystring' });
  });
});
