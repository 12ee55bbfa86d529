import { createHash } from 'node:crypto';
import type { TAuditAction, TLedgerTransferKind, TLedgerUnit } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { uniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors/app-error';
import * as repo from './ledger.repository';

/** One side of a transfer before it is written. */
export interface Leg {
  accountId: string;
  amount: number;
}

/** What a flow asks the engine to write, once the accounts are locked. */
export interface TransferDraft {
  orgId: string;
  unit: TLedgerUnit;
  kind: TLedgerTransferKind;
  valueDate: string;
  memo?: string | null;
  reason?: string | null;
  sourceId?: string | null;
  reversesTransferId?: string | null;
  createdBy: string | null;
  /** null only for writes that carry no key (none of the public flows). */
  idempotencyKey: string | null;
  /** The request as sent, hashed to tell a replay from a reused key. */
  request: unknown;
  /** Every account the transfer may touch: locked before `legs` runs. */
  accountIds: string[];
  /** The legs, computed from the locked accounts (balances are current and cannot move under it). */
  legs: (accounts: Map<string, repo.AccountRow>) => Leg[] | Promise<Leg[]>;
  /** Member accounts whose balance may not rise above this many minutes (null = no cap). */
  memberCap: number | null;
}

export interface PostedTransfer {
  transfer: repo.TransferRow;
  /** True when the key had already been used with the same request: nothing new was written. */
  replayed: boolean;
}

/** sha-256 of a value's JSON with object keys sorted, so the same request always hashes alike. */
export function requestHash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A transfer's entries from its legs: merged per account (integers, summing to
 * zero), zero legs dropped; a transfer that moves nothing at all keeps two zero
 * entries as its record. Shared by every write (single, fixed and batched).
 */
export function entriesOfLegs(legs: readonly Leg[]): [string, number][] {
  const deltas = new Map<string, number>();
  for (const leg of legs) {
    if (!Number.isSafeInteger(leg.amount)) throw new Error(`leg amount ${leg.amount} is not an integer`);
    deltas.set(leg.accountId, (deltas.get(leg.accountId) ?? 0) + leg.amount);
  }
  let sum = 0;
  for (const delta of deltas.values()) sum += delta;
  if (sum !== 0) throw new Error(`transfer legs sum to ${sum}`);
  let entries = [...deltas.entries()].filter(([, amount]) => amount !== 0);
  if (entries.length < 2) entries = [...deltas.entries()].slice(0, 2);
  if (entries.length < 2) throw new Error('a transfer needs two accounts');
  return entries;
}

async function replayOf(db: Db, orgId: string, key: string | null, hash: string): Promise<PostedTransfer | null> {
  if (!key) return null;
  const existing = await repo.findTransferByKey(db, orgId, key);
  if (!existing) return null;
  if (existing.requestHash !== hash) throw new AppError('LEDGER_IDEMPOTENCY_KEY_REUSED', { idempotencyKey: key });
  return { transfer: existing, replayed: true };
}

/**
 * The one way entries are written. Inside the caller's transaction it:
 * returns the earlier transfer for a replayed key (409 for the key with
 * another request); locks the accounts in id order; computes the legs from
 * the locked balances; refuses any account below its floor or a member above
 * the cap (nothing written); writes the transfer and its entries (summing to
 * zero, checked again by a deferred trigger) and moves the balance projections.
 */
export async function postTransfer(tx: Db, draft: TransferDraft): Promise<PostedTransfer> {
  const hash = requestHash({ kind: draft.kind, request: draft.request });
  const early = await replayOf(tx, draft.orgId, draft.idempotencyKey, hash);
  if (early) return early;

  const locked = await repo.lockAccounts(tx, draft.orgId, draft.accountIds);
  // A duplicate submitted at the same moment waited on the locks above; now it sees the first one's transfer.
  const late = await replayOf(tx, draft.orgId, draft.idempotencyKey, hash);
  if (late) return late;

  const accounts = new Map(locked.map((row) => [row.id, row]));
  const legs = await draft.legs(accounts);
  for (const leg of legs) {
    if (!accounts.has(leg.accountId)) throw new Error(`leg on an unlocked account ${leg.accountId}`);
  }
  const entries = entriesOfLegs(legs);

  for (const [accountId, delta] of entries) {
    const account = accounts.get(accountId)!;
    const after = account.balance + delta;
    if (delta < 0 && account.floor !== null && after < account.floor) {
      throw new AppError('LEDGER_INSUFFICIENT_BALANCE', {
        accountId,
        balance: account.balance,
        floor: account.floor,
        needed: -delta,
      });
    }
    if (delta > 0 && account.ownerKind === 'member' && draft.memberCap !== null && after > draft.memberCap) {
      throw new AppError('LEDGER_BALANCE_CAP_EXCEEDED', { accountId, limit: draft.memberCap });
    }
  }

  try {
    const transfer = await repo.insertTransfer(
      tx,
      {
        orgId: draft.orgId,
        unit: draft.unit,
        kind: draft.kind,
        idempotencyKey: draft.idempotencyKey,
        requestHash: draft.idempotencyKey ? hash : null,
        reversesTransferId: draft.reversesTransferId ?? null,
        sourceId: draft.sourceId ?? null,
        memo: draft.memo ?? null,
        reason: draft.reason ?? null,
        createdBy: draft.createdBy,
        valueDate: draft.valueDate,
      },
      entries.map(([accountId, amount]) => ({ accountId, amount })),
    );
    await repo.applyBalanceDeltas(tx, draft.orgId, new Map(entries));
    return { transfer, replayed: false };
  } catch (err) {
    const constraint = uniqueViolation(err);
    // The same key for another request, written by a transaction that locked other accounts.
    if (constraint === 'ledger_transfer_idempotency_idx') {
      throw new AppError('LEDGER_IDEMPOTENCY_KEY_REUSED', { idempotencyKey: draft.idempotencyKey });
    }
    if (constraint === 'ledger_transfer_reverses_idx') throw new AppError('LEDGER_TRANSFER_ALREADY_REVERSED');
    throw err;
  }
}

