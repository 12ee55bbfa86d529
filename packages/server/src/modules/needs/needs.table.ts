import {
  CONSENT_METHODS,
  FOLLOW_UP_METHODS,
  FOLLOW_UP_RESPONDENTS,
  HELPER_GENDERS,
  NEED_CHANNELS,
  NEED_CLOSURE_REASONS,
  NEED_KINDS,
  NEED_STATUSES,
  NEED_URGENCIES,
  RECIPIENT_CONSENT_PURPOSES,
  REFERRAL_TARGET_KINDS,
  REQUESTER_RELATIONS,
  RESOURCE_LINE_KINDS,
  RESOURCE_LINE_STATUSES,
  SENSITIVE_NOTE_CATEGORIES,
  SHOULD_CONTINUE_ANSWERS,
  type TNeedTimeWindow,
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
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { sqlValueList } from '../../platform/db/sql-text';
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';
import { skillTable, volunteerTable } from '../volunteers/volunteers.table';

/** An organization's rules for needs. One row per organization, written on the first change. */
export const needSettingsTable = pgTable(
  'need_settings',
  {
    orgId: uuid('org_id').primaryKey(),
    publicRequestsOpen: boolean('public_requests_open').notNull(),
    consentWordingVersion: text('consent_wording_version').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] })],
);

/**
 * The person helped (利用者 / 服务对象 / 수혜자). Often without an account:
 * coordinators keep the record for them, with their consent.
 */
export const recipientTable = pgTable(
  'recipient',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    name: text('name').notNull(),
    nameReading: text('name_reading'),
    /** The reading in hiragana without spaces (NFKC), for search and likely duplicates. */
    readingKey: text('reading_key'),
    birthDate: date('birth_date', { mode: 'string' }),
    phone: text('phone'),
    email: text('email'),
    postalCode: text('postal_code'),
    address: text('address'),
    area: text('area'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    languages: text('languages').array().notNull().default(sql`'{}'`),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [accountTable.id] }),
    index('recipient_reading_idx').on(t.orgId, t.readingKey),
    index('recipient_phone_idx').on(t.orgId, t.phone),
  ],
);

/**
 * A recipient's consents as given: append-only (a trigger refuses changes),
 * the latest row per purpose is the answer now. It records how the consent
 * was obtained, because the person is often reached through someone else.
 */
export const recipientConsentTable = pgTable(
  'recipient_consent',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    recipientId: uuid('recipient_id').notNull(),
    purpose: text('purpose', { enum: RECIPIENT_CONSENT_PURPOSES }).notNull(),
    granted: boolean('granted').notNull(),
    method: text('method', { enum: CONSENT_METHODS }).notNull(),
    note: text('note'),
    wordingVersion: text('wording_version').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.recipientId], foreignColumns: [recipientTable.orgId, recipientTable.id] }),
    foreignKey({ columns: [t.recordedBy], foreignColumns: [accountTable.id] }),
    index('recipient_consent_recipient_idx').on(t.orgId, t.recipientId, t.purpose, t.recordedAt),
    check('recipient_consent_purpose_check', sql`${t.purpose} in (${sqlValueList(RECIPIENT_CONSENT_PURPOSES)})`),
    check('recipient_consent_method_check', sql`${t.method} in (${sqlValueList(CONSENT_METHODS)})`),
  ],
);

