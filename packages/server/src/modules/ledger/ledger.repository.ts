import type { TLedgerOwnerKind, TLedgerUnit } from '@musubi/shared';
import { and, asc, desc, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import {
  ledgerAccountTable,
  ledgerBatchTable,
  ledgerBeneficiaryTable,
  ledgerEntryTable,
  ledgerRulesTable,
  ledgerTransferTable,
} from './ledger.table';

export type RulesRow = typeof ledgerRulesTable.$inferSelect;
export type AccountRow = typeof ledgerAccountTable.$inferSelect;
export type TransferRow = typeof ledgerTransferTable.$inferSelect;
export type NewTransferRow = typeof ledgerTransferTable.$inferInsert;
export type EntryRow = typeof ledgerEntryTable.$inferSelect;
export type BeneficiaryRow = typeof ledgerBeneficiaryTable.$inferSelect;

// ---------------------------------------------------------------- rules

export async function findRules(db: Db, orgId: string, unit: TLedgerUnit): Promise<RulesRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerRulesTable)
    .where(and(eq(ledgerRulesTable.orgId, orgId), eq(ledgerRulesTable.unit, unit)));
  return row;
}

export async function upsertRules(db: Db, row: typeof ledgerRulesTable.$inferInsert): Promise<RulesRow> {
  const { orgId, unit, ...values } = row;
  const [saved] = await db
    .insert(ledgerRulesTable)
    .values(row)
    .onConflictDoUpdate({
      target: [ledgerRulesTable.orgId, ledgerRulesTable.unit],
      set: { ...values, updatedAt: new Date() },
    })
    .returning();
  return saved;
}

// ---------------------------------------------------------------- accounts

export async function findAccount(db: Db, orgId: string, id: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerAccountTable)
    .where(and(eq(ledgerAccountTable.orgId, orgId), eq(ledgerAccountTable.id, id)));
  return row;
}

export async function findAccounts(db: Db, orgId: string, ids: string[]): Promise<AccountRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(ledgerAccountTable)
    .where(and(eq(ledgerAccountTable.orgId, orgId), inArray(ledgerAccountTable.id, ids)));
}

export async function listAccounts(
  db: Db,
  orgId: string,
  filter: { ownerKind?: TLedgerOwnerKind; volunteerIds?: string[] } = {},
): Promise<AccountRow[]> {
  const conditions = [eq(ledgerAccountTable.orgId, orgId)];
  if (filter.ownerKind) conditions.push(eq(ledgerAccountTable.ownerKind, filter.ownerKind));
  if (filter.volunteerIds) {
    if (filter.volunteerIds.length === 0) return [];
    conditions.push(inArray(ledgerAccountTable.volunteerId, filter.volunteerIds));
  }
  return db
    .select()
    .from(ledgerAccountTable)
    .where(and(...conditions))
    .orderBy(asc(ledgerAccountTable.ownerKind), asc(ledgerAccountTable.createdAt), asc(ledgerAccountTable.id));
}

/** The organization's account of a system kind (pool, donation, issuance), created on first use. */
export async function ensureSystemAccount(
  db: Db,
  orgId: string,
  unit: TLedgerUnit,
  ownerKind: 'pool' | 'donation' | 'issuance',
  floor: number | null,
): Promise<AccountRow> {
  const where = and(
    eq(ledgerAccountTable.orgId, orgId),
    eq(ledgerAccountTable.unit, unit),
    eq(ledgerAccountTable.ownerKind, ownerKind),
  );
  const [existing] = await db.select().from(ledgerAccountTable).where(where);
  if (existing) return existing;
  await db.insert(ledgerAccountTable).values({ orgId, unit, ownerKind, floor }).onConflictDoNothing();
  const [row] = await db.select().from(ledgerAccountTable).where(where);
  return row;
}

/** A volunteer's (member or restricted) or a recipient's account, created on first use. */
export async function ensureHolderAccount(
  db: Db,
  orgId: string,
  unit: TLedgerUnit,
  holder:
    | { ownerKind: 'member' | 'member_restricted'; volunteerId: string }
    | { ownerKind: 'recipient'; recipientId: string },
): Promise<{ row: AccountRow; created: boolean }> {
  const where =
    holder.ownerKind === 'recipient'
      ? and(
          eq(ledgerAccountTable.orgId, orgId),
          eq(ledgerAccountTable.unit, unit),
          eq(ledgerAccountTable.recipientId, holder.recipientId),
        )
      : and(
          eq(ledgerAccountTable.orgId, orgId),
          eq(ledgerAccountTable.unit, unit),
          eq(ledgerAccountTable.ownerKind, holder.ownerKind),
          eq(ledgerAccountTable.volunteerId, holder.volunteerId),
        );
  const [existing] = await db.select().from(ledgerAccountTable).where(where);
  if (existing) return { row: existing, created: false };
  const inserted = await db
    .insert(ledgerAccountTable)
    .values({ orgId, unit, floor: 0, ...holder })
    .onConflictDoNothing()
    .returning();
  if (inserted.length > 0) return { row: inserted[0], created: true };
  const [row] = await db.select().from(ledgerAccountTable).where(where);
  return { row, created: false };
}

