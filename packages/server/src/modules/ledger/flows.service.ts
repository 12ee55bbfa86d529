import type {
  TAuditAction,
  TLedgerAdjustmentRequest,
  TLedgerDonationRequest,
  TLedgerGiftRequest,
  TLedgerReversalRequest,
  TLedgerSpendRequest,
  TLedgerTransfer,
  TLedgerTransferKind,
} from '@musubi/shared';
import type { Db } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { requireRecipient } from '../needs';
import { holderNames, type SystemAccounts, systemAccounts } from './accounts.service';
import * as repo from './ledger.repository';
import { ledgerToday } from './ledger-today';
import { entriesOfLegs, type FixedTransferDraft, postFixedTransfer, requestHash } from './post-transfer';
import { getLedgerRules } from './rules.service';
import { getTransfer, requireTransfer } from './transfers.service';

/** A written (or replayed) transfer as the API answers it. */
export interface FlowResult {
  transfer: TLedgerTransfer;
  replayed: boolean;
}

/** What a flow computes before the write: the draft, and the accounts it touches (for the answer). */
interface Prepared {
  draft: Omit<FixedTransferDraft, 'id' | 'idempotencyKey' | 'request' | 'kind' | 'orgId' | 'createdBy'>;
  accounts: repo.AccountRow[];
}

/** The draft of minutes moving from one account to another, with the request's memo (spends, gifts, donations). */
function moveMinutes(
  rules: { balanceCapMinutes: number | null },
  valueDate: string,
  from: repo.AccountRow,
  to: repo.AccountRow,
  input: { minutes: number; memo?: string | null },
): Prepared {
  return {
    accounts: [from, to],
    draft: {
      unit: 'hours',
      valueDate,
      memo: input.memo ?? null,
      memberCap: rules.balanceCapMinutes,
      legs: [
        { accountId: from.id, amount: -input.minutes },
        { accountId: to.id, amount: input.minutes },
      ],
    },
  };
}

