import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { systemAccounts } from './accounts.service';
import * as repo from './ledger.repository';
import { ledgerToday } from './ledger-today';
import { type Leg, postTransfer } from './post-transfer';
import { getLedgerRules } from './rules.service';

/** What the attendance approval hands the ledger (ISSUE5 interface 2). */
export interface ServiceCreditInput {
  orgId: string;
  /** The volunteer record (org-scoped) who served. */
  volunteerId: string;
  /** Credited minutes of the attendance (integer > 0). */
  minutes: number;
  /** YYYY-MM-DD in the organization's time zone. */
  serviceDate: string;
  /** The activity's category code: picks the earning rate and whether the credits are group-earned. */
  serviceKind: string;
  /** The needs-module recipient served, for mutual-exchange mode. */
  recipientId?: string | null;
  /** The attendance record id. */
  sourceId: string;
  /** `attendance:<attendanceId>`. */
  idempotencyKey: string;
  actorAccountId: string | null;
}

export interface ServiceCreditResult {
  transferId: string;
  /** Minutes that reached the volunteer's account (after rate, daily maximum and cap). */
  creditedMinutes: number;
  /** Minutes above the member's cap, moved to the donation pool (excess policy donate) or the pool (forfeit). */
  excessMinutes: number;
}

/**
 * Credits approved service, inside the caller's transaction. Deposit mode
 * issues the credits from the issuance account; mutual-exchange mode moves
 * them from the recipient's account (or from the pool when no recipient is
 * named, e.g. group activities). The rate of the service kind applies, then
 * the daily maximum per service date (minutes above it are not credited), then
 * the cap (the excess goes to a pool). Group-earned kinds land in the member's
 * restricted account. A replay of the same key returns the first result.
 */
export async function postServiceCredit(tx: Db, input: ServiceCreditInput): Promise<ServiceCreditResult> {
  if (!Number.isInteger(input.minutes) || input.minutes <= 0)
    throw new Error('service minutes must be a positive integer');
  const { orgId } = input;
  const existing = await repo.findTransferByKey(tx, orgId, input.idempotencyKey);
  const rules = await getLedgerRules(tx, orgId);
  const system = await systemAccounts(tx, orgId, 'hours', rules.poolFloorMinutes);
  const restricted = rules.groupServiceKinds.includes(input.serviceKind);
  const member = (
    await repo.ensureHolderAccount(tx, orgId, 'hours', {
      ownerKind: restricted ? 'member_restricted' : 'member',
      volunteerId: input.volunteerId,
    })
  ).row;
  const payer =
    rules.mode === 'deposit'
      ? system.issuance
      : input.recipientId
        ? (
            await repo.ensureHolderAccount(tx, orgId, 'hours', {
              ownerKind: 'recipient',
              recipientId: input.recipientId,
            })
          ).row
        : system.pool;
  const excessTo = rules.excessPolicy === 'donate' ? system.donation : system.pool;
  const rate = rules.earningRates[input.serviceKind] ?? rules.defaultRatePercent;
  const earned = Math.floor((input.minutes * rate) / 100);
  const volunteerAccounts = (await repo.listAccounts(tx, orgId, { volunteerIds: [input.volunteerId] })).map(
    (a) => a.id,
  );

  let credited = 0;
  let excess = 0;
  const posted = await postTransfer(tx, {
    orgId,
    unit: 'hours',
    kind: rules.mode === 'deposit' ? 'earn' : 'exchange',
    valueDate: input.serviceDate,
    sourceId: input.sourceId,
    memo: input.serviceKind,
    createdBy: input.actorAccountId,
    idempotencyKey: input.idempotencyKey,
    request: { ...input, actorAccountId: undefined, idempotencyKey: undefined },
    accountIds: [member.id, payer.id, excessTo.id],
    memberCap: restricted ? null : rules.balanceCapMinutes,
    legs: async (accounts) => {
      let amount = earned;
      if (rules.dailyMaxMinutes !== null) {
        const already = await repo.creditedOnDate(tx, orgId, volunteerAccounts, input.serviceDate);
        amount = Math.max(0, Math.min(amount, rules.dailyMaxMinutes - already));
      }
      const balance = accounts.get(member.id)!.balance;
      const room =
        restricted || rules.balanceCapMinutes === null ? amount : Math.max(0, rules.balanceCapMinutes - balance);
      credited = Math.min(amount, room);
      excess = amount - credited;
      const legs: Leg[] = [
        { accountId: payer.id, amount: -amount },
        { accountId: member.id, amount: credited },
      ];
      if (excess > 0) legs.push({ accountId: excessTo.id, amount: excess });
      return legs;
    },
  });
  if (posted.replayed || existing) {
    return { transferId: posted.transfer.id, ...(await creditOf(tx, orgId, posted.transfer.id, member.id)) };
  }
  await recordAudit(tx, {
    orgId,
    actorAccountId: input.actorAccountId,
    action: 'LEDGER_SERVICE_CREDITED',
    targetType: 'ledger_transfer',
    targetId: posted.transfer.id,
    summary: {
      volunteerId: input.volunteerId,
      sourceId: input.sourceId,
      creditedMinutes: credited,
      excessMinutes: excess,
    },
  });
  return { transferId: posted.transfer.id, creditedMinutes: credited, excessMinutes: excess };
}

