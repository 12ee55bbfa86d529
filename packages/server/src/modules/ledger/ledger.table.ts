import {
  BENEFICIARY_RELATIONS,
  LEDGER_EXCESS_POLICIES,
  LEDGER_MODES,
  LEDGER_OWNER_KINDS,
  LEDGER_TRANSFER_KINDS,
  LEDGER_UNITS,
} from '@musubi/shared';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { sqlValueList } from '../../platform/db/sql-text';
import { recipientTable } from '../needs/needs.table';
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';
import { volunteerTable } from '../volunteers/volunteers.table';

/** An organization's rules for one unit, as data. One row per organization and unit, written on the first change. */
export const ledgerRulesTable = pgTable(
  'ledger_rules',
  {
    orgId: uuid('org_id').notNull(),
    unit: text('unit', { enum: LEDGER_UNITS }).notNull(),
    mode: text('mode', { enum: LEDGER_MODES }).notNull(),
    earningRates: jsonb('earning_rates').$type<Record<string, number>>().notNull().default({}),
    defaultRatePercent: integer('default_rate_percent').notNull().default(100),
    groupServiceKinds: text('group_service_kinds').array().notNull().default(sql`'{}'`),
    balanceCapMinutes: integer('balance_cap_minutes'),
    excessPolicy: text('excess_policy', { enum: LEDGER_EXCESS_POLICIES }).notNull(),
    dailyMaxMinutes: integer('daily_max_minutes'),
    expiryMonths: integer('expiry_months'),
    giftsAllowed: boolean('gifts_allowed').notNull(),
    giftMinAge: integer('gift_min_age'),
    poolFloorMinutes: integer('pool_floor_minutes').notNull().default(0),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.unit] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.updatedBy], foreignColumns: [accountTable.id] }),
    check('ledger_rules_unit_check', sql`${t.unit} in (${sqlValueList(LEDGER_UNITS)})`),
    check('ledger_rules_mode_check', sql`${t.mode} in (${sqlValueList(LEDGER_MODES)})`),
    check('ledger_rules_excess_check', sql`${t.excessPolicy} in (${sqlValueList(LEDGER_EXCESS_POLICIES)})`),
    check('ledger_rules_pool_floor_check', sql`${t.poolFloorMinutes} <= 0`),
  ],
);

/**
 * An account of one unit. `balance` is a projection of the entries, updated in
 * the transaction that writes them; `reconcile` recomputes it. `floor` is the
 * lowest balance allowed (null = unbounded: the issuance account).
 */
export const ledgerAccountTable = pgTable(
  'ledger_account',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    unit: text('unit', { enum: LEDGER_UNITS }).notNull(),
    ownerKind: text('owner_kind', { enum: LEDGER_OWNER_KINDS }).notNull(),
    volunteerId: uuid('volunteer_id'),
    recipientId: uuid('recipient_id'),
    balance: bigint('balance', { mode: 'number' }).notNull().default(0),
    floor: bigint('floor', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.orgId, t.recipientId], foreignColumns: [recipientTable.orgId, recipientTable.id] }),
    uniqueIndex('ledger_account_member_idx')
      .on(t.orgId, t.unit, t.ownerKind, t.volunteerId)
      .where(sql`${t.volunteerId} is not null`),
    uniqueIndex('ledger_account_recipient_idx')
      .on(t.orgId, t.unit, t.recipientId)
      .where(sql`${t.recipientId} is not null`),
    uniqueIndex('ledger_account_system_idx')
      .on(t.orgId, t.unit, t.ownerKind)
      .where(sql`${t.ownerKind} in ('pool', 'donation', 'issuance')`),
    check('ledger_account_unit_check', sql`${t.unit} in (${sqlValueList(LEDGER_UNITS)})`),
    check('ledger_account_owner_kind_check', sql`${t.ownerKind} in (${sqlValueList(LEDGER_OWNER_KINDS)})`),
    check(
      'ledger_account_owner_check',
      sql`(${t.ownerKind} in ('member', 'member_restricted')) = (${t.volunteerId} is not null)
        and (${t.ownerKind} = 'recipient') = (${t.recipientId} is not null)`,
    ),
    check('ledger_account_floor_check', sql`${t.floor} is null or ${t.balance} >= ${t.floor}`),
  ],
);

