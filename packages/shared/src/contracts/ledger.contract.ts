import { z } from 'zod';
import { ZCalendarDate, ZIsoDateTime, ZUuid } from './common.contract';
import { ACTIVITY_CATEGORIES } from './participation.contract';

/**
 * The time-credit ledger (時間預託 / 时间银行 / 타임뱅크): accounts per member,
 * recipient, the organization's pool, its donation pool and the issuance
 * account; every movement is a transfer of entries that sum to zero. Amounts
 * of the `hours` unit are integer minutes. Listed values are translated as
 * `ledger.<list>_<value>`.
 */

// ---------------------------------------------------------------- vocabulary

export const LEDGER_UNITS = ['hours'] as const;
export const ZLedgerUnit = z.enum(LEDGER_UNITS);
export type TLedgerUnit = z.infer<typeof ZLedgerUnit>;

/** deposit: approved service is credited from the issuance account; mutual_exchange: the recipient pays the volunteer. */
export const LEDGER_MODES = ['deposit', 'mutual_exchange'] as const;
export const ZLedgerMode = z.enum(LEDGER_MODES);
export type TLedgerMode = z.infer<typeof ZLedgerMode>;

/** Where credits above a member's cap go: both land in a pool, the difference is how the passbook words it. */
export const LEDGER_EXCESS_POLICIES = ['donate', 'forfeit'] as const;
export const ZLedgerExcessPolicy = z.enum(LEDGER_EXCESS_POLICIES);

export const LEDGER_OWNER_KINDS = ['member', 'member_restricted', 'recipient', 'pool', 'donation', 'issuance'] as const;
export const ZLedgerOwnerKind = z.enum(LEDGER_OWNER_KINDS);
export type TLedgerOwnerKind = z.infer<typeof ZLedgerOwnerKind>;

export const LEDGER_TRANSFER_KINDS = [
  'earn',
  'spend',
  'gift',
  'donate',
  'expire',
  'adjust',
  'reverse',
  'exchange',
] as const;
export const ZLedgerTransferKind = z.enum(LEDGER_TRANSFER_KINDS);
export type TLedgerTransferKind = z.infer<typeof ZLedgerTransferKind>;

/** A client-generated key that makes a write safe to retry (8–200 printable characters). */
export const ZIdempotencyKey = z
  .string()
  .trim()
  .min(8)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, { message: 'validation.invalid_format' });

const ZMinutes = z.number().int().min(1).max(1_000_000);
const ZReason = z.string().trim().min(1).max(500);
const ZMemo = z.string().trim().max(500).optional();

// ---------------------------------------------------------------- rules

export const ZLedgerRules = z.object({
  unit: ZLedgerUnit,
  mode: ZLedgerMode,
  /** Percent credited per service kind (the activity's category code); kinds not listed earn `defaultRatePercent`. */
  earningRates: z.record(z.string().min(1).max(60), z.number().int().min(0).max(1000)),
  defaultRatePercent: z.number().int().min(0).max(1000),
  /** Service kinds whose credits are group-earned: they land in the member's restricted account and can only be donated. */
  groupServiceKinds: z.array(z.string().min(1).max(60)).max(100),
  /** Highest balance of a member's account in minutes; null = no cap. */
  balanceCapMinutes: z.number().int().min(1).nullable(),
  excessPolicy: ZLedgerExcessPolicy,
  /** Most minutes credited to one member for one service date; null = no maximum. */
  dailyMaxMinutes: z.number().int().min(1).max(1440).nullable(),
  /** Unused credits older than this many months move to the donation pool; null = never. */
  expiryMonths: z.number().int().min(1).max(600).nullable(),
  giftsAllowed: z.boolean(),
  /** Youngest age of a named beneficiary on the day of the gift; null = any age. */
  giftMinAge: z.number().int().min(0).max(150).nullable(),
  /** Lowest balance of the organization's pool (0 or negative). */
  poolFloorMinutes: z.number().int().max(0).min(-100_000_000),
  updatedAt: ZIsoDateTime.nullable(),
});
export type TLedgerRules = z.infer<typeof ZLedgerRules>;

export const ZUpdateLedgerRulesRequest = ZLedgerRules.omit({ unit: true, updatedAt: true });
export type TUpdateLedgerRulesRequest = z.infer<typeof ZUpdateLedgerRulesRequest>;

// ---------------------------------------------------------------- accounts

export const ZLedgerAccount = z.object({
  id: ZUuid,
  unit: ZLedgerUnit,
  ownerKind: ZLedgerOwnerKind,
  volunteerId: ZUuid.nullable(),
  recipientId: ZUuid.nullable(),
  /** The member's or recipient's name; null for the organization's own accounts. */
  holderName: z.string().nullable(),
  balance: z.number().int(),
  /** Lowest allowed balance; null = unbounded (the issuance account). */
  floor: z.number().int().nullable(),
  createdAt: ZIsoDateTime,
});
export type TLedgerAccount = z.infer<typeof ZLedgerAccount>;