/** The figures of a credit already written (for a replayed key). */
async function creditOf(tx: Db, orgId: string, transferId: string, memberAccountId: string) {
  const entries = await repo.entriesOfTransfers(tx, orgId, [transferId]);
  const creditedMinutes = entries.find((e) => e.accountId === memberAccountId)?.amount ?? 0;
  const excessMinutes = entries
    .filter((e) => e.accountId !== memberAccountId && e.amount > 0)
    .reduce((sum, e) => sum + e.amount, 0);
  return { creditedMinutes, excessMinutes };
}

/** What a correction of approved attendance hands the ledger to take its credit back. */
export interface ServiceCreditReversalInput {
  orgId: string;
  /** The service credit to undo (the attendance record's `ledgerTransferId`). */
  transferId: string;
  /** The coordinator's reason for the correction. */
  reason: string;
  actorAccountId: string | null;
}

/**
 * Takes a service credit back inside the caller's transaction: a reversing
 * transfer pointing at it, dated today, with an audit entry. A transfer is
 * reversed once (the key is `reverse:<transferId>`): a credit already
 * reversed (in the ledger, by a coordinator) answers that reversal. When the
 * credits were already spent, given or expired, the member's floor refuses
 * it: ATTENDANCE_CREDIT_ALREADY_USED, nothing written.
 */
export async function reverseServiceCredit(tx: Db, input: ServiceCreditReversalInput): Promise<string> {
  const { orgId, transferId } = input;
  const original = await repo.findTransfer(tx, orgId, transferId);
  if (!original || (original.kind !== 'earn' && original.kind !== 'exchange'))
    throw new Error(`transfer ${transferId} is not a service credit`);
  // Already taken back (a coordinator reversed it in the ledger): that reversal stands for this one.
  const reversedBy = (await repo.reversalsOf(tx, orgId, [transferId])).get(transferId);
  if (reversedBy) return reversedBy;
  const entries = await repo.entriesOfTransfers(tx, orgId, [transferId]);
  let posted: Awaited<ReturnType<typeof postTransfer>>;
  try {
    posted = await postTransfer(tx, {
      orgId,
      unit: original.unit,
      kind: 'reverse',
      valueDate: await ledgerToday(tx, orgId),
      reason: input.reason,
      sourceId: original.sourceId,
      reversesTransferId: original.id,
      createdBy: input.actorAccountId,
      idempotencyKey: `reverse:${transferId}`,
      request: { transferId },
      accountIds: entries.map((e) => e.accountId),
      // Taking credits back never raises a member's balance.
      memberCap: null,
      legs: () => entries.map((e) => ({ accountId: e.accountId, amount: -e.amount })),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'LEDGER_INSUFFICIENT_BALANCE') {
      throw new AppError('ATTENDANCE_CREDIT_ALREADY_USED', error.details);
    }
    throw error;
  }
  if (!posted.replayed) {
    await recordAudit(tx, {
      orgId,
      actorAccountId: input.actorAccountId,
      action: 'LEDGER_TRANSFER_REVERSED',
      targetType: 'ledger_transfer',
      targetId: posted.transfer.id,
      summary: { reversesTransferId: transferId, sourceId: original.sourceId, reason: input.reason },
    });
  }
  return posted.transfer.id;
}
