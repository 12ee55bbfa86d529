import { SIGNUP_SOURCES, SIGNUP_STATUSES } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { sqlValueList } from '../../platform/db/sql-text';
import { shiftRoleTable, shiftTable } from '../opportunities/opportunities.table';
import { accountTable } from '../people/people.table';
import { volunteerTable } from '../volunteers/volunteers.table';

/** A person's place (or waitlist entry) on a shift, owned by the shift's organization. */
export const shiftSignupTable = pgTable(
  'shift_signup',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    shiftId: uuid('shift_id').notNull(),
    roleId: uuid('role_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    status: text('status', { enum: SIGNUP_STATUSES }).notNull(),
    source: text('source', { enum: SIGNUP_SOURCES }).notNull(),
    /** Warnings accepted at sign-up (e.g. not insured, when the organization only warns). */
    warnings: text('warnings').array().notNull().default(sql`'{}'`),
    createdBy: uuid('created_by'),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by'),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.shiftId], foreignColumns: [shiftTable.orgId, shiftTable.id] }),
    foreignKey({ columns: [t.orgId, t.roleId], foreignColumns: [shiftRoleTable.orgId, shiftRoleTable.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.cancelledBy], foreignColumns: [accountTable.id] }),
    // One live place per person per shift; cancelled rows stay as history.
    uniqueIndex('shift_signup_live_key').on(t.orgId, t.shiftId, t.volunteerId).where(sql`${t.status} <> 'cancelled'`),
    index('shift_signup_role_idx').on(t.orgId, t.roleId, t.status),
    index('shift_signup_volunteer_idx').on(t.orgId, t.volunteerId, t.status),
    check('shift_signup_status_check', sql`${t.status} in (${sqlValueList(SIGNUP_STATUSES)})`),
    check('shift_signup_source_check', sql`${t.source} in (${sqlValueList(SIGNUP_SOURCES)})`),
  ],
);

/** A person's secret calendar-feed address (global: it spans their organizations). */
export const calendarFeedTable = pgTable('calendar_feed', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accountTable.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique('calendar_feed_token_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A line waiting for a person's daily digest: a message they chose to get
 * once a day instead of at once. Written in the transaction of the change it
 * reports; marked with the digest's time when the digest mail is queued.
 */
export const mailDigestItemTable = pgTable(
  'mail_digest_item',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    volunteerId: uuid('volunteer_id').notNull(),
    /** The rendered line, in the person's language when the change happened. */
    line: text('line').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    digestedAt: timestamp('digested_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    index('mail_digest_item_pending_idx').on(t.orgId, t.volunteerId).where(sql`${t.digestedAt} is null`),
  ],
);
