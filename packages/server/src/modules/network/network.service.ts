import type {
  TAddNetworkMemberRequest,
  TNetworkMemberOrganization,
  TNetworkPeersResponse,
  TNetworkResponse,
  TRole,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor, AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB } from '../../platform/mail/mail.service';
import {
  createOrganization,
  describeOrganizations,
  getOrganization,
  joinNetwork,
  listNetworkMembers,
  listNetworkPeers,
} from '../organizations';
import { addMember, countMembersOfOrganizations } from '../people';

export async function getNetwork(db: Db, hubId: string): Promise<TNetworkResponse> {
  const hub = await getOrganization(db, hubId);
  if (!hub.runsNetwork) throw new AppError('NETWORK_NOT_A_HUB');
  const rows = await listNetworkMembers(db, hubId);
  const counts = await countMembersOfOrganizations(
    db,
    rows.map((r) => r.org.id),
  );
  return {
    hub: { id: hub.id, name: hub.name },
    members: rows.map(({ org, joinedAt }) => ({
      id: org.id,
      name: org.name,
      kind: org.kind,
      memberCount: counts.get(org.id) ?? 0,
      joinedAt: joinedAt.toISOString(),
    })),
  };
}

/** The hub and the other members of this organization's networks, by name (none outside a network). */
export async function listPeerOrganizations(db: Db, orgId: string): Promise<TNetworkPeersResponse> {
  const ids = (await listNetworkPeers(db, orgId)).filter((id) => id !== orgId);
  const described = await describeOrganizations(db, ids);
  const organizations = [...described.entries()].map(([id, org]) => ({ id, ...org }));
  return { organizations: organizations.sort((a, b) => a.name.localeCompare(b.name, 'ja')) };
}

/**
 * Creates a member organization of the hub's network and invites its first
 * administrator, all in one transaction (audited in both organizations).
 */
export async function addNetworkMember(
  deps: AppDeps,
  actor: Actor & { role?: TRole },
  hubId: string,
  input: TAddNetworkMemberRequest,
): Promise<TNetworkMemberOrganization> {
  const result = await deps.db.transaction(async (tx) => {
    const hub = await getOrganization(tx, hubId);
    if (!hub.runsNetwork) throw new AppError('NETWORK_NOT_A_HUB');
    const org = await createOrganization(tx, input.organization, actor);
    await joinNetwork(tx, org.id, hubId);
    await addMember(tx, deps, actor, org.id, {
      email: input.adminEmail,
      name: input.adminName,
      role: 'org_admin',
      locale: org.locale,
    });
    await recordAudit(tx, {
      orgId: hubId,
      actorAccountId: actor.accountId,
      action: 'NETWORK_MEMBER_ADDED',
      targetType: 'organization',
      targetId: org.id,
      summary: { name: org.name, kind: org.kind },
      requestId: actor.requestId,
    });
    return { id: org.id, name: org.name, kind: org.kind, memberCount: 1, joinedAt: org.createdAt };
  });
  await deps.jobs.trigger(MAIL_DELIVER_JOB);
  return result;
}
