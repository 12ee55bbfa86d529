import { calendarDateIn } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { getOrganization } from '../organizations';
import { systemAccounts } from './accounts.service';
import * as repo from './ledger.repository';
import { postTransfer } from './post-transfer';
import { getLedgerRules } from './rules.service';

export const LEDGER_EXPIRE_JOB = 'ledger.expire';

/** The first day that does not expire: `months` before `asOf` (the day clamps to the month's end). */
export function expiryCutoff(asOf: string, months: number): string {
  const [y, m, d] = asOf.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Moves unused credits valued before the cutoff to the donation pool, oldest
 * first: per member account, max(0, credits before the cutoff − all debits so
 * far − earlier expiries), never more than the balance. Idempotent per
 * account and cutoff (key `expire:<accountId>:<cutoff>`).
 */
export async function expireCreditsOf(
  db: Db,
  orgId: string,
  asOf?: string,
): Promise<{ cutoff: string | null; expiredAccounts: number; expiredMinutes: number }> {
  const rules = await getLedgerRules(db, orgId);
  if (rules.expiryMonths === null) return { cutoff: null, expiredAccounts: 0, expiredMinutes: 0 };
  const today = asOf ?? calendarDateIn((await getOrganization(db, orgId)).timeZone);
  const cutoff = expiryCutoff(today, rules.expiryMonths);
  let expiredAccounts = 0;
  let expiredMinutes = 0;
  const accounts = [
    ...(await repo.listAccounts(db, orgId, { ownerKind: 'member' })),
    ...(await repo.listAccounts(db, orgId, { ownerKind: 'member_restricted' })),
  ];
  for (const account of accounts) {
    const figures = await repo.expiryFigures(db, orgId, account.id, cutoff);
    // Most accounts owe nothing on most days: no transaction, no empty transfer.
    if (account.balance <= 0 || figures.creditsBefore - figures.debits - figures.expired <= 0) continue;
    await db.transaction(async (tx) => {
      const system = await systemAccounts(tx, orgId, 'hours', rules.poolFloorMinutes);
      let amount = 0;
      const posted = await postTransfer(tx, {
        orgId,
        unit: 'hours',
        kind: 'expire',
        valueDate: today,
        reason: `expiry before ${cutoff}`,
        createdBy: null,
        idempotencyKey: `expire:${account.id}:${cutoff}`,
        request: { accountId: account.id, cutoff },
        accountIds: [account.id, system.donation.id],
        memberCap: null,
        legs: async (locked) => {
          const figures = await repo.expiryFigures(tx, orgId, account.id, cutoff);
          const due = Math.max(0, figures.creditsBefore - figures.debits - figures.expired);
          amount = Math.min(due, Math.max(0, locked.get(account.id)!.balance));
          return [
            { accountId: account.id, amount: -amount },
            { accountId: system.donation.id, amount },
          ];
        },
      });
      if (posted.replayed || amount === 0) return;
      expiredAccounts += 1;
      expiredMinutes += amount;
      await recordAudit(tx, {
        orgId,
        actorAccountId: null,
        action: 'LEDGER_CREDITS_EXPIRED',
        targetType: 'ledger_transfer',
        targetId: posted.transfer.id,
        summary: { accountId: account.id, cutoff, minutes: amount },
      });
    });
  }
  return { cutoff, expiredAccounts, expiredMinutes };
}

/** The scheduled job: every organization with an expiry rule. */
export async function expireCredits(db: Db): Promise<number> {
  let total = 0;
  for (const rules of await repo.rulesWithExpiry(db)) {
    total += (await expireCreditsOf(db, rules.orgId)).expiredMinutes;
  }
  return total;
}