/**
 * Locks the accounts of a transfer, always in id order so two transfers over
 * the same accounts queue instead of deadlocking, and returns them current.
 */
export async function lockAccounts(db: Db, orgId: string, ids: string[]): Promise<AccountRow[]> {
  const sorted = [...new Set(ids)].sort();
  return (
    db
      .select()
      .from(ledgerAccountTable)
      .where(and(eq(ledgerAccountTable.orgId, orgId), inArray(ledgerAccountTable.id, sorted)))
      .orderBy(asc(ledgerAccountTable.id))
      // Not FOR UPDATE: entries' foreign keys hold key-share locks that this mode need not wait for (migration 0022).
      .for('no key update')
  );
}

/** Moves the balance projections by the transfer's deltas (in one statement). */
export async function applyBalanceDeltas(db: Db, orgId: string, deltas: Map<string, number>): Promise<void> {
  const values = [...deltas.entries()].filter(([, delta]) => delta !== 0);
  if (values.length === 0) return;
  const rows = sql.join(
    values.map(([id, delta]) => sql`(${id}::uuid, ${delta}::bigint)`),
    sql`, `,
  );
  await db.execute(sql`
    update ledger_account a set balance = a.balance + d.delta
    from (values ${rows}) as d(id, delta)
    where a.org_id = ${orgId} and a.id = d.id`);
}

export async function updateAccountFloor(db: Db, orgId: string, id: string, floor: number): Promise<void> {
  await db
    .update(ledgerAccountTable)
    .set({ floor })
    .where(and(eq(ledgerAccountTable.orgId, orgId), eq(ledgerAccountTable.id, id)));
}

// ---------------------------------------------------------------- transfers and entries

export async function findTransferByKey(db: Db, orgId: string, key: string): Promise<TransferRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerTransferTable)
    .where(and(eq(ledgerTransferTable.orgId, orgId), eq(ledgerTransferTable.idempotencyKey, key)));
  return row;
}

export async function findTransfer(db: Db, orgId: string, id: string): Promise<TransferRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerTransferTable)
    .where(and(eq(ledgerTransferTable.orgId, orgId), eq(ledgerTransferTable.id, id)));
  return row;
}

export async function insertTransfer(
  db: Db,
  row: NewTransferRow,
  entries: { accountId: string; amount: number }[],
): Promise<TransferRow> {
  const [transfer] = await db.insert(ledgerTransferTable).values(row).returning();
  await db.insert(ledgerEntryTable).values(
    entries.map((entry) => ({
      orgId: transfer.orgId,
      transferId: transfer.id,
      accountId: entry.accountId,
      amount: entry.amount,
      valueDate: transfer.valueDate,
    })),
  );
  return transfer;
}

export async function entriesOfTransfers(db: Db, orgId: string, transferIds: string[]): Promise<EntryRow[]> {
  if (transferIds.length === 0) return [];
  return db
    .select()
    .from(ledgerEntryTable)
    .where(and(eq(ledgerEntryTable.orgId, orgId), inArray(ledgerEntryTable.transferId, transferIds)))
    .orderBy(asc(ledgerEntryTable.id));
}

/** The reversals of these transfers, keyed by the transfer they reverse. */
export async function reversalsOf(db: Db, orgId: string, transferIds: string[]): Promise<Map<string, string>> {
  if (transferIds.length === 0) return new Map();
  const rows = await db
    .select({ id: ledgerTransferTable.id, reverses: ledgerTransferTable.reversesTransferId })
    .from(ledgerTransferTable)
    .where(and(eq(ledgerTransferTable.orgId, orgId), inArray(ledgerTransferTable.reversesTransferId, transferIds)));
  return new Map(rows.map((row) => [row.reverses as string, row.id]));
}

