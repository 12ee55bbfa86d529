import type { TNeedRequestForm, TNeedSettings, TUpdateNeedSettingsRequest } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import type { Actor } from '../../platform/http/deps';
import { getOrganization } from '../organizations';
import * as repo from './needs.repository';

/** Until an administrator changes something, the public request page is open and the wording is version 1. */
const DEFAULTS: TNeedSettings = { publicRequestsOpen: true, consentWordingVersion: '1' };

export async function getNeedSettings(db: Db, orgId: string): Promise<TNeedSettings> {
  const row = await repo.findNeedSettings(db, orgId);
  return row
    ? { publicRequestsOpen: row.publicRequestsOpen, consentWordingVersion: row.consentWordingVersion }
    : DEFAULTS;
}

export async function updateNeedSettings(
  db: Db,
  actor: Actor,
  orgId: string,
  changes: TUpdateNeedSettingsRequest,
): Promise<TNeedSettings> {
  return db.transaction(async (tx) => {
    await getOrganization(tx, orgId);
    const current = await getNeedSettings(tx, orgId);
    const next = { ...current, ...changes };
    await repo.upsertNeedSettings(tx, { orgId, ...next });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'NEED_SETTINGS_UPDATED',
      targetType: 'organization',
      targetId: orgId,
      summary: Object.fromEntries(
        Object.entries(changes).filter(([key, value]) => current[key as keyof TNeedSettings] !== value),
      ),
      requestId: actor.requestId,
    });
    return next;
  });
}

/** What the public request page needs to draw itself. */
export async function needRequestForm(db: Db, orgId: string): Promise<TNeedRequestForm> {
  const org = await getOrganization(db, orgId);
  const settings = await getNeedSettings(db, orgId);
  return {
    orgId,
    orgName: org.name,
    open: settings.publicRequestsOpen,
    consentWordingVersion: settings.consentWordingVersion,
  };
}
