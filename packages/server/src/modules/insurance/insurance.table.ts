import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';
import { volunteerTable } from '../volunteers/volunteers.table';

/** A volunteer activity insurance plan the organization enrolls people in (basic, natural disaster, …). */
export const insurancePlanTable = pgTable(
  'insurance_plan',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    name: text('name').notNull(),
    code: text('code'),
    coversNaturalDisaster: boolean('covers_natural_disaster').notNull().default(false),
    annualPremium: integer('annual_premium'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
  ],
);

/**
 * One person's enrollment in one plan for one policy year. The cover dates
 * are computed once at enrollment (the day after, to the policy year's end)
 * and kept, so a later change of the policy year does not rewrite history.
 */
export const insuranceEnrollmentTable = pgTable(
  'insurance_enrollment',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    volunteerId: uuid('volunteer_id').notNull(),
    planId: uuid('plan_id').notNull(),
    policyYear: integer('policy_year').notNull(),
    enrolledOn: date('enrolled_on', { mode: 'string' }).notNull(),
    coverStartsOn: date('cover_starts_on', { mode: 'string' }).notNull(),
    coverEndsOn: date('cover_ends_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.orgId, t.planId], foreignColumns: [insurancePlanTable.orgId, insurancePlanTable.id] }),
    foreignKey({ columns: [t.recordedBy], foreignColumns: [accountTable.id] }),
    uniqueIndex('insurance_enrollment_key').on(t.orgId, t.volunteerId, t.planId, t.policyYear),
    index('insurance_enrollment_cover_idx').on(t.orgId, t.coverEndsOn),
    check('insurance_enrollment_cover_check', sql`${t.coverStartsOn} <= ${t.coverEndsOn}`),
  ],
);