/**
 * One movement: two or more entries summing to zero (a deferred trigger checks
 * it at commit). Append-only; a correction is a `reverse` transfer pointing at
 * the original, and a transfer is reversed at most once.
 */
export const ledgerTransferTable = pgTable(
  'ledger_transfer',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    unit: text('unit', { enum: LEDGER_UNITS }).notNull(),
    kind: text('kind', { enum: LEDGER_TRANSFER_KINDS }).notNull(),
    idempotencyKey: text('idempotency_key'),
    /** sha-256 of the request that made it, so a replayed key with another body is refused. */
    requestHash: text('request_hash'),
    reversesTransferId: uuid('reverses_transfer_id'),
    /** What caused it, e.g. an attendance record id. */
    sourceId: text('source_id'),
    memo: text('memo'),
    reason: text('reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The calendar date the movement counts for (service date, or the day it was recorded). */
    valueDate: date('value_date', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.orgId, t.reversesTransferId], foreignColumns: [t.orgId, t.id] }),
    uniqueIndex('ledger_transfer_idempotency_idx')
      .on(t.orgId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    uniqueIndex('ledger_transfer_reverses_idx')
      .on(t.orgId, t.reversesTransferId)
      .where(sql`${t.reversesTransferId} is not null`),
    index('ledger_transfer_value_date_idx').on(t.orgId, t.kind, t.valueDate),
    check('ledger_transfer_kind_check', sql`${t.kind} in (${sqlValueList(LEDGER_TRANSFER_KINDS)})`),
    check('ledger_transfer_reverse_check', sql`(${t.kind} = 'reverse') = (${t.reversesTransferId} is not null)`),
  ],
);

/** One side of a transfer: an amount (minutes for `hours`) on one account. Append-only. */
export const ledgerEntryTable = pgTable(
  'ledger_entry',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    transferId: uuid('transfer_id').notNull(),
    accountId: uuid('account_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    /** The transfer's value date, copied so statements read one index. */
    valueDate: date('value_date', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.transferId],
      foreignColumns: [ledgerTransferTable.orgId, ledgerTransferTable.id],
    }),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [ledgerAccountTable.orgId, ledgerAccountTable.id] }),
    index('ledger_entry_account_idx').on(t.orgId, t.accountId, t.valueDate, t.transferId),
    index('ledger_entry_transfer_idx').on(t.orgId, t.transferId),
  ],
);

/** A member's named beneficiary (a relative) who may receive their credits as a gift; has an account as a recipient. */
export const ledgerBeneficiaryTable = pgTable(
  'ledger_beneficiary',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    giverAccountId: uuid('giver_account_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    accountId: uuid('account_id').notNull(),
    relation: text('relation', { enum: BENEFICIARY_RELATIONS }).notNull(),
    verifiedBy: uuid('verified_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.giverAccountId],
      foreignColumns: [ledgerAccountTable.orgId, ledgerAccountTable.id],
    }),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [ledgerAccountTable.orgId, ledgerAccountTable.id] }),
    foreignKey({ columns: [t.orgId, t.recipientId], foreignColumns: [recipientTable.orgId, recipientTable.id] }),
    foreignKey({ columns: [t.verifiedBy], foreignColumns: [accountTable.id] }),
    uniqueIndex('ledger_beneficiary_pair_idx').on(t.orgId, t.giverAccountId, t.recipientId),
    check('ledger_beneficiary_relation_check', sql`${t.relation} in (${sqlValueList(BENEFICIARY_RELATIONS)})`),
  ],
);

/**
 * An atomic batch of transfers (TigerBeetle-style batching, Formance's atomic bulk): all of
 * its transfers were written in one transaction, or none. Its idempotency key covers the
 * whole batch; a replay answers the stored transfer ids. Append-only.
 */
export const ledgerBatchTable = pgTable(
  'ledger_batch',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    idempotencyKey: text('idempotency_key').notNull(),
    /** sha-256 of the batch request, so a replayed key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    /** The transfers written, in the order of the request's items. */
    transferIds: uuid('transfer_ids').array().notNull(),
    /** Minutes moved by the batch's transfers (an adjustment counts its absolute amount). */
    totalMinutes: bigint('total_minutes', { mode: 'number' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [accountTable.id] }),
    uniqueIndex('ledger_batch_idempotency_idx').on(t.orgId, t.idempotencyKey),
  ],
);
