import type { TLedgerRules, TLedgerUnit, TUpdateLedgerRulesRequest } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import * as repo from './ledger.repository';

/** The rules an organization has before it changes any: deposit mode, 1:1, no cap, no expiry, no gifts. */
export const DEFAULT_RULES: Omit<TLedgerRules, 'unit' | 'updatedAt'> = {
  mode: 'deposit',
  earningRates: {},
  defaultRatePercent: 100,
  groupServiceKinds: [],
  balanceCapMinutes: null,
  excessPolicy: 'donate',
  dailyMaxMinutes: null,
  expiryMonths: null,
  giftsAllowed: false,
  giftMinAge: null,
  poolFloorMinutes: 0,
};

export function toRules(unit: TLedgerUnit, row: repo.RulesRow | undefined): TLedgerRules {
  if (!row) return { unit, ...DEFAULT_RULES, updatedAt: null };
  return {
    unit,
    mode: row.mode,
    earningRates: row.earningRates,
    defaultRatePercent: row.defaultRatePercent,
    groupServiceKinds: row.groupServiceKinds,
    balanceCapMinutes: row.balanceCapMinutes,
    excessPolicy: row.excessPolicy,
    dailyMaxMinutes: row.dailyMaxMinutes,
    expiryMonths: row.expiryMonths,
    giftsAllowed: row.giftsAllowed,
    giftMinAge: row.giftMinAge,
    poolFloorMinutes: row.poolFloorMinutes,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getLedgerRules(db: Db, orgId: string, unit: TLedgerUnit = 'hours'): Promise<TLedgerRules> {
  return toRules(unit, await repo.findRules(db, orgId, unit));
}

/** Replaces the rules of the `hours` unit; the pool's floor follows at once. */
export async function updateLedgerRules(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TUpdateLedgerRulesRequest,
): Promise<TLedgerRules> {
  return db.transaction(async (tx) => {
    const before = await getLedgerRules(tx, orgId);
    const row = await repo.upsertRules(tx, { orgId, unit: 'hours', ...input, updatedBy: actor.accountId });
    const pool = await repo.ensureSystemAccount(tx, orgId, 'hours', 'pool', input.poolFloorMinutes);
    if (pool.balance < input.poolFloorMinutes) {
      throw new AppError('LEDGER_INSUFFICIENT_BALANCE', {
        accountId: pool.id,
        balance: pool.balance,
        floor: input.poolFloorMinutes,
      });
    }
    if (pool.floor !== input.poolFloorMinutes)
      await repo.updateAccountFloor(tx, orgId, pool.id, input.poolFloorMinutes);
    const changed = Object.keys(input).filter(
      (key) => JSON.stringify(before[key as keyof TLedgerRules]) !== JSON.stringify(input[key as keyof typeof input]),
    );
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'LEDGER_RULES_UPDATED',
      targetType: 'ledger_rules',
      targetId: 'hours',
      summary: { changed },
      requestId: actor.requestId,
    });
    return toRules('hours', row);
  });
}
