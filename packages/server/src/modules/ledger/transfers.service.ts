import type { TLedgerTransfer } from '@musubi/shared';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { accountNamesByIds } from '../people';
import { holderNames } from './accounts.service';
import * as repo from './ledger.repository';

/** Transfers as the API shows them: entries with the holders' names, who made them, and their reversal. */
export async function toTransfers(db: Db, orgId: string, rows: repo.TransferRow[]): Promise<TLedgerTransfer[]> {
  const ids = rows.map((row) => row.id);
  const entries = await repo.entriesOfTransfers(db, orgId, ids);
  const accounts = await repo.findAccounts(db, orgId, [...new Set(entries.map((e) => e.accountId))]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const names = await holderNames(db, orgId, accounts);
  const reversals = await repo.reversalsOf(db, orgId, ids);
  const creators = await accountNamesByIds(db, [
    ...new Set(rows.map((row) => row.createdBy).filter((id): id is string => !!id)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    unit: row.unit,
    kind: row.kind,
    valueDate: row.valueDate,
    memo: row.memo,
    reason: row.reason,
    sourceId: row.sourceId,
    reversesTransferId: row.reversesTransferId,
    reversedByTransferId: reversals.get(row.id) ?? null,
    createdByName: row.createdBy ? (creators.get(row.createdBy) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    entries: entries
      .filter((e) => e.transferId === row.id)
      .map((e) => ({
        accountId: e.accountId,
        ownerKind: byId.get(e.accountId)!.ownerKind,
        holderName: names.get(e.accountId) ?? null,
        amount: e.amount,
      })),
  }));
}

export async function requireTransfer(db: Db, orgId: string, id: string): Promise<repo.TransferRow> {
  const row = await repo.findTransfer(db, orgId, id);
  if (!row) throw new AppError('LEDGER_TRANSFER_NOT_FOUND');
  return row;
}

export async function getTransfer(db: Db, orgId: string, id: string): Promise<TLedgerTransfer> {
  const [transfer] = await toTransfers(db, orgId, [await requireTransfer(db, orgId, id)]);
  return transfer;
}

export async function listLedgerTransfers(
  db: Db,
  orgId: string,
  query: { accountId?: string; limit: number },
): Promise<{ transfers: TLedgerTransfer[] }> {
  return { transfers: await toTransfers(db, orgId, await repo.listTransfers(db, orgId, query)) };
}
