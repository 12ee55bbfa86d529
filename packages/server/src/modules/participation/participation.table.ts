import { INSURANCE_CHECKS } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sqlValueList } from '../../platform/db/sql-text';
import { organizationTable } from '../organizations/organizations.table';

/**
 * An organization's participation rules. One row per organization, written
 * on the first change; until then the defaults of participation.service apply.
 */
export const participationSettingsTable = pgTable(
  'participation_settings',
  {
    orgId: uuid('org_id').primaryKey(),
    selfRegistrationOpen: boolean('self_registration_open').notNull(),
    insurancePolicyStartMonth: integer('insurance_policy_start_month').notNull(),
    insuranceCheck: text('insurance_check', { enum: INSURANCE_CHECKS }).notNull(),
    /** Minutes, so half hours stay exact; null = no limit. */
    maxMinutesPerDay: integer('max_minutes_per_day'),
    maxShiftsPerWeek: integer('max_shifts_per_week'),
    reminderHoursBefore: integer('reminder_hours_before').notNull(),
    digestHour: integer('digest_hour').notNull().default(8),
    lapsedAfterMonths: integer('lapsed_after_months').notNull(),
    milestoneHours: integer('milestone_hours').array().notNull(),
    consentWordingVersion: text('consent_wording_version').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    check('participation_settings_month_check', sql`${t.insurancePolicyStartMonth} between 1 and 12`),
    check('participation_settings_digest_hour_check', sql`${t.digestHour} between 0 and 23`),
    check('participation_settings_insurance_check', sql`${t.insuranceCheck} in (${sqlValueList(INSURANCE_CHECKS)})`),
  ],
);
