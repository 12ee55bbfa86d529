import type { TLedgerBeneficiary } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { requireRecipient } from '../needs';
import { accountNamesByIds } from '../people';
import { holderNames, requireAccount } from './accounts.service';
import * as repo from './ledger.repository';

async function toBeneficiaries(db: Db, orgId: string, rows: repo.BeneficiaryRow[]): Promise<TLedgerBeneficiary[]> {
  const accounts = await repo.findAccounts(db, orgId, [
    ...new Set(rows.flatMap((row) => [row.giverAccountId, row.accountId])),
  ]);
  const names = await holderNames(db, orgId, accounts);
  const verifiers = await accountNamesByIds(db, [
    ...new Set(rows.map((row) => row.verifiedBy).filter((id): id is string => !!id)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    giverAccountId: row.giverAccountId,
    giverName: names.get(row.giverAccountId) ?? null,
    recipientId: row.recipientId,
    recipientName: names.get(row.accountId) ?? '',
    accountId: row.accountId,
    relation: row.relation,
    verifiedByName: row.verifiedBy ? (verifiers.get(row.verifiedBy) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function listLedgerBeneficiaries(db: Db, orgId: string) {
  return { beneficiaries: await toBeneficiaries(db, orgId, await repo.listBeneficiaries(db, orgId)) };
}

/**
 * Names a relative (a needs-module recipient) to whom a member may give
 * credits; the coordinator who records it is the one who verified the
 * relation. The beneficiary gets an account of their own.
 */
export async function addLedgerBeneficiary(
  db: Db,
  actor: Actor,
  orgId: string,
  input: { giverAccountId: string; recipientId: string; relation: TLedgerBeneficiary['relation'] },
): Promise<{ beneficiary: TLedgerBeneficiary; created: boolean }> {
  return db.transaction(async (tx) => {
    const giver = await requireAccount(tx, orgId, input.giverAccountId);
    if (giver.ownerKind !== 'member') throw new AppError('LEDGER_ACCOUNT_KIND_INVALID', { ownerKind: giver.ownerKind });
    await requireRecipient(tx, orgId, input.recipientId);
    const account = (
      await repo.ensureHolderAccount(tx, orgId, 'hours', { ownerKind: 'recipient', recipientId: input.recipientId })
    ).row;
    const { row, created } = await repo.insertBeneficiary(tx, {
      orgId,
      giverAccountId: giver.id,
      recipientId: input.recipientId,
      accountId: account.id,
      relation: input.relation,
      verifiedBy: actor.accountId,
    });
    if (created) {
      await recordAudit(tx, {
        orgId,
        actorAccountId: actor.accountId,
        action: 'LEDGER_BENEFICIARY_ADDED',
        targetType: 'ledger_beneficiary',
        targetId: row.id,
        summary: { giverAccountId: giver.id, recipientId: input.recipientId, relation: input.relation },
        requestId: actor.requestId,
      });
    }
    const [beneficiary] = await toBeneficiaries(tx, orgId, [row]);
    return { beneficiary, created };
  });
}
