import {
  ADMIN_ROLES,
  type TAddMemberRequest,
  type TLocale,
  type TMember,
  type TMemberListQuery,
  type TRole,
  translate,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import { hashToken, newToken } from '../../platform/auth/session.service';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor, AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB, queueMail } from '../../platform/mail/mail.service';
import { getOrganization } from '../organizations';
import { createAccount } from './accounts.service';
import * as repo from './people.repository';

export const INVITATION_VALID_DAYS = 14;

function toMember(membership: repo.MembershipRow, account: repo.AccountRow): TMember {
  return {
    accountId: account.id,
    name: account.name,
    nameReading: account.nameReading,
    email: account.email,
    phone: account.phone,
    role: membership.role,
    status: account.passwordHash ? 'active' : 'invited',
    joinedAt: membership.createdAt.toISOString(),
  };
}

export async function listMembers(db: Db, orgId: string, query: TMemberListQuery): Promise<TMember[]> {
  const rows = await repo.listMembers(db, orgId, query);
  return rows.map((row) => toMember(row.membership, row.account));
}

export const countMembersByRole = repo.countMembersByRole;

/** Gives an account a role, adding the membership when missing (the CLI's create-admin). */
export async function setMembershipRole(tx: Db, orgId: string, accountId: string, role: TRole): Promise<void> {
  if (await repo.findMembership(tx, orgId, accountId)) await repo.updateMembershipRole(tx, orgId, accountId, role);
  else await repo.insertMembership(tx, orgId, accountId, role);
}

/** Adds a membership with no invitation or mail (first-run setup, the demo). */
export async function addMembershipDirectly(tx: Db, orgId: string, accountId: string, role: TRole): Promise<void> {
  await repo.insertMembership(tx, orgId, accountId, role);
}
export const countMembersOfOrganizations = repo.countMembersOfOrganizations;

/** Only a network administrator may give or take away the network administrator role. */
function assertMayGrant(actorRole: TRole | undefined, ...roles: TRole[]): void {
  if (roles.includes('network_admin') && actorRole !== 'network_admin') throw new AppError('ROLE_GRANT_FORBIDDEN');
}

/**
 * Adds a person to the organization. Someone new gets an account without a
 * password and an invitation mail to set one; someone with an account is
 * added at once and told by mail. Runs in the caller's transaction when given one.
 */
export async function addMember(
  tx: Db,
  deps: Pick<AppDeps, 'config'>,
  actor: Actor & { role?: TRole },
  orgId: string,
  input: TAddMemberRequest,
): Promise<TMember> {
  assertMayGrant(actor.role, input.role);
  const org = await getOrganization(tx, orgId);
  const existing = await repo.findAccountByEmail(tx, input.email);
  if (existing && (await repo.findMembership(tx, orgId, existing.id))) throw new AppError('MEMBER_ALREADY_EXISTS');
  const account =
    existing ??
    (await createAccount(tx, {
      name: input.name,
      nameReading: input.nameReading,
      email: input.email,
      locale: input.locale ?? org.locale,
    }));
  const membership = await repo.insertMembership(tx, orgId, account.id, input.role);
  const locale = account.locale as TLocale;
  const mailParams = {
    name: account.name,
    inviterName: actor.name,
    role: translate(locale, `common.roles.${input.role}`),
  };
  if (account.passwordHash) {
    await queueMail(tx, deps.config, {
      orgId,
      orgName: org.name,
      to: input.email,
      locale,
      template: 'member_added',
      params: { ...mailParams, link: `${deps.config.publicUrl}/sign-in` },
    });
  } else {
    const token = newToken();
    await repo.insertInvitation(tx, {
      orgId,
      accountId: account.id,
      tokenHash: hashToken(token),
      invitedBy: actor.accountId,
      expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000),
    });
    await queueMail(tx, deps.config, {
      orgId,
      orgName: org.name,
      to: input.email,
      locale,
      template: 'invitation',
      params: { ...mailParams, link: `${deps.config.publicUrl}/invitations/${token}`, days: INVITATION_VALID_DAYS },
    });
  }
  await recordAudit(tx, {
    orgId,
    actorAccountId: actor.accountId,
    action: 'MEMBER_INVITED',
    targetType: 'account',
    targetId: account.id,
    summary: { role: input.role, newAccount: !existing },
    requestId: actor.requestId,
  });
  return toMember(membership, account);
}

/** addMember in its own transaction, then a nudge to the mail job once the mail is committed. */
export async function inviteMember(
  deps: AppDeps,
  actor: Actor & { role?: TRole },
  orgId: string,
  input: TAddMemberRequest,
) {
  const member = await deps.db.transaction((tx) => addMember(tx, deps, actor, orgId, input));
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
  return member;
}

/** Refuses a change that would leave the organization without an administrator. */
async function assertAdminRemains(tx: Db, orgId: string, accountId: string, newRole: TRole | null): Promise<void> {
  const admins = await repo.lockAdminMemberships(tx, orgId, ADMIN_ROLES);
  const losesAdmin = admins.includes(accountId) && (newRole === null || !ADMIN_ROLES.includes(newRole));
  if (losesAdmin && admins.length <= 1) throw new AppError('MEMBER_LAST_ADMIN');
}

export async function changeMemberRole(
  deps: AppDeps,
  actor: Actor & { role?: TRole },
  orgId: string,
  accountId: string,
  role: TRole,
): Promise<TMember> {
  return deps.db.transaction(async (tx) => {
    const membership = await repo.findMembership(tx, orgId, accountId);
    if (!membership) throw new AppError('MEMBER_NOT_FOUND');
    assertMayGrant(actor.role, membership.role, role);
    const account = (await repo.findAccountById(tx, accountId))!;
    if (membership.role === role) return toMember(membership, account);
    await assertAdminRemains(tx, orgId, accountId, role);
    await repo.updateMembershipRole(tx, orgId, accountId, role);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'MEMBER_ROLE_CHANGED',
      targetType: 'account',
      targetId: accountId,
      summary: { from: membership.role, to: role },
      requestId: actor.requestId,
    });
    return toMember({ ...membership, role }, account);
  });
}

export async function removeMember(
  deps: AppDeps,
  actor: Actor & { role?: TRole },
  orgId: string,
  accountId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const membership = await repo.findMembership(tx, orgId, accountId);
    if (!membership) throw new AppError('MEMBER_NOT_FOUND');
    assertMayGrant(actor.role, membership.role);
    await assertAdminRemains(tx, orgId, accountId, null);
    await repo.deleteMembership(tx, orgId, accountId);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'MEMBER_REMOVED',
      targetType: 'account',
      targetId: accountId,
      summary: { role: membership.role },
      requestId: actor.requestId,
    });
  });
}
