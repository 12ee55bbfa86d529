import type { TAcceptInvitationRequest, TInvitationResponse } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import { hashPassword } from '../../platform/auth/password';
import { hashToken } from '../../platform/auth/session.service';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { getOrganization } from '../organizations';
import * as repo from './people.repository';

async function openInvitation(db: Db, token: string) {
  const invitation = await repo.findOpenInvitation(db, hashToken(token), new Date());
  if (!invitation) throw new AppError('INVITATION_INVALID');
  const membership = await repo.findMembership(db, invitation.orgId, invitation.accountId);
  // Removed from the organization since the invitation was sent.
  if (!membership) throw new AppError('INVITATION_INVALID');
  const account = (await repo.findAccountById(db, invitation.accountId))!;
  return { invitation, membership, account };
}

export async function getInvitation(db: Db, token: string): Promise<TInvitationResponse> {
  const { invitation, membership, account } = await openInvitation(db, token);
  const org = await getOrganization(db, invitation.orgId);
  return {
    orgName: org.name,
    email: account.email ?? '',
    name: account.name,
    role: membership.role,
    needsPassword: account.passwordHash === null,
  };
}

/**
 * Accepts an invitation: sets the name and password (for a new account) and
 * uses up the token. Returns who to sign in and where.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: TAcceptInvitationRequest,
  requestId: string,
): Promise<{ accountId: string; orgId: string }> {
  return db.transaction(async (tx) => {
    const { invitation, account } = await openInvitation(tx, token);
    if (account.passwordHash === null && !input.password) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'password', in: 'body', code: 'required', messageKey: 'validation.required' },
      ]);
    }
    if (!(await repo.markInvitationAccepted(tx, invitation.orgId, invitation.id))) {
      throw new AppError('INVITATION_INVALID');
    }
    if (account.passwordHash === null) {
      await repo.updateAccountById(tx, account.id, {
        name: input.name ?? account.name,
        nameReading: input.nameReading ?? account.nameReading,
        passwordHash: await hashPassword(input.password!),
      });
    }
    await recordAudit(tx, {
      orgId: invitation.orgId,
      actorAccountId: account.id,
      action: 'MEMBER_JOINED',
      targetType: 'account',
      targetId: account.id,
      requestId,
    });
    return { accountId: account.id, orgId: invitation.orgId };
  });
}
