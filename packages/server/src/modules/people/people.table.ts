import { ROLES } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { sqlValueList } from '../../platform/db/sql-text';
import { organizationTable } from '../organizations/organizations.table';

/**
 * A person who can sign in. Global (not owned by one organization): one
 * person registers once and may belong to several organizations.
 */
export const accountTable = pgTable(
  'account',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    name: text('name').notNull(),
    nameReading: text('name_reading'),
    /** Lower-cased. */
    email: text('email'),
    /** Digits and a leading + only. */
    phone: text('phone'),
    /** Argon2id PHC string; null until an invited person sets a password. */
    passwordHash: text('password_hash'),
    locale: text('locale').notNull(),
    largeText: boolean('large_text').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('account_email_key').on(t.email),
    uniqueIndex('account_phone_key').on(t.phone),
    check('account_contact_check', sql`${t.email} is not null or ${t.phone} is not null`),
  ],
);

const roleCheck = sqlValueList(ROLES);

/** A person's role in one organization. */
export const membershipTable = pgTable(
  'membership',
  {
    orgId: uuid('org_id').notNull(),
    accountId: uuid('account_id').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.accountId] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.accountId], foreignColumns: [accountTable.id] }),
    index('membership_account_idx').on(t.accountId),
    check('membership_role_check', sql`${t.role} in (${roleCheck})`),
  ],
);

/**
 * An invitation for a person added by an administrator who has no password yet:
 * the mail carries the token, we keep only its hash. The membership itself is
 * created when the person is added.
 */
export const invitationTable = pgTable(
  'invitation',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    accountId: uuid('account_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.accountId], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.invitedBy], foreignColumns: [accountTable.id] }),
    // Tokens are 256-bit random values, so the hash alone finds the row; not unique by design (tenant rule).
    index('invitation_token_idx').on(t.tokenHash),
  ],
);

/**
 * A "forgot your password?" link: the mail carries the token, we keep its hash.
 * Global like the account it belongs to; one hour, one use.
 */
export const passwordResetTable = pgTable(
  'password_reset',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.accountId], foreignColumns: [accountTable.id] }).onDelete('cascade'),
    index('password_reset_account_idx').on(t.accountId),
  ],
);