export const ZLedgerAccountListQuery = z.object({
  search: z.string().trim().max(100).optional(),
  ownerKind: ZLedgerOwnerKind.optional(),
});
export const ZLedgerAccountListResponse = z.object({ accounts: z.array(ZLedgerAccount) });
export type TLedgerAccountListResponse = z.infer<typeof ZLedgerAccountListResponse>;

export const ZLedgerAccountParams = z.object({ orgId: ZUuid, accountId: ZUuid });
export const ZLedgerTransferParams = z.object({ orgId: ZUuid, transferId: ZUuid });

/** Opens (or finds) the account of a volunteer or a recipient. */
export const ZOpenLedgerAccountRequest = z.union([
  z.object({ volunteerId: ZUuid, restricted: z.boolean().optional() }),
  z.object({ recipientId: ZUuid }),
]);
export type TOpenLedgerAccountRequest = z.infer<typeof ZOpenLedgerAccountRequest>;

// ---------------------------------------------------------------- transfers

export const ZLedgerEntry = z.object({
  accountId: ZUuid,
  ownerKind: ZLedgerOwnerKind,
  holderName: z.string().nullable(),
  amount: z.number().int(),
});

export const ZLedgerTransfer = z.object({
  id: ZUuid,
  unit: ZLedgerUnit,
  kind: ZLedgerTransferKind,
  valueDate: ZCalendarDate,
  memo: z.string().nullable(),
  reason: z.string().nullable(),
  sourceId: z.string().nullable(),
  reversesTransferId: ZUuid.nullable(),
  reversedByTransferId: ZUuid.nullable(),
  createdByName: z.string().nullable(),
  createdAt: ZIsoDateTime,
  entries: z.array(ZLedgerEntry),
});
export type TLedgerTransfer = z.infer<typeof ZLedgerTransfer>;