export async function listTransfers(
  db: Db,
  orgId: string,
  filter: { accountId?: string; limit: number },
): Promise<TransferRow[]> {
  const conditions = [eq(ledgerTransferTable.orgId, orgId)];
  if (filter.accountId) {
    conditions.push(
      inArray(
        ledgerTransferTable.id,
        db
          .select({ id: ledgerEntryTable.transferId })
          .from(ledgerEntryTable)
          .where(and(eq(ledgerEntryTable.orgId, orgId), eq(ledgerEntryTable.accountId, filter.accountId))),
      ),
    );
  }
  return db
    .select()
    .from(ledgerTransferTable)
    .where(and(...conditions))
    .orderBy(desc(ledgerTransferTable.id))
    .limit(filter.limit);
}

// ---------------------------------------------------------------- statements

/** The sum of an account's entries valued before `date` (or all, when null). */
export async function balanceBefore(db: Db, orgId: string, accountId: string, date: string | null): Promise<number> {
  const conditions = [eq(ledgerEntryTable.orgId, orgId), eq(ledgerEntryTable.accountId, accountId)];
  if (date) conditions.push(lt(ledgerEntryTable.valueDate, date));
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${ledgerEntryTable.amount}), 0)` })
    .from(ledgerEntryTable)
    .where(and(...conditions));
  return Number(row.total);
}

export interface StatementRow {
  transfer_id: string;
  kind: TransferRow['kind'];
  value_date: string;
  amount: string;
  memo: string | null;
  reason: string | null;
  reversed: boolean;
}

/** An account's entries valued in [from, to], in value-date then creation order. */
export async function statementRows(
  db: Db,
  orgId: string,
  accountId: string,
  from: string | null,
  to: string | null,
): Promise<StatementRow[]> {
  return queryRows<StatementRow>(
    db,
    sql`
    select e.transfer_id, t.kind, to_char(e.value_date, 'YYYY-MM-DD') as value_date, sum(e.amount)::text as amount,
      t.memo, t.reason,
      exists (select 1 from ledger_transfer r where r.org_id = t.org_id and r.reverses_transfer_id = t.id) as reversed
    from ledger_entry e
    join ledger_transfer t on t.org_id = e.org_id and t.id = e.transfer_id
    where e.org_id = ${orgId} and e.account_id = ${accountId}
      ${from ? sql`and e.value_date >= ${from}` : sql``}
      ${to ? sql`and e.value_date <= ${to}` : sql``}
    group by e.transfer_id, t.org_id, t.id, e.value_date
    order by e.value_date, e.transfer_id`,
  );
}

/**
 * Minutes already credited by earn transfers (not reversed) to these accounts
 * for one service date: what the daily maximum is measured against.
 */
export async function creditedOnDate(db: Db, orgId: string, accountIds: string[], date: string): Promise<number> {
  if (accountIds.length === 0) return 0;
  const [row] = await queryRows<{ total: string }>(
    db,
    sql`
    select coalesce(sum(e.amount), 0)::text as total
    from ledger_entry e
    join ledger_transfer t on t.org_id = e.org_id and t.id = e.transfer_id
    where e.org_id = ${orgId} and e.account_id in (${sql.join(
      accountIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
      and t.kind in ('earn', 'exchange') and t.value_date = ${date}
      and not exists (select 1 from ledger_transfer r where r.org_id = t.org_id and r.reverses_transfer_id = t.id)`,
  );
  return Number(row.total);
}

/**
 * The figures of the FIFO expiry rule for one account: credits valued before
 * the cutoff, every debit so far except expiries, and what already expired.
 */
export async function expiryFigures(
  db: Db,
  orgId: string,
  accountId: string,
  cutoff: string,
): Promise<{ creditsBefore: number; debits: number; expired: number }> {
  const [row] = await queryRows<{ credits_before: string; debits: string; expired: string }>(
    db,
    sql`
    select
      coalesce(sum(e.amount) filter (where e.amount > 0 and e.value_date < ${cutoff}), 0)::text as credits_before,
      coalesce(-sum(e.amount) filter (where e.amount < 0 and t.kind <> 'expire'), 0)::text as debits,
      coalesce(-sum(e.amount) filter (where t.kind = 'expire'), 0)::text as expired
    from ledger_entry e
    join ledger_transfer t on t.org_id = e.org_id and t.id = e.transfer_id
    where e.org_id = ${orgId} and e.account_id = ${accountId}`,
  );
  return { creditsBefore: Number(row.credits_before), debits: Number(row.debits), expired: Number(row.expired) };
}

/** Organizations with an expiry rule, for the scheduled job. */
export async function rulesWithExpiry(db: Db): Promise<RulesRow[]> {
  return db.select().from(ledgerRulesTable).where(isNotNull(ledgerRulesTable.expiryMonths));
}

// ---------------------------------------------------------------- reconcile

export async function reconcileRows(
  db: Db,
  orgId: string,
): Promise<{ id: string; projected: string; from_entries: string }[]> {
  return queryRows(
    db,
    sql`
    select a.id, a.balance::text as projected, coalesce(s.total, 0)::text as from_entries
    from ledger_account a
    left join (select account_id, sum(amount) as total from ledger_entry where org_id = ${orgId} group by account_id) s
      on s.account_id = a.id
    where a.org_id = ${orgId}`,
  );
}

export async function unbalancedTransfers(db: Db, orgId: string): Promise<{ id: string }[]> {
  return queryRows(
    db,
    sql`
    select t.id from ledger_transfer t
    left join ledger_entry e on e.org_id = t.org_id and e.transfer_id = t.id
    where t.org_id = ${orgId}
    group by t.id
    having coalesce(sum(e.amount), 0) <> 0 or count(e.id) < 2`,
  );
}

export async function countTransfers(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ledgerTransferTable)
    .where(eq(ledgerTransferTable.orgId, orgId));
  return row.n;
}

// ---------------------------------------------------------------- beneficiaries

export async function listBeneficiaries(db: Db, orgId: string, giverAccountId?: string): Promise<BeneficiaryRow[]> {
  const conditions = [eq(ledgerBeneficiaryTable.orgId, orgId)];
  if (giverAccountId) conditions.push(eq(ledgerBeneficiaryTable.giverAccountId, giverAccountId));
  return db
    .select()
    .from(ledgerBeneficiaryTable)
    .where(and(...conditions))
    .orderBy(asc(ledgerBeneficiaryTable.createdAt));
}

export async function findBeneficiary(db: Db, orgId: string, id: string): Promise<BeneficiaryRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerBeneficiaryTable)
    .where(and(eq(ledgerBeneficiaryTable.orgId, orgId), eq(ledgerBeneficiaryTable.id, id)));
  return row;
}

export async function insertBeneficiary(
  db: Db,
  row: typeof ledgerBeneficiaryTable.$inferInsert,
): Promise<{ row: BeneficiaryRow; created: boolean }> {
  const inserted = await db.insert(ledgerBeneficiaryTable).values(row).onConflictDoNothing().returning();
  if (inserted.length > 0) return { row: inserted[0], created: true };
  const [existing] = await db
    .select()
    .from(ledgerBeneficiaryTable)
    .where(
      and(
        eq(ledgerBeneficiaryTable.orgId, row.orgId),
        eq(ledgerBeneficiaryTable.giverAccountId, row.giverAccountId),
        eq(ledgerBeneficiaryTable.recipientId, row.recipientId),
      ),
    );
  return { row: existing, created: false };
}

/** These accounts and the organization's system accounts of the unit, in one query. */
export async function accountsWithSystem(
  db: Db,
  orgId: string,
  unit: TLedgerUnit,
  ids: string[],
): Promise<AccountRow[]> {
  return db
    .select()
    .from(ledgerAccountTable)
    .where(
      and(
        eq(ledgerAccountTable.orgId, orgId),
        or(
          ids.length > 0 ? inArray(ledgerAccountTable.id, ids) : sql`false`,
          and(
            eq(ledgerAccountTable.unit, unit),
            inArray(ledgerAccountTable.ownerKind, ['pool', 'donation', 'issuance']),
          ),
        ),
      ),
    );
}

// ---------------------------------------------------------------- atomic batches

export type BatchRow = typeof ledgerBatchTable.$inferSelect;

export async function findBatchByKey(db: Db, orgId: string, key: string): Promise<BatchRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerBatchTable)
    .where(and(eq(ledgerBatchTable.orgId, orgId), eq(ledgerBatchTable.idempotencyKey, key)));
  return row;
}

export async function findBatch(db: Db, orgId: string, id: string): Promise<BatchRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerBatchTable)
    .where(and(eq(ledgerBatchTable.orgId, orgId), eq(ledgerBatchTable.id, id)));
  return row;
}

export async function findBeneficiaries(db: Db, orgId: string, ids: string[]): Promise<BeneficiaryRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(ledgerBeneficiaryTable)
    .where(and(eq(ledgerBeneficiaryTable.orgId, orgId), inArray(ledgerBeneficiaryTable.id, ids)));
}
