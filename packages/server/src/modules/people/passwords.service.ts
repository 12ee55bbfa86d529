import type { TLocale, TPasswordResetResponse } from '@musubi/shared';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { endAllSessionsOf, hashToken, newToken } from '../../platform/auth/session.service';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB, queueMail } from '../../platform/mail/mail.service';
import { describeOrganizations } from '../organizations';
import { findByIdentifier } from './accounts.service';
import * as repo from './people.repository';

export const PASSWORD_RESET_VALID_MINUTES = 60;

/**
 * "Forgot your password?": mails a one-hour link to the account's e-mail
 * address. Says nothing about whether the account exists. The mail goes out
 * through the outbox of one of the person's organizations, so without SMTP a
 * coordinator can read the link to someone who has no e-mail skills.
 */
export async function requestPasswordReset(deps: AppDeps, identifier: string): Promise<void> {
  const queued = await deps.db.transaction(async (tx) => {
    const account = await findByIdentifier(tx, identifier);
    if (!account?.email) return false;
    const memberships = await repo.listMembershipsOfAccount(tx, account.id);
    const orgId = memberships.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0]?.orgId;
    if (!orgId) return false;
    const org = (await describeOrganizations(tx, [orgId])).get(orgId)!;
    const token = newToken();
    await repo.insertPasswordReset(tx, {
      tokenHash: hashToken(token),
      accountId: account.id,
      expiresAt: new Date(Date.now() + PASSWORD_RESET_VALID_MINUTES * 60_000),
    });
    await queueMail(tx, deps.config, {
      orgId,
      orgName: org.name,
      to: account.email,
      locale: account.locale as TLocale,
      template: 'password_reset',
      params: { name: account.name, link: `${deps.config.publicUrl}/password-reset/${token}` },
    });
    return true;
  });
  if (queued) await deps.jobs.trigger(MAIL_DELIVER_JOB);
}

async function openReset(db: Db, token: string) {
  const reset = await repo.findOpenPasswordReset(db, hashToken(token), new Date());
  if (!reset) throw new AppError('PASSWORD_RESET_INVALID');
  return reset;
}

export async function getPasswordReset(db: Db, token: string): Promise<TPasswordResetResponse> {
  const reset = await openReset(db, token);
  const account = (await repo.findAccountById(db, reset.accountId))!;
  return { email: account.email ?? '' };
}

/** Sets the new password, uses up the link and ends every session of the account; returns who to sign in. */
export async function completePasswordReset(db: Db, token: string, password: string): Promise<string> {
  return db.transaction(async (tx) => {
    const reset = await openReset(tx, token);
    if (!(await repo.markPasswordResetUsed(tx, reset.tokenHash))) throw new AppError('PASSWORD_RESET_INVALID');
    await repo.updateAccountById(tx, reset.accountId, { passwordHash: await hashPassword(password) });
    await endAllSessionsOf(tx, reset.accountId);
    return reset.accountId;
  });
}

/** Changes a signed-in person's password after checking the current one; their other sessions end. */
export async function changePassword(
  db: Db,
  session: { accountId: string; tokenHash: string },
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const account = (await repo.findAccountById(db, session.accountId))!;
  const ok = account.passwordHash !== null && (await verifyPassword(account.passwordHash, input.currentPassword));
  if (!ok) {
    throw new AppError('VALIDATION_FAILED', {}, [
      { path: 'currentPassword', in: 'body', code: 'custom', messageKey: 'validation.current_password' },
    ]);
  }
  await db.transaction(async (tx) => {
    await repo.updateAccountById(tx, account.id, { passwordHash: await hashPassword(input.newPassword) });
    await endAllSessionsOf(tx, account.id, session.tokenHash);
  });
}