/** The last number given to a need per organization and fiscal year (2026-0042). */
export const needNumberCounterTable = pgTable(
  'need_number_counter',
  {
    orgId: uuid('org_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.fiscalYear] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
  ],
);

/**
 * A need (依頼 / 需求 / 의뢰) and its case state. The requester (who asked)
 * is kept apart from the recipient (who is helped). Sensitive notes are never
 * here: they live in `sensitive_note`, read only through an audited endpoint.
 */
export const needTable = pgTable(
  'need',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    number: text('number').notNull(),
    status: text('status', { enum: NEED_STATUSES }).notNull(),
    closureReason: text('closure_reason', { enum: NEED_CLOSURE_REASONS }),
    kind: text('kind', { enum: NEED_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    channel: text('channel', { enum: NEED_CHANNELS }).notNull(),
    requesterName: text('requester_name'),
    requesterRelation: text('requester_relation', { enum: REQUESTER_RELATIONS }),
    requesterPhone: text('requester_phone'),
    requesterEmail: text('requester_email'),
    recipientId: uuid('recipient_id'),
    recipientName: text('recipient_name'),
    /** Set when a coordinator recorded the need for the person: how their consent was obtained. */
    onBehalfConsentMethod: text('on_behalf_consent_method', { enum: CONSENT_METHODS }),
    onBehalfConsentNote: text('on_behalf_consent_note'),
    online: boolean('online').notNull().default(false),
    postalCode: text('postal_code'),
    address: text('address'),
    area: text('area'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    timeWindows: jsonb('time_windows').$type<TNeedTimeWindow[]>().notNull().default([]),
    rrule: text('rrule'),
    headcount: integer('headcount').notNull().default(1),
    languages: text('languages').array().notNull().default(sql`'{}'`),
    helperGender: text('helper_gender', { enum: HELPER_GENDERS }).notNull().default('any'),
    preferenceNote: text('preference_note'),
    urgency: text('urgency', { enum: NEED_URGENCIES }).notNull().default('normal'),
    costNote: text('cost_note'),
    coordinatorAccountId: uuid('coordinator_account_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.orgId, t.recipientId], foreignColumns: [recipientTable.orgId, recipientTable.id] }),
    foreignKey({ columns: [t.coordinatorAccountId], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [accountTable.id] }),
    uniqueIndex('need_number_key').on(t.orgId, t.number),
    index('need_status_idx').on(t.orgId, t.status, t.id),
    index('need_recipient_idx').on(t.orgId, t.recipientId),
    index('need_completed_idx').on(t.orgId, t.completedAt),
    check('need_status_check', sql`${t.status} in (${sqlValueList(NEED_STATUSES)})`),
    check('need_closure_reason_check', sql`${t.closureReason} in (${sqlValueList(NEED_CLOSURE_REASONS)})`),
    check('need_closed_reason_check', sql`(${t.status} = 'closed') = (${t.closureReason} is not null)`),
    check('need_kind_check', sql`${t.kind} in (${sqlValueList(NEED_KINDS)})`),
    check('need_channel_check', sql`${t.channel} in (${sqlValueList(NEED_CHANNELS)})`),
    check('need_relation_check', sql`${t.requesterRelation} in (${sqlValueList(REQUESTER_RELATIONS)})`),
    check('need_on_behalf_check', sql`${t.onBehalfConsentMethod} in (${sqlValueList(CONSENT_METHODS)})`),
    check('need_helper_gender_check', sql`${t.helperGender} in (${sqlValueList(HELPER_GENDERS)})`),
    check('need_urgency_check', sql`${t.urgency} in (${sqlValueList(NEED_URGENCIES)})`),
    check('need_headcount_check', sql`${t.headcount} >= 1`),
  ],
);

/** Skills and qualifications of the organization's taxonomy a need's helpers must have. */
export const needSkillTable = pgTable(
  'need_skill',
  {
    orgId: uuid('org_id').notNull(),
    needId: uuid('need_id').notNull(),
    skillId: uuid('skill_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.needId, t.skillId] }),
    foreignKey({ columns: [t.orgId, t.needId], foreignColumns: [needTable.orgId, needTable.id] }),
    foreignKey({ columns: [t.orgId, t.skillId], foreignColumns: [skillTable.orgId, skillTable.id] }),
  ],
);

/**
 * Health and family notes about a recipient or a need, apart from every
 * ordinary read. Reading them is its own audited request; writing them is
 * audited without the content.
 */
export const sensitiveNoteTable = pgTable(
  'sensitive_note',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    recipientId: uuid('recipient_id'),
    needId: uuid('need_id'),
    category: text('category', { enum: SENSITIVE_NOTE_CATEGORIES }).notNull(),
    body: text('body').notNull(),
    writtenBy: uuid('written_by'),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.recipientId], foreignColumns: [recipientTable.orgId, recipientTable.id] }),
    foreignKey({ columns: [t.orgId, t.needId], foreignColumns: [needTable.orgId, needTable.id] }),
    foreignKey({ columns: [t.writtenBy], foreignColumns: [accountTable.id] }),
    index('sensitive_note_recipient_idx').on(t.orgId, t.recipientId),
    index('sensitive_note_need_idx').on(t.orgId, t.needId),
    check('sensitive_note_subject_check', sql`(${t.recipientId} is null) <> (${t.needId} is null)`),
    check('sensitive_note_category_check', sql`${t.category} in (${sqlValueList(SENSITIVE_NOTE_CATEGORIES)})`),
  ],
);

/**
 * What happened to a need, newest first on the case page: transitions,
 * revisions, contacts, resource line changes, follow-ups, and kinds other
 * modules add (proposals). Append-only (a trigger refuses changes). `kind`
 * is open text on purpose: the shared contract lists the kinds and the
 * shape of each one's `data`.
 */
export const needTimelineEntryTable = pgTable(
  'need_timeline_entry',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    needId: uuid('need_id').notNull(),
    kind: text('kind').notNull(),
    /** When it happened (a call logged today may have been made yesterday). */
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorAccountId: uuid('actor_account_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.needId], foreignColumns: [needTable.orgId, needTable.id] }),
    foreignKey({ columns: [t.actorAccountId], foreignColumns: [accountTable.id] }),
    index('need_timeline_entry_need_idx').on(t.orgId, t.needId, t.at),
  ],
);

/**
 * One way a need is met: a volunteer's time, a referral (to a directory
 * entry, a network organization, or somewhere named), goods or money. A
 * referral target is a loose reference (kind, id, name as it was), so it
 * survives changes in the directory.
 */
export const needResourceLineTable = pgTable(
  'need_resource_line',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    needId: uuid('need_id').notNull(),
    kind: text('kind', { enum: RESOURCE_LINE_KINDS }).notNull(),
    status: text('status', { enum: RESOURCE_LINE_STATUSES }).notNull(),
    volunteerId: uuid('volunteer_id'),
    plannedStart: timestamp('planned_start', { withTimezone: true }),
    minutes: integer('minutes'),
    referralTargetKind: text('referral_target_kind', { enum: REFERRAL_TARGET_KINDS }),
    referralTargetId: uuid('referral_target_id'),
    referralTargetName: text('referral_target_name'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    description: text('description'),
    quantity: numeric('quantity', { mode: 'number' }),
    unit: text('unit'),
    amount: numeric('amount', { mode: 'number' }),
    currency: text('currency'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.needId], foreignColumns: [needTable.orgId, needTable.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [accountTable.id] }),
    index('need_resource_line_need_idx').on(t.orgId, t.needId),
    index('need_resource_line_volunteer_idx').on(t.orgId, t.volunteerId),
    check('need_resource_line_kind_check', sql`${t.kind} in (${sqlValueList(RESOURCE_LINE_KINDS)})`),
    check('need_resource_line_status_check', sql`${t.status} in (${sqlValueList(RESOURCE_LINE_STATUSES)})`),
    check('need_resource_line_target_check', sql`${t.referralTargetKind} in (${sqlValueList(REFERRAL_TARGET_KINDS)})`),
    check('need_resource_line_volunteer_check', sql`(${t.kind} = 'volunteer_time') = (${t.volunteerId} is not null)`),
    check('need_resource_line_referral_check', sql`(${t.kind} = 'referral') = (${t.referralTargetKind} is not null)`),
  ],
);

