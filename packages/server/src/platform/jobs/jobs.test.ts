import { eq } from 'drizzle-orm';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_CLEANUP_JOB } from '../../app';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';
import { sessionTable } from '../auth/session.table';
import { outboxMessageTable } from '../mail/outbox.table';

/** Polls until `check` returns a value, for work that a background job does. */
async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('background jobs: mail delivery over SMTP and session clean-up', () => {
  const received: ParsedMail[] = [];
  let refuse = false;
  let smtp: SMTPServer;
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;

  beforeAll(async () => {
    // A real SMTP listener on loopback; nodemailer talks to it as it would to a mail server.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo(_address, _session, callback) {
        callback(refuse ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined);
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as { port: number };
    t = await createTestApp(
      { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Musubi <noreply@musubi.test>' },
      { startJobs: true },
    );
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('delivers an invitation through SMTP in the recipient language and marks it sent', async () => {
    const response = await admin.post(`/api/v1/organizations/${orgId}/members`, {
      email: 'minho@example.org',
      name: '김민호',
      role: 'volunteer',
      locale: 'ko',
    });
    expect(response.statusCode).toBe(201);
    const mail = await eventually(async () => received.find((m) => m.subject?.includes('초대')));
    expect(mail.from?.value[0]).toMatchObject({ name: 'Musubi', address: 'noreply@musubi.test' });
    expect(mail.subject).toBe('結び野市ボランティアセンター 초대');
    expect(mail.text).toContain('김민호 님');
    expect(mail.text).toMatch(/http:\/\/musubi\.test\/invitations\/[A-Za-z0-9_-]{43}/);
    const sent = await eventually(async () => {
      const [row] = await t.database.db
        .select()
        .from(outboxMessageTable)
        .where(eq(outboxMessageTable.toAddress, 'minho@example.org'));
      return row?.status === 'sent' ? row : undefined;
    });
    expect(sent.attempts).toBe(1);
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it('keeps a refused message pending with the error, for a later retry', async () => {
    refuse = true;
    await admin.post(`/api/v1/organizations/${orgId}/members`, {
      email: 'bounce@example.org',
      name: 'Bounce',
      role: 'member',
    });
    const row = await eventually(async () => {
      const [message] = await t.database.db
        .select()
        .from(outboxMessageTable)
        .where(eq(outboxMessageTable.toAddress, 'bounce@example.org'));
      return message?.attempts === 1 ? message : undefined;
    });
    expect(row.status).toBe('pending');
    expect(row.lastError).toContain('mailbox unavailable');
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    refuse = false;
  });

  it('removes expired sessions and keeps live ones', async () => {
    const live = new TestClient(t.app);
    await live.signIn('hanako@example.org', 'correct horse battery staple');
    const { db } = t.database;
    await db.insert(sessionTable).values({
      tokenHash: 'expired-token-hash',
      accountId: (await live.get('/api/v1/session')).json().account.id,
      csrfToken: 'x',
      expiresAt: new Date(Date.now() - 60_000),
    });
    await t.app.deps.jobs.trigger(SESSION_CLEANUP_JOB);
    await eventually(async () => {
      const rows = await db.select().from(sessionTable).where(eq(sessionTable.tokenHash, 'expired-token-hash'));
      return rows.length === 0;
    });
    expect((await live.get('/api/v1/session')).json().account).not.toBeNull();
  });
});
