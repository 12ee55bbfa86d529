import type { TOrganization, TOrganizationProfile, TUpdateOrganizationRequest } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor, AppDeps } from '../../platform/http/deps';
import * as repo from './organizations.repository';

export function toOrganization(row: repo.OrganizationRow): TOrganization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    locale: row.locale as TOrganization['locale'],
    timeZone: row.timeZone,
    fiscalYearStartMonth: row.fiscalYearStartMonth,
    runsNetwork: row.runsNetwork,
    email: row.email,
    phone: row.phone,
    postalCode: row.postalCode,
    address: row.address,
    website: row.website,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Creates an organization inside the caller's transaction and audits it in
 * the new organization's own log.
 */
export async function createOrganization(
  tx: Db,
  profile: TOrganizationProfile,
  actor: { accountId: string | null; requestId?: string },
): Promise<TOrganization> {
  const row = await repo.insertOrganization(tx, { ...profile, runsNetwork: profile.runsNetwork ?? false });
  await recordAudit(tx, {
    orgId: row.id,
    actorAccountId: actor.accountId,
    action: 'ORGANIZATION_CREATED',
    targetType: 'organization',
    targetId: row.id,
    summary: { name: row.name, kind: row.kind },
    requestId: actor.requestId,
  });
  return toOrganization(row);
}

export async function getOrganization(db: Db, orgId: string): Promise<TOrganization> {
  const row = await repo.findOrganizationById(db, orgId);
  if (!row) throw new AppError('ORGANIZATION_NOT_FOUND');
  return toOrganization(row);
}

/** Updates the profile; the audit entry lists the fields that changed, old and new. */
export async function updateOrganization(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  changes: TUpdateOrganizationRequest,
): Promise<TOrganization> {
  return deps.db.transaction(async (tx) => {
    const before = await repo.findOrganizationById(tx, orgId);
    if (!before) throw new AppError('ORGANIZATION_NOT_FOUND');
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(changes)) {
      const old = before[key as keyof typeof before];
      if (value !== undefined && value !== old) changed[key] = { from: old, to: value };
    }
    if (Object.keys(changed).length === 0) return toOrganization(before);
    const after = await repo.updateOrganizationById(tx, orgId, changes as Partial<repo.NewOrganizationRow>);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'ORGANIZATION_UPDATED',
      targetType: 'organization',
      targetId: orgId,
      summary: { changed },
      requestId: actor.requestId,
    });
    return toOrganization(after!);
  });
}

export const hasAnyOrganization = repo.anyOrganizationExists;

/** Name and network role of each organization, for session memberships. */
export async function describeOrganizations(
  db: Db,
  ids: string[],
): Promise<Map<string, { name: string; runsNetwork: boolean; kind: TOrganization['kind'] }>> {
  const rows = await repo.listOrganizationsByIds(db, ids);
  return new Map(rows.map((row) => [row.id, { name: row.name, runsNetwork: row.runsNetwork, kind: row.kind }]));
}

export async function joinNetwork(tx: Db, orgId: string, networkOrgId: string): Promise<void> {
  await repo.insertNetworkMembership(tx, orgId, networkOrgId);
}

export const listNetworkMembers = repo.listNetworkMembers;
export const listAllOrganizations = repo.listAllOrganizations;
export const listNetworkPeers = repo.listNetworkPeers;
