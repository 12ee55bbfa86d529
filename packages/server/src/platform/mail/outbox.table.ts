import { OUTBOX_STATUSES } from '@musubi/shared';
import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizationTable } from '../../modules/organizations/organizations.table';
import { newId } from '../db/ids';

/**
 * Every outgoing message is written here in the same transaction as the change
 * that causes it (transactional outbox). The mail job delivers pending rows over
 * SMTP; without SMTP they stay `held` for an administrator to read.
 */
export const outboxMessageTable = pgTable(
  'outbox_message',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    locale: text('locale').notNull(),
    template: text('template').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    index('outbox_message_org_created_idx').on(t.orgId, t.createdAt),
    index('outbox_message_status_idx').on(t.status, t.nextAttemptAt),
  ],
);
