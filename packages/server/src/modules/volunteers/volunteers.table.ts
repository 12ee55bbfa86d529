import {
  CONSENT_PURPOSES,
  CONTACT_CHANNELS,
  REGISTRATION_CHANNELS,
  SKILL_KINDS,
  type TAvailabilityException,
  type TAvailabilitySlot,
  type TTranslatedName,
  VOLUNTEER_GENDERS,
  VOLUNTEER_STATUSES,
} from '@musubi/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
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
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';

/** An organization's taxonomy of skills and qualifications, named in each language. */
export const skillTable = pgTable(
  'skill',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    kind: text('kind', { enum: SKILL_KINDS }).notNull(),
    names: jsonb('names').$type<TTranslatedName>().notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    check('skill_kind_check', sql`${t.kind} in (${sqlValueList(SKILL_KINDS)})`),
  ],
);

/**
 * A person's volunteer record in one organization. The same person registers
 * once (one account) and has one record per organization they serve with;
 * people without a smartphone have a record and no account.
 */
export const volunteerTable = pgTable(
  'volunteer',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    accountId: uuid('account_id'),
    /**
     * The registration number in this organization (登録番号 / 志愿者编号 / 봉사자 번호): 1, 2, 3…
     * in order of registration, given by `insertVolunteer` from `volunteer_number_counter`. Printed
     * on certificates. Null only for rows written outside the application (bulk SQL in benches).
     */
    number: integer('number'),
    name: text('name').notNull(),
    nameReading: text('name_reading'),
    /** The reading in hiragana without spaces (NFKC), for finding the same person twice. */
    readingKey: text('reading_key'),
    birthDate: date('birth_date', { mode: 'string' }),
    /** Self-declared, optional: for recipients who ask for a helper of a given gender. */
    gender: text('gender', { enum: VOLUNTEER_GENDERS }),
    email: text('email'),
    phone: text('phone'),
    preferredChannel: text('preferred_channel', { enum: CONTACT_CHANNELS }).notNull(),
    /** E-mail once a day (the organization's digest hour) instead of one message per change. */
    mailDigest: boolean('mail_digest').notNull().default(false),
    locale: text('locale').notNull(),
    postalCode: text('postal_code'),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    languages: text('languages').array().notNull().default(sql`'{}'`),
    interests: text('interests').array().notNull().default(sql`'{}'`),
    availability: jsonb('availability').$type<TAvailabilitySlot[]>().notNull().default([]),
    availabilityExceptions: jsonb('availability_exceptions').$type<TAvailabilityException[]>().notNull().default([]),
    accessibilityNeeds: text('accessibility_needs'),
    emergencyContactName: text('emergency_contact_name'),
    emergencyContactPhone: text('emergency_contact_phone'),
    emergencyContactRelation: text('emergency_contact_relation'),
    notes: text('notes'),
    status: text('status', { enum: VOLUNTEER_STATUSES }).notNull(),
    registeredVia: text('registered_via', { enum: REGISTRATION_CHANNELS }).notNull(),
    registeredBy: uuid('registered_by'),
    verifiedBy: uuid('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    mergedInto: uuid('merged_into'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.accountId], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.registeredBy], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.verifiedBy], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.orgId, t.mergedInto], foreignColumns: [t.orgId, t.id] }),
    uniqueIndex('volunteer_account_key').on(t.orgId, t.accountId),
    uniqueIndex('volunteer_number_key').on(t.orgId, t.number),
    index('volunteer_account_idx').on(t.accountId),
    index('volunteer_reading_idx').on(t.orgId, t.readingKey, t.birthDate),
    index('volunteer_phone_idx').on(t.orgId, t.phone),
    index('volunteer_email_idx').on(t.orgId, t.email),
    check('volunteer_status_check', sql`${t.status} in (${sqlValueList(VOLUNTEER_STATUSES)})`),
    check('volunteer_registered_via_check', sql`${t.registeredVia} in (${sqlValueList(REGISTRATION_CHANNELS)})`),
    check('volunteer_channel_check', sql`${t.preferredChannel} in (${sqlValueList(CONTACT_CHANNELS)})`),
    check('volunteer_merged_check', sql`(${t.status} = 'merged') = (${t.mergedInto} is not null)`),
    check('volunteer_gender_check', sql`${t.gender} in (${sqlValueList(VOLUNTEER_GENDERS)})`),
    // Matching's candidate query: records near a point (GiST on the location), by id.
    index('volunteer_location_idx').using('gist', sql`point(${t.longitude}, ${t.latitude})`),
    index('volunteer_id_idx').on(t.id),
  ],
);

/** The last registration number given to a volunteer record per organization. */
export const volunteerNumberCounterTable = pgTable(
  'volunteer_number_counter',
  {
    orgId: uuid('org_id').primaryKey(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] })],
);

/** Which skills and qualifications a volunteer has. */
export const volunteerSkillTable = pgTable(
  'volunteer_skill',
  {
    orgId: uuid('org_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    skillId: uuid('skill_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.volunteerId, t.skillId] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.orgId, t.skillId], foreignColumns: [skillTable.orgId, skillTable.id] }),
    index('volunteer_skill_skill_idx').on(t.orgId, t.skillId),
  ],
);

/**
 * Consents as given, per purpose: append-only (a database trigger refuses
 * changes), so the latest row per purpose is the answer now and the earlier
 * rows are the history, each with its wording version.
 */
export const volunteerConsentTable = pgTable(
  'volunteer_consent',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    volunteerId: uuid('volunteer_id').notNull(),
    purpose: text('purpose', { enum: CONSENT_PURPOSES }).notNull(),
    granted: boolean('granted').notNull(),
    wordingVersion: text('wording_version').notNull(),
    /** Who recorded it for the person (assisted, import); null when the person did it themselves. */
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.recordedBy], foreignColumns: [accountTable.id] }),
    index('volunteer_consent_volunteer_idx').on(t.orgId, t.volunteerId, t.purpose, t.recordedAt),
    check('volunteer_consent_purpose_check', sql`${t.purpose} in (${sqlValueList(CONSENT_PURPOSES)})`),
  ],
);
