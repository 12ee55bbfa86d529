import type { TAuditAction, TLedgerBatchItem, TLedgerTransferBatch, TLedgerTransferBatchRequest } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { uniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { requireRecipient } from '../needs';
import {
  contextOf,
  type FlowContext,
  type PreparedFlow,
  planAdjustment,
  planDonation,
  planGift,
  planSpend,
} from './flows.service';
import * as repo from './ledger.repository';
import { ledgerToday } from './ledger-today';
import { entriesOfLegs, requestHash } from './post-transfer';

/**
 * Atomic transfer batches (TigerBeetle batches its requests; Formance posts
 * atomic bulks): up to 500 spends, gifts, donations and adjustments, applied
 * in order, all or nothing, in one transaction. Each item passes the checks
 * of its single-transfer route; the first refused item refuses the batch
 * (`BatchItemRefused`, its index) and nothing is written. The write is one
 * set-based SQL statement (`musubi_ledger_post_batch`, migration 0022) that
 * runs as its own transaction with the audit entry, so a batch costs a
 * handful of round trips however many transfers it carries, and the accounts
 * stay locked only while the server runs it and commits.
 */

export interface BatchResult {
  batch: TLedgerTransferBatch;
  replayed: boolean;
}

/** The first refused item of a batch: its 0-based index and its own error. */
export class BatchItemRefused extends Error {
  constructor(
    readonly index: number,
    readonly error: AppError,
  ) {
    super(`batch item ${index} refused: ${error.code}`);
  }
}

interface BatchRowOut {
  o_outcome: 'ok' | 'replayed' | 'key_reused' | 'insufficient' | 'cap';
  o_index: number | null;
  o_ref: string;
  o_balance: string | null;
  o_floor: string | null;
  o_created_at: string | Date | null;
}

function toBatch(row: repo.BatchRow): TLedgerTransferBatch {
  return {
    id: row.id,
    transferCount: row.transferIds.length,
    totalMinutes: row.totalMinutes,
    transferIds: row.transferIds,
    createdAt: row.createdAt.toISOString(),
  };
}

const minutesOf = (item: TLedgerBatchItem) => (item.kind === 'adjust' ? Math.abs(item.amount) : item.minutes);

/** The checks and legs of one item, by the rules of its single-transfer route. */
function planItem(
  ctx: FlowContext,
  item: TLedgerBatchItem,
  today: string,
  beneficiaries: Map<string, repo.BeneficiaryRow>,
  birthDates: Map<string, string | null | AppError>,
): PreparedFlow {
  const valueDate = item.valueDate ?? today;
  switch (item.kind) {
    case 'spend':
      return planSpend(ctx, item, valueDate);
    case 'donate':
      return planDonation(ctx, item, valueDate);
    case 'adjust':
      return planAdjustment(ctx, item, valueDate);
    case 'gift': {
      const beneficiary = beneficiaries.get(item.beneficiaryId);
      return planGift(ctx, item, valueDate, {
        beneficiary,
        birthDate: () => {
          const found = beneficiary ? birthDates.get(beneficiary.recipientId) : null;
          if (found instanceof AppError) throw found;
          return found ?? null;
        },
      });
    }
  }
}

export async function postTransferBatch(
  db: Db,
  actor: Actor,
  orgId: string,
  key: string,
  input: TLedgerTransferBatchRequest,
): Promise<BatchResult> {
  const items = input.transfers;
  const hash = requestHash({ kind: 'batch', request: items });
  const existing = await repo.findBatchByKey(db, orgId, key);
  if (existing) {
    if (existing.requestHash !== hash) throw new AppError('LEDGER_IDEMPOTENCY_KEY_REUSED', { idempotencyKey: key });
    return { batch: toBatch(existing), replayed: true };
  }
  const batchId = newId();
  // Everything the items' checks read, in a few queries for the whole batch (no lock is taken:
  // the balances that matter are checked again, locked, by the write below).
  const giftIds = [...new Set(items.flatMap((item) => (item.kind === 'gift' ? [item.beneficiaryId] : [])))];
  const beneficiaries = new Map(
    (await repo.findBeneficiaries(db, orgId, giftIds)).map((row) => [row.id, row] as const),
  );
  const accountIds = new Set<string>();
  for (const item of items) {
    if (item.kind === 'adjust') accountIds.add(item.accountId);
    else accountIds.add(item.fromAccountId);
    if (item.kind === 'spend' && item.toAccountId) accountIds.add(item.toAccountId);
  }
  for (const row of beneficiaries.values()) accountIds.add(row.accountId);
  const ctx = await contextOf(db, orgId, [...accountIds]);
  const today = items.some((item) => !item.valueDate) ? await ledgerToday(db, orgId) : '';
  const birthDates = new Map<string, string | null | AppError>();
  if (ctx.rules.giftsAllowed && ctx.rules.giftMinAge !== null) {
    for (const row of beneficiaries.values()) {
      if (birthDates.has(row.recipientId)) continue;
      try {
        birthDates.set(row.recipientId, (await requireRecipient(db, orgId, row.recipientId)).birthDate ?? null);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        birthDates.set(row.recipientId, err);
      }
    }
  }

  // The rule checks, item by item in order, up to the first refusal.
  const planned: PreparedFlow[] = [];
  let refusal: BatchItemRefused | null = null;
  for (const [index, item] of items.entries()) {
    try {
      planned.push(planItem(ctx, item, today, beneficiaries, birthDates));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      refusal = new BatchItemRefused(index, err);
      break;
    }
  }
  if (planned.length === 0 && refusal) throw refusal;

  const totalMinutes = items.reduce((total, item) => total + minutesOf(item), 0);
  const transfers = planned.map((prepared, i) => ({
    i,
    id: newId(),
    kind: items[i].kind,
    d: prepared.draft.valueDate,
    memo: prepared.draft.memo ?? null,
    reason: prepared.draft.reason ?? null,
  }));
  const entries = planned.flatMap((prepared, i) =>
    entriesOfLegs(prepared.draft.legs).map(([a, m]) => ({ i, t: transfers[i].id, e: newId(), a, m })),
  );
  // The audit entry is written by the same statement, so in the same transaction as the batch.
  const audit = {
    id: newId(),
    action: 'LEDGER_BATCH_POSTED' satisfies TAuditAction,
    summary: { count: items.length, totalMinutes },
    requestId: actor.requestId ?? null,
  };
  let row: BatchRowOut;
  try {
    // One statement, its own transaction: with an earlier item refused by the rules it only
    // checks the items before it (an earlier refusal by balances comes first); otherwise it
    // locks, checks and writes everything, and the server commits without waiting for us.
    [row] = await queryRows<BatchRowOut>(
      db,
      sql`select * from musubi_ledger_post_batch(
        ${orgId}::uuid, ${batchId}::uuid, ${key}, ${hash}, ${actor.accountId}::uuid, ${ctx.rules.balanceCapMinutes}::bigint,
        ${totalMinutes}::bigint, ${JSON.stringify(transfers)}::jsonb, ${JSON.stringify(entries)}::jsonb,
        ${refusal === null}::boolean, ${JSON.stringify(audit)}::jsonb)`,
    );
  } catch (err) {
    // The same key, written meanwhile by a batch over other accounts.
    if (uniqueViolation(err) === 'ledger_batch_idempotency_idx') {
      throw new AppError('LEDGER_IDEMPOTENCY_KEY_REUSED', { idempotencyKey: key });
    }
    throw err;
  }
  switch (row.o_outcome) {
    case 'replayed': {
      const stored = await repo.findBatch(db, orgId, row.o_ref);
      if (!stored) throw new Error(`replayed batch ${row.o_ref} not found`);
      return { batch: toBatch(stored), replayed: true };
    }
    case 'key_reused':
      throw new AppError('LEDGER_IDEMPOTENCY_KEY_REUSED', { idempotencyKey: key });
    case 'insufficient':
      throw new BatchItemRefused(
        row.o_index as number,
        new AppError('LEDGER_INSUFFICIENT_BALANCE', {
          accountId: row.o_ref,
          balance: Number(row.o_balance),
          floor: Number(row.o_floor),
        }),
      );
    case 'cap':
      throw new BatchItemRefused(
        row.o_index as number,
        new AppError('LEDGER_BALANCE_CAP_EXCEEDED', { accountId: row.o_ref, limit: Number(row.o_floor) }),
      );
    case 'ok':
      break;
  }
  // The items before the refused one pass: the refusal stands, and nothing was written.
  if (refusal) throw refusal;
  return {
    batch: {
      id: batchId,
      transferCount: transfers.length,
      totalMinutes,
      transferIds: transfers.map((t) => t.id),
      createdAt: new Date(row.o_created_at as string).toISOString(),
    },
    replayed: false,
  };
}
