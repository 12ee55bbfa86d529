import type { TLedgerReconciliation, TLedgerStatement, TMyPassbook } from '@musubi/shared';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { getOrganization } from '../organizations';
import { volunteersOfAccount } from '../volunteers';
import { holderNames, requireAccount, toAccount } from './accounts.service';
import * as repo from './ledger.repository';

/** An account's statement between two dates: opening balance, each transfer with the running balance, closing balance. */
export async function accountStatement(
  db: Db,
  orgId: string,
  accountId: string,
  query: { from?: string; to?: string },
): Promise<TLedgerStatement> {
  const account = await requireAccount(db, orgId, accountId);
  const from = query.from ?? null;
  const to = query.to ?? null;
  const opening = from ? await repo.balanceBefore(db, orgId, accountId, from) : 0;
  const rows = await repo.statementRows(db, orgId, accountId, from, to);
  const transferIds = rows.map((row) => row.transfer_id);
  const entries = await repo.entriesOfTransfers(db, orgId, transferIds);
  const others = await repo.findAccounts(db, orgId, [...new Set(entries.map((e) => e.accountId))]);
  const byId = new Map(others.map((a) => [a.id, a]));
  const names = await holderNames(db, orgId, [account, ...others]);
  let running = opening;
  const lines = rows.map((row) => {
    const amount = Number(row.amount);
    running += amount;
    return {
      transferId: row.transfer_id,
      kind: row.kind,
      valueDate: row.value_date,
      amount,
      runningBalance: running,
      memo: row.memo,
      reason: row.reason,
      counterparties: entries
        .filter((e) => e.transferId === row.transfer_id && e.accountId !== accountId)
        .map((e) => ({ ownerKind: byId.get(e.accountId)!.ownerKind, holderName: names.get(e.accountId) ?? null })),
      reversed: row.reversed,
    };
  });
  return {
    account: toAccount(account, names),
    organizationName: (await getOrganization(db, orgId)).name,
    from,
    to,
    openingBalance: opening,
    closingBalance: running,
    lines,
  };
}

/** The balance at the end of a day (entries valued on or before it). */
export async function balanceAt(db: Db, orgId: string, accountId: string, at: string) {
  await requireAccount(db, orgId, accountId);
  const [y, m, d] = at.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { accountId, at, balance: await repo.balanceBefore(db, orgId, accountId, next) };
}

/** The signed-in person's accounts in every organization where they have a volunteer record. */
export async function myPassbook(db: Db, personAccountId: string): Promise<TMyPassbook> {
  const volunteers = await volunteersOfAccount(db, personAccountId);
  const accounts: TMyPassbook['accounts'] = [];
  for (const volunteer of volunteers) {
    const rows = await repo.listAccounts(db, volunteer.orgId, { volunteerIds: [volunteer.id] });
    if (rows.length === 0) continue;
    const organizationName = (await getOrganization(db, volunteer.orgId)).name;
    const names = await holderNames(db, volunteer.orgId, rows);
    for (const row of rows) accounts.push({ orgId: volunteer.orgId, organizationName, account: toAccount(row, names) });
  }
  return { accounts };
}

/** One of the person's own accounts, or 404 (never says whether someone else's exists). */
export async function myStatement(
  db: Db,
  personAccountId: string,
  accountId: string,
  query: { from?: string; to?: string },
): Promise<TLedgerStatement> {
  const own = (await myPassbook(db, personAccountId)).accounts.find((a) => a.account.id === accountId);
  if (!own) throw new AppError('LEDGER_ACCOUNT_NOT_FOUND');
  return accountStatement(db, own.orgId, accountId, query);
}

/** Recomputes every balance from the entries and reports each difference from the projection. */
export async function reconcile(db: Db, orgId: string): Promise<TLedgerReconciliation> {
  const rows = await repo.reconcileRows(db, orgId);
  const unbalanced = await repo.unbalancedTransfers(db, orgId);
  const differences = rows
    .filter((row) => row.projected !== row.from_entries)
    .map((row) => ({ accountId: row.id, projected: Number(row.projected), fromEntries: Number(row.from_entries) }));
  return {
    checkedAt: new Date().toISOString(),
    accountCount: rows.length,
    transferCount: await repo.countTransfers(db, orgId),
    unbalancedTransferIds: unbalanced.map((row) => row.id),
    differences,
    ok: differences.length === 0 && unbalanced.length === 0,
  };
}