/** The rules and the accounts a flow needs, read in two queries (system accounts created on first use). */
export async function contextOf(tx: Db, orgId: string, ids: string[]) {
  const rules = await getLedgerRules(tx, orgId);
  let rows = await repo.accountsWithSystem(tx, orgId, 'hours', ids);
  const kinds = new Set(rows.map((row) => row.ownerKind));
  if (!kinds.has('pool') || !kinds.has('donation') || !kinds.has('issuance')) {
    await systemAccounts(tx, orgId, 'hours', rules.poolFloorMinutes);
    rows = await repo.accountsWithSystem(tx, orgId, 'hours', ids);
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  const system = Object.fromEntries(
    rows.filter((row) => ['pool', 'donation', 'issuance'].includes(row.ownerKind)).map((row) => [row.ownerKind, row]),
  ) as unknown as SystemAccounts;
  const account = (id: string) => {
    const row = byId.get(id);
    if (!row) throw new AppError('LEDGER_ACCOUNT_NOT_FOUND');
    return row;
  };
  return { rules, system, account };
}

export type FlowContext = Awaited<ReturnType<typeof contextOf>>;

/** What a flow computes before the write: the draft, and the accounts it touches (for the answer). */
export type PreparedFlow = Prepared;

/**
 * One coordinator flow: a replayed key answers the first transfer; otherwise
 * the flow's checks (reads only), then the locked write with its audit entry
 * in a single statement (`postFixedTransfer` with `audit`), which is its own
 * transaction: the accounts stay locked only while the server runs it and
 * commits, never across a round trip to this process.
 */
async function runFlow(
  db: Db,
  actor: Actor,
  orgId: string,
  action: TAuditAction,
  kind: TLedgerTransferKind,
  key: string,
  request: Record<string, unknown>,
  prepare: (db: Db) => Promise<Prepared>,
): Promise<FlowResult> {
  const existing = await repo.findTransferByKey(db, orgId, key);
  if (existing) {
    if (existing.requestHash !== requestHash({ kind, request })) {
      throw new AppError('LEDGER_IDEMPOTENCY_KEY_REUSED', { idempotencyKey: key });
    }
    return { transfer: await getTransfer(db, orgId, existing.id), replayed: true };
  }
  const id = newId();
  const prepared = await prepare(db);
  const posted = await postFixedTransfer(db, {
    ...prepared.draft,
    id,
    orgId,
    kind,
    createdBy: actor.accountId,
    idempotencyKey: key,
    request,
    audit: { action, summary: { kind }, requestId: actor.requestId ?? null },
  });
  // A duplicate got there first: its transfer is the answer (nothing of this attempt was written).
  if (posted.replayed) return { transfer: await getTransfer(db, orgId, posted.transferId), replayed: true };
  return { transfer: await answerOf(db, orgId, id, kind, actor, prepared, posted.createdAt), replayed: false };
}

/** The new transfer as the API shows it, from what the flow already holds (one query for the names). */
async function answerOf(
  db: Db,
  orgId: string,
  id: string,
  kind: TLedgerTransferKind,
  actor: Actor,
  prepared: Prepared,
  createdAt: Date,
): Promise<TLedgerTransfer> {
  const { draft, accounts } = prepared;
  const names = await holderNames(db, orgId, accounts);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  // The entries as written (the legs were checked when the transfer was posted).
  const entries = entriesOfLegs(draft.legs);
  return {
    id,
    unit: draft.unit,
    kind,
    valueDate: draft.valueDate,
    memo: draft.memo ?? null,
    reason: draft.reason ?? null,
    sourceId: draft.sourceId ?? null,
    reversesTransferId: draft.reversesTransferId ?? null,
    reversedByTransferId: null,
    createdByName: actor.name,
    createdAt: createdAt.toISOString(),
    entries: entries
      // Entry order as stored: by entry id, which follows the order written.
      .map(([accountId, amount]) => ({
        accountId,
        ownerKind: byId.get(accountId)!.ownerKind,
        holderName: names.get(accountId) ?? null,
        amount,
      })),
  };
}

function requireKind(account: repo.AccountRow, kinds: repo.AccountRow['ownerKind'][]) {
  if (account.ownerKind === 'member_restricted' && !kinds.includes('member_restricted')) {
    throw new AppError('LEDGER_RESTRICTED_DONATE_ONLY');
  }
  if (!kinds.includes(account.ownerKind)) {
    throw new AppError('LEDGER_ACCOUNT_KIND_INVALID', { ownerKind: account.ownerKind });
  }
}

const withoutKey = <T extends { idempotencyKey?: string }>(input: T) => ({ ...input, idempotencyKey: undefined });

/** The checks and legs of a spend, from the flow's context (shared with atomic batches). */
export function planSpend(ctx: FlowContext, input: TLedgerSpendRequest, valueDate: string): Prepared {
  const { rules, system, account } = ctx;
  const from = account(input.fromAccountId);
  requireKind(from, ['member', 'recipient']);
  let to = system.pool;
  if (rules.mode === 'mutual_exchange') {
    if (!input.toAccountId) throw new AppError('LEDGER_PROVIDER_REQUIRED');
    to = account(input.toAccountId);
    requireKind(to, ['member']);
    if (to.id === from.id) throw new AppError('LEDGER_ACCOUNT_KIND_INVALID', { ownerKind: to.ownerKind });
  }
  return moveMinutes(rules, valueDate, from, to, input);
}

/** A member (or recipient) pays for a service received: to the pool, or in mutual exchange to the volunteer who served. */
export async function recordSpend(
  db: Db,
  actor: Actor,
  orgId: string,
  key: string,
  input: TLedgerSpendRequest,
): Promise<FlowResult> {
  return runFlow(db, actor, orgId, 'LEDGER_SPEND_RECORDED', 'spend', key, withoutKey(input), async (tx) => {
    const ctx = await contextOf(
      tx,
      orgId,
      [input.fromAccountId, input.toAccountId].filter((id): id is string => !!id),
    );
    return planSpend(ctx, input, input.valueDate ?? (await ledgerToday(tx, orgId)));
  });
}

/** What a gift's checks need beyond the context: the beneficiary, and the beneficiary's date of birth when an age applies. */
export interface GiftFacts {
  beneficiary: repo.BeneficiaryRow | undefined;
  /** Reads the recipient's date of birth (throws RECIPIENT_NOT_FOUND as the single route would). */
  birthDate: () => string | null;
}

/** The checks and legs of a gift (shared with atomic batches). */
export function planGift(ctx: FlowContext, input: TLedgerGiftRequest, valueDate: string, facts: GiftFacts): Prepared {
  const { rules, account } = ctx;
  const { beneficiary } = facts;
  const from = account(input.fromAccountId);
  requireKind(from, ['member']);
  if (!beneficiary || beneficiary.giverAccountId !== from.id) throw new AppError('LEDGER_BENEFICIARY_NOT_FOUND');
  if (!rules.giftsAllowed) throw new AppError('LEDGER_GIFTS_NOT_ALLOWED');
  if (rules.giftMinAge !== null) {
    const birthDate = facts.birthDate();
    if (!birthDate || ageOn(birthDate, valueDate) < rules.giftMinAge) {
      throw new AppError('LEDGER_BENEFICIARY_TOO_YOUNG', { minimumAge: rules.giftMinAge });
    }
  }
  const to = account(beneficiary.accountId);
  return moveMinutes(rules, valueDate, from, to, input);
}

/** Credits given to a named beneficiary (a relative, as a recipient with an account of their own). */
export async function recordGift(
  db: Db,
  actor: Actor,
  orgId: string,
  key: string,
  input: TLedgerGiftRequest,
): Promise<FlowResult> {
  return runFlow(db, actor, orgId, 'LEDGER_GIFT_RECORDED', 'gift', key, withoutKey(input), async (tx) => {
    const beneficiary = await repo.findBeneficiary(tx, orgId, input.beneficiaryId);
    const ctx = await contextOf(tx, orgId, [input.fromAccountId, beneficiary?.accountId ?? input.fromAccountId]);
    const from = ctx.account(input.fromAccountId);
    requireKind(from, ['member']);
    const valueDate = input.valueDate ?? (await ledgerToday(tx, orgId));
    const recipient =
      beneficiary && beneficiary.giverAccountId === from.id && ctx.rules.giftsAllowed && ctx.rules.giftMinAge !== null
        ? await requireRecipient(tx, orgId, beneficiary.recipientId)
        : undefined;
    return planGift(ctx, input, valueDate, { beneficiary, birthDate: () => recipient?.birthDate ?? null });
  });
}

/** Whole years from a birth date to a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The checks and legs of a donation (shared with atomic batches). */
export function planDonation(ctx: FlowContext, input: TLedgerDonationRequest, valueDate: string): Prepared {
  const { rules, system, account } = ctx;
  const from = account(input.fromAccountId);
  requireKind(from, ['member', 'member_restricted', 'recipient']);
  return moveMinutes(rules, valueDate, from, system.donation, input);
}

/** Credits given to the donation pool (the only use of group-earned credits). */
export async function recordDonation(
  db: Db,
  actor: Actor,
  orgId: string,
  key: string,
  input: TLedgerDonationRequest,
): Promise<FlowResult> {
  return runFlow(db, actor, orgId, 'LEDGER_DONATION_RECORDED', 'donate', key, withoutKey(input), async (tx) => {
    const ctx = await contextOf(tx, orgId, [input.fromAccountId]);
    return planDonation(ctx, input, input.valueDate ?? (await ledgerToday(tx, orgId)));
  });
}

/** The checks and legs of an adjustment (shared with atomic batches). */
export function planAdjustment(ctx: FlowContext, input: TLedgerAdjustmentRequest, valueDate: string): Prepared {
  const { rules, system, account } = ctx;
  const target = account(input.accountId);
  if (target.ownerKind === 'issuance') throw new AppError('LEDGER_ACCOUNT_KIND_INVALID', { ownerKind: 'issuance' });
  return {
    accounts: [target, system.issuance],
    draft: {
      unit: 'hours',
      valueDate,
      reason: input.reason,
      memberCap: rules.balanceCapMinutes,
      legs: [
        { accountId: target.id, amount: input.amount },
        { accountId: system.issuance.id, amount: -input.amount },
      ],
    },
  };
}

/** A coordinator's correction of one account against the issuance account, with the reason. */
export async function recordAdjustment(
  db: Db,
  actor: Actor,
  orgId: string,
  key: string,
  input: TLedgerAdjustmentRequest,
): Promise<FlowResult> {
  return runFlow(db, actor, orgId, 'LEDGER_ADJUSTMENT_RECORDED', 'adjust', key, withoutKey(input), async (tx) => {
    const ctx = await contextOf(tx, orgId, [input.accountId]);
    return planAdjustment(ctx, input, input.valueDate ?? (await ledgerToday(tx, orgId)));
  });
}

/** Undoes a transfer with a reversing one that points at it (once; a reversal itself is not reversed). */
export async function reverseTransfer(
  db: Db,
  actor: Actor,
  orgId: string,
  transferId: string,
  key: string,
  input: TLedgerReversalRequest,
): Promise<FlowResult> {
  const request = { transferId, reason: input.reason };
  return runFlow(db, actor, orgId, 'LEDGER_TRANSFER_REVERSED', 'reverse', key, request, async (tx) => {
    const original = await requireTransfer(tx, orgId, transferId);
    if (original.kind === 'reverse') throw new AppError('LEDGER_TRANSFER_NOT_REVERSIBLE');
    const reversedBy = (await repo.reversalsOf(tx, orgId, [transferId])).get(transferId);
    if (reversedBy) throw new AppError('LEDGER_TRANSFER_ALREADY_REVERSED', { reversedByTransferId: reversedBy });
    const entries = await repo.entriesOfTransfers(tx, orgId, [transferId]);
    const { rules, account } = await contextOf(
      tx,
      orgId,
      entries.map((e) => e.accountId),
    );
    return {
      accounts: entries.map((e) => account(e.accountId)),
      draft: {
        unit: original.unit,
        valueDate: await ledgerToday(tx, orgId),
        reason: input.reason,
        reversesTransferId: original.id,
        memberCap: rules.balanceCapMinutes,
        legs: entries.map((e) => ({ accountId: e.accountId, amount: -e.amount })),
      },
    };
  });
}