export const ZLedgerTransferListQuery = z.object({
  accountId: ZUuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ZLedgerTransferListResponse = z.object({ transfers: z.array(ZLedgerTransfer) });

const idempotent = { idempotencyKey: ZIdempotencyKey.optional() };

/** A member pays for a service received: to the pool (deposit mode) or to the volunteer who served (mutual exchange). */
export const ZLedgerSpendRequest = z.object({
  ...idempotent,
  fromAccountId: ZUuid,
  /** The serving volunteer's account; required in mutual-exchange mode, ignored in deposit mode. */
  toAccountId: ZUuid.optional(),
  minutes: ZMinutes,
  valueDate: ZCalendarDate.optional(),
  memo: ZMemo,
});
export type TLedgerSpendRequest = z.infer<typeof ZLedgerSpendRequest>;

export const ZLedgerGiftRequest = z.object({
  ...idempotent,
  fromAccountId: ZUuid,
  beneficiaryId: ZUuid,
  minutes: ZMinutes,
  valueDate: ZCalendarDate.optional(),
  memo: ZMemo,
});
export type TLedgerGiftRequest = z.infer<typeof ZLedgerGiftRequest>;

export const ZLedgerDonationRequest = z.object({
  ...idempotent,
  fromAccountId: ZUuid,
  minutes: ZMinutes,
  valueDate: ZCalendarDate.optional(),
  memo: ZMemo,
});
export type TLedgerDonationRequest = z.infer<typeof ZLedgerDonationRequest>;

/** A coordinator's correction of one account against the issuance account (positive credits, negative debits). */
export const ZLedgerAdjustmentRequest = z.object({
  ...idempotent,
  accountId: ZUuid,
  amount: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((n) => n !== 0, { message: 'validation.invalid' }),
  valueDate: ZCalendarDate.optional(),
  reason: ZReason,
});
export type TLedgerAdjustmentRequest = z.infer<typeof ZLedgerAdjustmentRequest>;

export const ZLedgerReversalRequest = z.object({ ...idempotent, reason: ZReason });
export type TLedgerReversalRequest = z.infer<typeof ZLedgerReversalRequest>;

// ---------------------------------------------------------------- atomic transfer batches

/** Most transfers in one batch. */
export const LEDGER_BATCH_MAX = 500;

/**
 * One item of a batch: the request of the single-transfer route of its kind
 * (`spends`, `gifts`, `donations`, `adjustments`) with its `kind`; the batch's
 * key covers every item, so items carry none.
 */
export const ZLedgerBatchItem = z.discriminatedUnion('kind', [
  ZLedgerSpendRequest.omit({ idempotencyKey: true }).extend({ kind: z.literal('spend') }),
  ZLedgerGiftRequest.omit({ idempotencyKey: true }).extend({ kind: z.literal('gift') }),
  ZLedgerDonationRequest.omit({ idempotencyKey: true }).extend({ kind: z.literal('donate') }),
  ZLedgerAdjustmentRequest.omit({ idempotencyKey: true }).extend({ kind: z.literal('adjust') }),
]);
export type TLedgerBatchItem = z.infer<typeof ZLedgerBatchItem>;

/**
 * Up to 500 transfers applied all or nothing, in order, each checked by the
 * rules of its single-transfer route; the first refused item refuses the
 * batch (`LEDGER_BATCH_ITEM_REFUSED`, `details.index`) and nothing is written.
 */
export const ZLedgerTransferBatchRequest = z.object({
  ...idempotent,
  transfers: z.array(ZLedgerBatchItem).min(1).max(LEDGER_BATCH_MAX),
});
export type TLedgerTransferBatchRequest = z.infer<typeof ZLedgerTransferBatchRequest>;

export const ZLedgerTransferBatch = z.object({
  id: ZUuid,
  transferCount: z.number().int(),
  /** Minutes moved by the batch (an adjustment counts its absolute amount). */
  totalMinutes: z.number().int(),
  /** The transfers written, in the order of the request's items. */
  transferIds: z.array(ZUuid),
  createdAt: ZIsoDateTime,
});
export type TLedgerTransferBatch = z.infer<typeof ZLedgerTransferBatch>;

// ---------------------------------------------------------------- statements

export const ZLedgerStatementQuery = z.object({
  from: ZCalendarDate.optional(),
  to: ZCalendarDate.optional(),
});

export const ZLedgerStatementLine = z.object({
  transferId: ZUuid,
  kind: ZLedgerTransferKind,
  valueDate: ZCalendarDate,
  amount: z.number().int(),
  /** The account's balance after this line. */
  runningBalance: z.number().int(),
  memo: z.string().nullable(),
  reason: z.string().nullable(),
  /** The other side(s) of the transfer, for the reader. */
  counterparties: z.array(z.object({ ownerKind: ZLedgerOwnerKind, holderName: z.string().nullable() })),
  reversed: z.boolean(),
});
export type TLedgerStatementLine = z.infer<typeof ZLedgerStatementLine>;

/**
 * The service kind (activity category) a statement line was credited for:
 * a service credit's memo is that code, which readers see by its translated
 * name. Null for every other line (its memo or reason is shown as written).
 */
export function serviceKindOfLine(
  line: Pick<TLedgerStatementLine, 'kind' | 'memo' | 'reason'>,
): (typeof ACTIVITY_CATEGORIES)[number] | null {
  if (line.reason || (line.kind !== 'earn' && line.kind !== 'exchange')) return null;
  return ACTIVITY_CATEGORIES.find((category) => category === line.memo) ?? null;
}

export const ZLedgerStatement = z.object({
  account: ZLedgerAccount,
  organizationName: z.string(),
  from: ZCalendarDate.nullable(),
  to: ZCalendarDate.nullable(),
  openingBalance: z.number().int(),
  closingBalance: z.number().int(),
  lines: z.array(ZLedgerStatementLine),
});
export type TLedgerStatement = z.infer<typeof ZLedgerStatement>;

export const ZLedgerBalanceQuery = z.object({ at: ZCalendarDate });
export const ZLedgerBalanceAt = z.object({ accountId: ZUuid, at: ZCalendarDate, balance: z.number().int() });

// ---------------------------------------------------------------- beneficiaries

export const BENEFICIARY_RELATIONS = ['parent', 'grandparent', 'spouse', 'sibling', 'relative', 'other'] as const;
export const ZBeneficiaryRelation = z.enum(BENEFICIARY_RELATIONS);

export const ZLedgerBeneficiary = z.object({
  id: ZUuid,
  giverAccountId: ZUuid,
  giverName: z.string().nullable(),
  recipientId: ZUuid,
  recipientName: z.string(),
  accountId: ZUuid,
  relation: ZBeneficiaryRelation,
  verifiedByName: z.string().nullable(),
  createdAt: ZIsoDateTime,
});
export type TLedgerBeneficiary = z.infer<typeof ZLedgerBeneficiary>;

export const ZCreateLedgerBeneficiaryRequest = z.object({
  giverAccountId: ZUuid,
  recipientId: ZUuid,
  relation: ZBeneficiaryRelation,
});
export const ZLedgerBeneficiaryListResponse = z.object({ beneficiaries: z.array(ZLedgerBeneficiary) });

// ---------------------------------------------------------------- reconcile and expiry

export const ZLedgerReconciliation = z.object({
  checkedAt: ZIsoDateTime,
  accountCount: z.number().int(),
  transferCount: z.number().int(),
  /** Transfers whose entries do not sum to zero (should never happen). */
  unbalancedTransferIds: z.array(ZUuid),
  differences: z.array(z.object({ accountId: ZUuid, projected: z.number().int(), fromEntries: z.number().int() })),
  ok: z.boolean(),
});
export type TLedgerReconciliation = z.infer<typeof ZLedgerReconciliation>;

export const ZLedgerExpiryRunRequest = z.object({ asOf: ZCalendarDate.optional() });
export const ZLedgerExpiryRun = z.object({
  cutoff: ZCalendarDate.nullable(),
  expiredAccounts: z.number().int(),
  expiredMinutes: z.number().int(),
});

// ---------------------------------------------------------------- my passbook

export const ZPassbookAccount = z.object({
  orgId: ZUuid,
  organizationName: z.string(),
  account: ZLedgerAccount,
});
export const ZMyPassbook = z.object({ accounts: z.array(ZPassbookAccount) });
export type TMyPassbook = z.infer<typeof ZMyPassbook>;
export const ZMyPassbookParams = z.object({ accountId: ZUuid });
