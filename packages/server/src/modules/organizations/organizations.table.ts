import { ORGANIZATION_KINDS } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { sqlValueList } from '../../platform/db/sql-text';

/** The tenant root: every organization-owned row points here through `org_id`. */
export const organizationTable = pgTable(
  'organization',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    locale: text('locale').notNull(),
    timeZone: text('time_zone').notNull(),
    fiscalYearStartMonth: integer('fiscal_year_start_month').notNull(),
    /** A hub runs a network: member organizations join it and its network administrators see them. */
    runsNetwork: boolean('runs_network').notNull().default(false),
    email: text('email'),
    phone: text('phone'),
    postalCode: text('postal_code'),
    address: text('address'),
    website: text('website'),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('organization_kind_check', sql`${t.kind} in (${sqlValueList(ORGANIZATION_KINDS)})`),
    check('organization_fiscal_month_check', sql`${t.fiscalYearStartMonth} between 1 and 12`),
  ],
);

/**
 * Membership of an organization (`org_id`) in the network run by a hub
 * organization (`network_org_id`). Owned by the member organization.
 */
export const networkMembershipTable = pgTable(
  'network_membership',
  {
    orgId: uuid('org_id').notNull(),
    networkOrgId: uuid('network_org_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.networkOrgId] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.networkOrgId], foreignColumns: [organizationTable.id] }),
    index('network_membership_network_idx').on(t.networkOrgId),
    check('network_membership_not_self', sql`${t.orgId} <> ${t.networkOrgId}`),
  ],
);
