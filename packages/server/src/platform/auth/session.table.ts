import { foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizationTable } from '../../modules/organizations/organizations.table';
import { accountTable } from '../../modules/people/people.table';

/**
 * Server-side sessions. The cookie holds a random token; we store only its
 * SHA-256, so a database leak does not hand out live sessions.
 */
export const sessionTable = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id').notNull(),
    activeOrgId: uuid('active_org_id'),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [
    foreignKey({ columns: [t.accountId], foreignColumns: [accountTable.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.activeOrgId], foreignColumns: [organizationTable.id] }).onDelete('set null'),
    index('session_account_idx').on(t.accountId),
    index('session_expires_idx').on(t.expiresAt),
  ],
);