/** A transfer whose legs do not depend on the balances (spends, gifts, donations, adjustments, reversals). */
export interface FixedTransferDraft extends Omit<TransferDraft, 'legs' | 'accountIds'> {
  /** The new transfer's id, chosen before the write (its audit entry names it). */
  id: string;
  legs: Leg[];
  /**
   * The transfer's audit entry, written by the same statement when the transfer is written
   * (`musubi_ledger_post_audited`, migration 0022): then the call may run outside any
   * transaction, as a statement of its own, and the accounts are locked only on the server.
   */
  audit?: { action: TAuditAction; summary: Record<string, unknown>; requestId: string | null };
}

interface PostRow {
  o_outcome: 'ok' | 'replayed' | 'key_reused' | 'insufficient' | 'cap';
  o_ref: string;
  o_balance: string | null;
  o_floor: string | null;
  o_created_at: string | Date | null;
}

/**
 * The same rules as `postTransfer` in one database call (`musubi_ledger_post`,
 * migration 0020): the accounts are locked only for that call and the commit,
 * so transfers over hot accounts queue for microseconds, not for round trips.
 * Returns the written transfer's creation time, or the id of the transfer a
 * replayed key wrote.
 */
export async function postFixedTransfer(
  tx: Db,
  draft: FixedTransferDraft,
): Promise<{ replayed: false; createdAt: Date } | { replayed: true; transferId: string }> {
  const hash = requestHash({ kind: draft.kind, request: draft.request });
  const entries = entriesOfLegs(draft.legs);
  const accounts = entries.map(([id]) => id);
  const amounts = entries.map(([, amount]) => amount);
  const entryIds = entries.map(() => newId());
  let row: PostRow;
  try {
    const args = sql`
        ${draft.orgId}::uuid, ${draft.id}::uuid, ${draft.unit}, ${draft.kind}, ${draft.idempotencyKey}, ${hash},
        ${draft.reversesTransferId ?? null}::uuid, ${draft.sourceId ?? null}, ${draft.memo ?? null}, ${draft.reason ?? null},
        ${draft.createdBy}::uuid, ${draft.valueDate}::date,
        ${pgArray(accounts)}::uuid[], ${pgArray(amounts)}::bigint[], ${pgArray(entryIds)}::uuid[],
        ${draft.memberCap}::bigint`;
    [row] = await queryRows<PostRow>(
      tx,
      draft.audit
        ? sql`select * from musubi_ledger_post_audited(${args}, ${JSON.stringify({ id: newId(), ...draft.audit })}::jsonb)`
        : sql`select * from musubi_ledger_post(${args})`,
    );
  } catch (err) {
    if (uniqueViolation(err) === 'ledger_transfer_reverses_idx') throw new AppError('LEDGER_TRANSFER_ALREADY_REVERSED');
    if (uniqueViolation(err) === 'ledger_transfer_idempotency_idx') {
      throw new AppError('LEDGER_IDEMPOTENCY_KEY_REUSED', { idempotencyKey: draft.idempotencyKey });
    }
    throw err;
  }
  switch (row.o_outcome) {
    case 'ok':
      return { replayed: false, createdAt: new Date(row.o_created_at as string) };
    case 'replayed':
      return { replayed: true, transferId: row.o_ref };
    case 'key_reused':
      throw new AppError('LEDGER_IDEMPOTENCY_KEY_REUSED', { idempotencyKey: draft.idempotencyKey });
    case 'insufficient':
      throw new AppError('LEDGER_INSUFFICIENT_BALANCE', {
        accountId: row.o_ref,
        balance: Number(row.o_balance),
        floor: Number(row.o_floor),
      });
    case 'cap':
      throw new AppError('LEDGER_BALANCE_CAP_EXCEEDED', { accountId: row.o_ref, limit: Number(row.o_floor) });
  }
}

/** A PostgreSQL array literal of ids or integers (no quoting needed for either). */
function pgArray(values: (string | number)[]): string {
  return `{${values.join(',')}}`;
}
