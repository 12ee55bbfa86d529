import {
  ACTIVITY_CATEGORIES,
  OPPORTUNITY_STATUSES,
  SHIFT_STATUSES,
  type TShiftRoleInput,
  VISIBILITIES,
} from '@musubi/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { sqlValueList } from '../../platform/db/sql-text';
import { insurancePlanTable } from '../insurance/insurance.table';
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';
import { skillTable } from '../volunteers/volunteers.table';

/** An activity volunteers can do (活動 / 志愿服务项目 / 봉사활동), posted by one organization. */
export const opportunityTable = pgTable(
  'opportunity',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    title: text('title').notNull(),
    description: text('description'),
    category: text('category', { enum: ACTIVITY_CATEGORIES }).notNull(),
    online: boolean('online').notNull().default(false),
    postalCode: text('postal_code'),
    address: text('address'),
    area: text('area'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    requiredInsurancePlanId: uuid('required_insurance_plan_id'),
    minimumAge: integer('minimum_age'),
    accessibilityInfo: text('accessibility_info'),
    beginnerFriendly: boolean('beginner_friendly').notNull().default(false),
    trial: boolean('trial').notNull().default(false),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    cancellationDeadlineHours: integer('cancellation_deadline_hours').notNull().default(24),
    status: text('status', { enum: OPPORTUNITY_STATUSES }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({
      columns: [t.orgId, t.requiredInsurancePlanId],
      foreignColumns: [insurancePlanTable.orgId, insurancePlanTable.id],
    }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [accountTable.id] }),
    // The catalogue reads published activities across organizations, nearest or soonest first.
    index('opportunity_catalogue_idx').on(t.status, t.visibility, t.category),
    index('opportunity_location_idx').on(t.latitude, t.longitude),
    check('opportunity_category_check', sql`${t.category} in (${sqlValueList(ACTIVITY_CATEGORIES)})`),
    check('opportunity_status_check', sql`${t.status} in (${sqlValueList(OPPORTUNITY_STATUSES)})`),
    check('opportunity_visibility_check', sql`${t.visibility} in (${sqlValueList(VISIBILITIES)})`),
  ],
);

/** Skills and qualifications every participant of an activity needs. */
export const opportunitySkillTable = pgTable(
  'opportunity_skill',
  {
    orgId: uuid('org_id').notNull(),
    opportunityId: uuid('opportunity_id').notNull(),
    skillId: uuid('skill_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.opportunityId, t.skillId] }),
    foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunityTable.orgId, opportunityTable.id] }),
    foreignKey({ columns: [t.orgId, t.skillId], foreignColumns: [skillTable.orgId, skillTable.id] }),
  ],
);

/** A recurring series (RFC 5545 RRULE); its occurrences are materialized as shifts. */
export const shiftSeriesTable = pgTable(
  'shift_series',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    opportunityId: uuid('opportunity_id').notNull(),
    rrule: text('rrule').notNull(),
    firstStartsAt: timestamp('first_starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    timeZone: text('time_zone').notNull(),
    roles: jsonb('roles').$type<TShiftRoleInput[]>().notNull(),
    /** What each new occurrence gets, as asked when the series was made. */
    waitlist: boolean('waitlist').notNull().default(true),
    signupOpensDaysBefore: integer('signup_opens_days_before'),
    signupClosesHoursBefore: integer('signup_closes_hours_before').notNull().default(0),
    /** The start of the last occurrence made so far; the daily job makes the next ones a year ahead. */
    materializedUntil: timestamp('materialized_until', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunityTable.orgId, opportunityTable.id] }),
  ],
);

/** One dated time slot of an activity. */
export const shiftTable = pgTable(
  'shift',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    opportunityId: uuid('opportunity_id').notNull(),
    seriesId: uuid('series_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: SHIFT_STATUSES }).notNull().default('scheduled'),
    waitlist: boolean('waitlist').notNull().default(true),
    signupOpensAt: timestamp('signup_opens_at', { withTimezone: true }),
    signupClosesAt: timestamp('signup_closes_at', { withTimezone: true }).notNull(),
    /** Changed apart from its series: later series edits leave it alone. */
    detached: boolean('detached').notNull().default(false),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunityTable.orgId, opportunityTable.id] }),
    foreignKey({ columns: [t.orgId, t.seriesId], foreignColumns: [shiftSeriesTable.orgId, shiftSeriesTable.id] }),
    index('shift_opportunity_idx').on(t.orgId, t.opportunityId, t.startsAt),
    index('shift_upcoming_idx').on(t.startsAt, t.status),
    // The catalogue's per-activity "next shift and count" reads only this index (bench/README.md).
    index('shift_catalogue_idx').on(t.orgId, t.opportunityId, t.startsAt).where(sql`${t.status} = 'scheduled'`),
    check('shift_status_check', sql`${t.status} in (${sqlValueList(SHIFT_STATUSES)})`),
    check('shift_time_check', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/** A role within a shift (driver, leader, or the general one) with its places. */
export const shiftRoleTable = pgTable(
  'shift_role',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    shiftId: uuid('shift_id').notNull(),
    name: text('name'),
    capacity: integer('capacity').notNull(),
    requiredSkillId: uuid('required_skill_id'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.shiftId], foreignColumns: [shiftTable.orgId, shiftTable.id] }),
    foreignKey({ columns: [t.orgId, t.requiredSkillId], foreignColumns: [skillTable.orgId, skillTable.id] }),
    index('shift_role_shift_idx').on(t.orgId, t.shiftId),
    check('shift_role_capacity_check', sql`${t.capacity} > 0`),
  ],
);
