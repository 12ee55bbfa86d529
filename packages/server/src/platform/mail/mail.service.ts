import { type TLocale, translate } from '@musubi/shared';
import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { Db } from '../db/client';
import { outboxMessageTable } from './outbox.table';

/** Mail templates: `mail.<template>_subject` and `mail.<template>_body` in the catalogs. */
export type MailTemplate =
  | 'invitation'
  | 'member_added'
  | 'password_reset'
  | 'signup_confirmed'
  | 'signup_waitlisted'
  | 'waitlist_promoted'
  | 'signup_cancelled'
  | 'shift_cancelled'
  | 'shift_changed'
  | 'opportunity_cancelled'
  | 'shift_reminder'
  | 'digest'
  | 'proposal';

export interface QueuedMail {
  orgId: string;
  orgName: string;
  to: string;
  locale: TLocale;
  template: MailTemplate;
  params: Record<string, string | number>;
}

export const MAIL_DELIVER_JOB = 'mail.deliver';
const MAX_ATTEMPTS = 5;

/**
 * Renders a message in the recipient's language and stores it in the outbox,
 * inside the caller's transaction: the mail exists exactly when the change
 * that caused it was committed.
 */
export async function queueMail(tx: Db, config: Config, mail: QueuedMail): Promise<void> {
  const params = { ...mail.params, orgName: mail.orgName };
  const signature = translate(mail.locale, 'mail.signature', params);
  await tx.insert(outboxMessageTable).values({
    orgId: mail.orgId,
    toAddress: mail.to,
    subject: translate(mail.locale, `mail.${mail.template}_subject`, params),
    textBody: `${translate(mail.locale, `mail.${mail.template}_body`, params)}\n\n${signature}\n`,
    locale: mail.locale,
    template: mail.template,
    status: config.smtpUrl ? 'pending' : 'held',
  });
}

/** Sends due pending messages over SMTP (the `mail.deliver` job). At-least-once: a crash between send and mark resends. */
export async function deliverPendingMail(db: Db, config: Config): Promise<{ sent: number; failed: number }> {
  if (!config.smtpUrl) return { sent: 0, failed: 0 };
  const now = new Date();
  const due = await db
    .select()
    .from(outboxMessageTable)
    .where(
      and(
        eq(outboxMessageTable.status, 'pending'),
        or(isNull(outboxMessageTable.nextAttemptAt), lte(outboxMessageTable.nextAttemptAt, now)),
      ),
    )
    .orderBy(asc(outboxMessageTable.createdAt))
    .limit(50);
  if (due.length === 0) return { sent: 0, failed: 0 };

  const transport = nodemailer.createTransport(config.smtpUrl);
  let sent = 0;
  let failed = 0;
  try {
    for (const message of due) {
      const key = and(eq(outboxMessageTable.orgId, message.orgId), eq(outboxMessageTable.id, message.id));
      try {
        await transport.sendMail({
          from: config.mailFrom,
          to: message.toAddress,
          subject: message.subject,
          text: message.textBody,
          headers: { 'Content-Language': message.locale },
        });
        await db
          .update(outboxMessageTable)
          .set({ status: 'sent', sentAt: new Date(), attempts: message.attempts + 1 })
          .where(key);
        sent++;
      } catch (err) {
        const attempts = message.attempts + 1;
        // Back off 1, 4, 9, 16 minutes, then give up and show it as failed.
        await db
          .update(outboxMessageTable)
          .set({
            attempts,
            lastError: String((err as Error).message ?? err).slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            nextAttemptAt: new Date(Date.now() + attempts * attempts * 60_000),
          })
          .where(key);
        failed++;
      }
    }
  } finally {
    transport.close();
  }
  return { sent, failed };
}
