import {
  DIRECTORY_ORGANIZATION_KINDS,
  DIRECTORY_SERVICE_STATUSES,
  SCHEDULE_FREQUENCIES,
  type TDirectoryCategory,
  type TDirectoryOrganizationKind,
  type TDirectoryServiceStatus,
  type TLanguage,
  type TScheduleFrequency,
} from '@musubi/shared';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
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
import { sqlValueList } from '../../platform/db/sql-text';
import { organizationTable } from '../organizations/organizations.table';

/**
 * An organization of the community in the directory (a facility, an NPO, a group, a
 * government office, a shop that helps): not a Musubi tenant, an entry of one.
 * `hsds_id` is its id in Open Referral HSDS files: the row's own id when created
 * here, the file's id when imported, so importing the same file again updates it.
 */
export const directoryOrganizationTable = pgTable(
  'directory_organization',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    hsdsId: uuid('hsds_id').notNull(),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    description: text('description'),
    kind: text('kind').$type<TDirectoryOrganizationKind>().notNull(),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    uniqueIndex('directory_organization_hsds_key').on(t.orgId, t.hsdsId),
    index('directory_organization_name_idx').on(t.orgId, t.name, t.id),
    check('directory_organization_kind_check', sql`${t.kind} in (${sqlValueList(DIRECTORY_ORGANIZATION_KINDS)})`),
  ],
);

/** A place where an organization of the directory operates: address, district, map point, access. */
export const directoryLocationTable = pgTable(
  'directory_location',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    hsdsId: uuid('hsds_id').notNull(),
    directoryOrganizationId: uuid('directory_organization_id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    postalCode: text('postal_code'),
    address: text('address'),
    area: text('area'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    accessibility: text('accessibility'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'directory_location_organization_fk',
      columns: [t.orgId, t.directoryOrganizationId],
      foreignColumns: [directoryOrganizationTable.orgId, directoryOrganizationTable.id],
    }).onDelete('cascade'),
    uniqueIndex('directory_location_hsds_key').on(t.orgId, t.hsdsId),
    index('directory_location_organization_idx').on(t.orgId, t.directoryOrganizationId),
    index('directory_location_area_idx').on(t.orgId, t.area),
  ],
);

/** What an organization of the directory offers: who it is for, in which languages, whom to call. */
export const directoryServiceTable = pgTable(
  'directory_service',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    hsdsId: uuid('hsds_id').notNull(),
    directoryOrganizationId: uuid('directory_organization_id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    categories: text('categories').array().$type<TDirectoryCategory[]>().notNull().default(sql`'{}'`),
    languages: text('languages').array().$type<TLanguage[]>().notNull().default(sql`'{}'`),
    eligibility: text('eligibility'),
    fees: text('fees'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    website: text('website'),
    status: text('status').$type<TDirectoryServiceStatus>().notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'directory_service_organization_fk',
      columns: [t.orgId, t.directoryOrganizationId],
      foreignColumns: [directoryOrganizationTable.orgId, directoryOrganizationTable.id],
    }).onDelete('cascade'),
    uniqueIndex('directory_service_hsds_key').on(t.orgId, t.hsdsId),
    index('directory_service_organization_idx').on(t.orgId, t.directoryOrganizationId),
    index('directory_service_name_idx').on(t.orgId, t.name, t.id),
    check('directory_service_status_check', sql`${t.status} in (${sqlValueList(DIRECTORY_SERVICE_STATUSES)})`),
  ],
);

/** A service offered at a place (HSDS `service_at_location`). */
export const directoryServiceLocationTable = pgTable(
  'directory_service_location',
  {
    orgId: uuid('org_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    locationId: uuid('location_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.serviceId, t.locationId] }),
    foreignKey({
      name: 'directory_service_location_service_fk',
      columns: [t.orgId, t.serviceId],
      foreignColumns: [directoryServiceTable.orgId, directoryServiceTable.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'directory_service_location_location_fk',
      columns: [t.orgId, t.locationId],
      foreignColumns: [directoryLocationTable.orgId, directoryLocationTable.id],
    }).onDelete('cascade'),
    index('directory_service_location_location_idx').on(t.orgId, t.locationId),
  ],
);

/**
 * Opening hours of a service or of a place (exactly one of them): an RFC 5545 rule
 * subset as HSDS `schedule` writes it, in the organization's wall-clock time.
 */
export const directoryScheduleTable = pgTable(
  'directory_schedule',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    serviceId: uuid('service_id'),
    locationId: uuid('location_id'),
    /** Order within its service or place, as entered. */
    position: integer('position').notNull().default(0),
    freq: text('freq').$type<TScheduleFrequency>().notNull(),
    byday: text('byday').array().notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    description: text('description'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'directory_schedule_service_fk',
      columns: [t.orgId, t.serviceId],
      foreignColumns: [directoryServiceTable.orgId, directoryServiceTable.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'directory_schedule_location_fk',
      columns: [t.orgId, t.locationId],
      foreignColumns: [directoryLocationTable.orgId, directoryLocationTable.id],
    }).onDelete('cascade'),
    index('directory_schedule_service_idx').on(t.orgId, t.serviceId),
    index('directory_schedule_location_idx').on(t.orgId, t.locationId),
    check('directory_schedule_owner_check', sql`(${t.serviceId} is null) <> (${t.locationId} is null)`),
    check('directory_schedule_freq_check', sql`${t.freq} in (${sqlValueList(SCHEDULE_FREQUENCIES)})`),
    check('directory_schedule_hours_check', sql`${t.opensAt} < ${t.closesAt}`),
  ],
);