/** One respondent's answers after a need is completed (satisfaction 1–5, should it continue). */
export const needFollowUpTable = pgTable(
  'need_follow_up',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    needId: uuid('need_id').notNull(),
    respondent: text('respondent', { enum: FOLLOW_UP_RESPONDENTS }).notNull(),
    volunteerId: uuid('volunteer_id'),
    satisfaction: smallint('satisfaction').notNull(),
    shouldContinue: text('should_continue', { enum: SHOULD_CONTINUE_ANSWERS }).notNull(),
    comment: text('comment'),
    method: text('method', { enum: FOLLOW_UP_METHODS }).notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.needId], foreignColumns: [needTable.orgId, needTable.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.recordedBy], foreignColumns: [accountTable.id] }),
    // One answer per respondent: per volunteer, and once for the recipient and once for the requester.
    uniqueIndex('need_follow_up_volunteer_key')
      .on(t.orgId, t.needId, t.volunteerId)
      .where(sql`${t.volunteerId} is not null`),
    uniqueIndex('need_follow_up_respondent_key')
      .on(t.orgId, t.needId, t.respondent)
      .where(sql`${t.volunteerId} is null`),
    check('need_follow_up_respondent_check', sql`${t.respondent} in (${sqlValueList(FOLLOW_UP_RESPONDENTS)})`),
    check('need_follow_up_volunteer_check', sql`(${t.respondent} = 'volunteer') = (${t.volunteerId} is not null)`),
    check('need_follow_up_satisfaction_check', sql`${t.satisfaction} between 1 and 5`),
    check('need_follow_up_continue_check', sql`${t.shouldContinue} in (${sqlValueList(SHOULD_CONTINUE_ANSWERS)})`),
    check('need_follow_up_method_check', sql`${t.method} in (${sqlValueList(FOLLOW_UP_METHODS)})`),
  ],
);
