import type { TCertificateFacts, TLocale, TRecognitionLevel } from '@musubi/shared';
import {
  customType,
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
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';
import { volunteerTable } from '../volunteers/volunteers.table';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * An organization's certificate settings: its recognition levels (null: the
 * defaults) and the person in charge printed on certificates. One row per
 * organization, written on the first change.
 */
export const certificateSettingsTable = pgTable(
  'certificate_settings',
  {
    orgId: uuid('org_id').primaryKey(),
    levels: jsonb('levels').$type<TRecognitionLevel[]>(),
    representativeName: text('representative_name'),
    representativeTitle: text('representative_title'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] })],
);

/**
 * The organization's seal image (印影 / 公章 / 직인), one row per upload; the
 * newest is current. Rows are kept so a reprinted certificate shows the seal
 * it was issued with.
 */
export const organizationSealTable = pgTable(
  'organization_seal',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    png: bytea('png').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.uploadedBy], foreignColumns: [accountTable.id] }),
  ],
);

/** The last certificate number given per organization and fiscal year (2026-0042). */
export const certificateNumberCounterTable = pgTable(
  'certificate_number_counter',
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
 * A certificate of service as issued: the exact facts printed and the
 * signature over them. Append-only (a trigger refuses changes), except that
 * it can be revoked once, with a reason.
 */
export const certificateTable = pgTable(
  'certificate',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    number: text('number').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    locale: text('locale').$type<TLocale>().notNull(),
    facts: jsonb('facts').$type<TCertificateFacts>().notNull(),
    /** `platform/signing` signature (purpose 'certificate') over the canonical payload of the facts. */
    signature: text('signature').notNull(),
    issuedBy: uuid('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.orgId, t.volunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.issuedBy], foreignColumns: [accountTable.id] }),
    foreignKey({ columns: [t.revokedBy], foreignColumns: [accountTable.id] }),
    uniqueIndex('certificate_number_key').on(t.orgId, t.number),
    index('certificate_volunteer_idx').on(t.orgId, t.volunteerId, t.issuedAt),
    // Public verification looks a certificate up by its printed number alone.
    index('certificate_number_idx').on(t.number),
    index('certificate_id_idx').on(t.id),
  ],
);
