import {
  DEFAULT_MATCHING_SETTINGS,
  type TMatchingSettings,
  type TUpdateMatchingSettingsRequest,
  ZMatchingWeights,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import type { Actor } from '../../platform/http/deps';
import { getOrganization } from '../organizations';
import * as repo from './matching.repository';

/** The organization's matching rules; defaults until an administrator changes one. */
export async function getMatchingSettings(db: Db, orgId: string): Promise<TMatchingSettings> {
  const row = await repo.findMatchingSettings(db, orgId);
  if (!row) return DEFAULT_MATCHING_SETTINGS;
  return {
    mode: row.mode,
    // A factor added in a later version starts at its default weight.
    weights: ZMatchingWeights.parse({ ...DEFAULT_MATCHING_SETTINGS.weights, ...row.weights }),
    halfScoreDistanceKm: row.halfScoreDistanceKm,
    proposalValidDays: row.proposalValidDays,
  };
}

export async function updateMatchingSettings(
  db: Db,
  actor: Actor,
  orgId: string,
  changes: TUpdateMatchingSettingsRequest,
): Promise<TMatchingSettings> {
  return db.transaction(async (tx) => {
    await getOrganization(tx, orgId);
    const current = await getMatchingSettings(tx, orgId);
    const next = { ...current, ...changes };
    await repo.upsertMatchingSettings(tx, { orgId, ...next });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'MATCHING_SETTINGS_UPDATED',
      targetType: 'organization',
      targetId: orgId,
      summary: Object.fromEntries(
        Object.entries(changes).filter(
          ([key, value]) => JSON.stringify(current[key as keyof TMatchingSettings]) !== JSON.stringify(value),
        ),
      ),
      requestId: actor.requestId,
    });
    return next;
  });
}
