import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizationTable } from '../../modules/organizations/organizations.table';
import { accountTable } from '../../modules/people/people.table';
import { newId } from '../db/ids';

/**
 * Append-only audit log. A trigger (migration 0001) refuses UPDATE and DELETE,
 * so an entry, once committed with the change it records, stays.
 */
export const auditEntryTable = pgTable(
  'audit_entry',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorAccountId: uuid('actor_account_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull().default({}),
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.actorAccountId], foreignColumns: [accountTable.id] }),
    index('audit_entry_org_at_idx').on(t.orgId, t.at),
  ],
);
