import { z } from 'zod';
import { BYDAY_PATTERN, parseByday, SCHEDULE_FREQUENCIES, SCHEDULE_WEEKDAYS, sortByday } from '../time/opening-hours';
import { ZCalendarDate, ZEmail, ZIsoDateTime, ZOptionalText, ZPhone, ZPostalCode, ZUuid } from './common.contract';
import { ZLanguage } from './participation.contract';

/**
 * The community resource directory (地域資源情報, 资源目录, 지역자원 정보): organizations
 * of the community, the services they offer and the places where they offer them,
 * with opening hours. Exchanged as Open Referral HSDS 3.0 JSON.
 */

/** What kind of organization an entry is. */
export const DIRECTORY_ORGANIZATION_KINDS = ['facility', 'npo', 'group', 'government', 'business', 'other'] as const;
export const ZDirectoryOrganizationKind = z.enum(DIRECTORY_ORGANIZATION_KINDS);
export type TDirectoryOrganizationKind = z.infer<typeof ZDirectoryOrganizationKind>;

/** What a service helps with; one service may have several. */
export const DIRECTORY_CATEGORIES = [
  'elderly_care',
  'disability',
  'child_family',
  'health',
  'food',
  'housing',
  'livelihood',
  'legal',
  'employment',
  'transport',
  'disaster',
  'multicultural',
  'community_space',
  'counseling',
  'other',
] as const;
export const ZDirectoryCategory = z.enum(DIRECTORY_CATEGORIES);
export type TDirectoryCategory = z.infer<typeof ZDirectoryCategory>;

export const DIRECTORY_SERVICE_STATUSES = ['active', 'inactive'] as const;
export const ZDirectoryServiceStatus = z.enum(DIRECTORY_SERVICE_STATUSES);
export type TDirectoryServiceStatus = z.infer<typeof ZDirectoryServiceStatus>;

export const ZScheduleWeekday = z.enum(SCHEDULE_WEEKDAYS);
export const ZScheduleFrequency = z.enum(SCHEDULE_FREQUENCIES);

const ZTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time_of_day' });
const ZWebsite = z.url({ protocol: /^https?$/ }).max(300);
const ZCoordinate = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

/**
 * Opening hours: on these days, from `opensAt` to `closesAt` (the organization's
 * wall clock, closing after opening on the same day), between the optional dates.
 * Weekly days are plain (`MO`); monthly days may name their week (`2SA`, `-1FR`).
 */
export const ZDirectorySchedule = z
  .object({
    freq: ZScheduleFrequency,
    byday: z
      .array(z.string().trim().toUpperCase().regex(BYDAY_PATTERN, { message: 'validation.schedule_day' }))
      .min(1)
      .max(42)
      .transform(sortByday),
    opensAt: ZTimeOfDay,
    closesAt: ZTimeOfDay,
    validFrom: ZCalendarDate.nullable().optional(),
    validTo: ZCalendarDate.nullable().optional(),
    description: ZOptionalText(300),
  })
  .superRefine((schedule, ctx) => {
    if (schedule.opensAt >= schedule.closesAt) {
      ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'validation.time_range' });
    }
    if (schedule.validFrom && schedule.validTo && schedule.validFrom > schedule.validTo) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.date_range' });
    }
    if (schedule.freq === 'WEEKLY' && schedule.byday.some((value) => parseByday(value)?.week !== null)) {
      ctx.addIssue({ code: 'custom', path: ['byday'], message: 'validation.schedule_day' });
    }
  });
export type TDirectoryScheduleInput = z.input<typeof ZDirectorySchedule>;
export type TDirectoryScheduleFields = z.output<typeof ZDirectorySchedule>;

/** Opening hours as stored and answered. */
export const ZDirectoryScheduleView = z.object({
  freq: ZScheduleFrequency,
  byday: z.array(z.string()),
  opensAt: z.string(),
  closesAt: z.string(),
  validFrom: ZCalendarDate.nullable(),
  validTo: ZCalendarDate.nullable(),
  description: z.string().nullable(),
});
export type TDirectorySchedule = z.infer<typeof ZDirectoryScheduleView>;

const ZSchedules = z.array(ZDirectorySchedule).max(20);

// ---------------------------------------------------------------- organizations

const ZDirectoryOrganizationFields = z.object({
  name: z.string().trim().min(1).max(200),
  alternateName: ZOptionalText(200),
  description: ZOptionalText(4000),
  kind: ZDirectoryOrganizationKind,
  website: ZWebsite.nullable().optional(),
  email: ZEmail.nullable().optional(),
  phone: ZPhone.nullable().optional(),
});

export const ZCreateDirectoryOrganizationRequest = ZDirectoryOrganizationFields;
export type TCreateDirectoryOrganizationRequest = z.input<typeof ZCreateDirectoryOrganizationRequest>;
export type TDirectoryOrganizationFields = z.output<typeof ZCreateDirectoryOrganizationRequest>;

export const ZUpdateDirectoryOrganizationRequest = ZDirectoryOrganizationFields.partial().strict();
export type TUpdateDirectoryOrganizationRequest = z.input<typeof ZUpdateDirectoryOrganizationRequest>;

export const ZDirectoryOrganization = z.object({
  id: ZUuid,
  /** The id in Open Referral HSDS exports; kept from an import so a re-import updates the same entry. */
  hsdsId: ZUuid,
  name: z.string(),
  alternateName: z.string().nullable(),
  description: z.string().nullable(),
  kind: ZDirectoryOrganizationKind,
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  serviceCount: z.number().int(),
  locationCount: z.number().int(),
  updatedAt: ZIsoDateTime,
});
export type TDirectoryOrganization = z.infer<typeof ZDirectoryOrganization>;

// ---------------------------------------------------------------- locations

const ZDirectoryLocationFields = z.object({
  organizationId: ZUuid,
  name: z.string().trim().min(1).max(200),
  description: ZOptionalText(2000),
  postalCode: ZPostalCode.nullable().optional(),
  address: ZOptionalText(300),
  /** The district people name it by (地区, 街道, 동), for finding help nearby. */
  area: ZOptionalText(100),
  location: ZCoordinate.nullable().optional(),
  accessibility: ZOptionalText(1000),
  schedules: ZSchedules.optional(),
});

export const ZCreateDirectoryLocationRequest = ZDirectoryLocationFields;
export type TCreateDirectoryLocationRequest = z.input<typeof ZCreateDirectoryLocationRequest>;
export type TDirectoryLocationFields = z.output<typeof ZCreateDirectoryLocationRequest>;

/** Every field may change; `schedules`, when given, replaces the whole list. */
export const ZUpdateDirectoryLocationRequest = ZDirectoryLocationFields.omit({ organizationId: true })
  .partial()
  .strict();
export type TUpdateDirectoryLocationRequest = z.input<typeof ZUpdateDirectoryLocationRequest>;

export const ZDirectoryLocation = z.object({
  id: ZUuid,
  hsdsId: ZUuid,
  organizationId: ZUuid,
  organizationName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
  area: z.string().nullable(),
  location: ZCoordinate.nullable(),
  accessibility: z.string().nullable(),
  schedules: z.array(ZDirectoryScheduleView),
  updatedAt: ZIsoDateTime,
});
export type TDirectoryLocation = z.infer<typeof ZDirectoryLocation>;

// ---------------------------------------------------------------- services

const ZDirectoryServiceFields = z.object({
  organizationId: ZUuid,
  name: z.string().trim().min(1).max(200),
  description: ZOptionalText(4000),
  categories: z.array(ZDirectoryCategory).max(DIRECTORY_CATEGORIES.length).optional(),
  /** Languages the service can be used in (including sign languages and interpreting on site). */
  languages: z.array(ZLanguage).max(20).optional(),
  eligibility: ZOptionalText(1000),
  fees: ZOptionalText(1000),
  contactName: ZOptionalText(100),
  contactPhone: ZPhone.nullable().optional(),
  contactEmail: ZEmail.nullable().optional(),
  website: ZWebsite.nullable().optional(),
  status: ZDirectoryServiceStatus.optional(),
  /** Places of the directory where the service is offered. */
  locationIds: z.array(ZUuid).max(50).optional(),
  /** The service's own hours; without them, the hours of its places apply. */
  schedules: ZSchedules.optional(),
});

export const ZCreateDirectoryServiceRequest = ZDirectoryServiceFields;
export type TCreateDirectoryServiceRequest = z.input<typeof ZCreateDirectoryServiceRequest>;
export type TDirectoryServiceFields = z.output<typeof ZCreateDirectoryServiceRequest>;

/** Every field may change; `categories`, `languages`, `locationIds` and `schedules`, when given, replace the list. */
export const ZUpdateDirectoryServiceRequest = ZDirectoryServiceFields.omit({ organizationId: true }).partial().strict();
export type TUpdateDirectoryServiceRequest = z.input<typeof ZUpdateDirectoryServiceRequest>;

export const ZDirectoryServicePlace = z.object({
  id: ZUuid,
  name: z.string(),
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
  area: z.string().nullable(),
  schedules: z.array(ZDirectoryScheduleView),
});

export const ZDirectoryService = z.object({
  id: ZUuid,
  hsdsId: ZUuid,
  organizationId: ZUuid,
  organizationName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  categories: z.array(ZDirectoryCategory),
  languages: z.array(ZLanguage),
  eligibility: z.string().nullable(),
  fees: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  website: z.string().nullable(),
  status: ZDirectoryServiceStatus,
  locations: z.array(ZDirectoryServicePlace),
  /** The service's own hours (empty: its places' hours apply). */
  schedules: z.array(ZDirectoryScheduleView),
  /** Open at the moment of the answer, on the organization's clock. */
  openNow: z.boolean(),
  updatedAt: ZIsoDateTime,
});
export type TDirectoryService = z.infer<typeof ZDirectoryService>;

export const ZDirectoryOrganizationDetail = ZDirectoryOrganization.extend({
  services: z.array(ZDirectoryService),
  locations: z.array(ZDirectoryLocation),
});
export type TDirectoryOrganizationDetail = z.infer<typeof ZDirectoryOrganizationDetail>;

// ---------------------------------------------------------------- lists and search

export const ZDirectoryOrganizationParams = z.object({ orgId: ZUuid, directoryOrgId: ZUuid });
export const ZDirectoryServiceParams = z.object({ orgId: ZUuid, serviceId: ZUuid });
export const ZDirectoryLocationParams = z.object({ orgId: ZUuid, locationId: ZUuid });

const ZNameCursorPage = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Lists run by name: the last id of the previous page. */
  after: ZUuid.optional(),
});

export const ZDirectoryOrganizationListQuery = ZNameCursorPage.extend({
  q: z.string().trim().max(100).optional(),
  kind: ZDirectoryOrganizationKind.optional(),
});
export type TDirectoryOrganizationListQuery = z.infer<typeof ZDirectoryOrganizationListQuery>;

export const ZDirectoryOrganizationListResponse = z.object({
  organizations: z.array(ZDirectoryOrganization),
  nextCursor: z.string().nullable(),
});
export type TDirectoryOrganizationListResponse = z.infer<typeof ZDirectoryOrganizationListResponse>;

const ZQueryFlag = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

/**
 * Finding a service: words in its name or description (or its organization's name),
 * a category, an area of one of its places, a language, open on a weekday, open now.
 */
export const ZDirectoryServiceSearchQuery = ZNameCursorPage.extend({
  q: z.string().trim().max(100).optional(),
  category: ZDirectoryCategory.optional(),
  area: z.string().trim().max(100).optional(),
  language: ZLanguage.optional(),
  /** Opens on this weekday (in some week, from today on). */
  openOn: ZScheduleWeekday.optional(),
  /** Open at this moment, on the organization's clock. */
  openNow: ZQueryFlag,
  organizationId: ZUuid.optional(),
  /** `active` (default), `inactive`, or `all`. */
  status: z.enum(['active', 'inactive', 'all']).default('active'),
});
export type TDirectoryServiceSearchQuery = z.input<typeof ZDirectoryServiceSearchQuery>;
export type TDirectoryServiceSearch = z.output<typeof ZDirectoryServiceSearchQuery>;

export const ZDirectoryServiceSearchResponse = z.object({
  services: z.array(ZDirectoryService),
  nextCursor: z.string().nullable(),
});
export type TDirectoryServiceSearchResponse = z.infer<typeof ZDirectoryServiceSearchResponse>;

export const ZDirectoryAreasResponse = z.object({ areas: z.array(z.string()) });
export type TDirectoryAreasResponse = z.infer<typeof ZDirectoryAreasResponse>;

// ---------------------------------------------------------------- HSDS import

export const ZDirectoryImportQuery = z.object({
  /** true (default): a preview, nothing is written. false: write every accepted entry in one transaction. */
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

/**
 * The file: an HSDS 3.0 page of organizations (`{ contents: [...] }`), a list of
 * organizations, or one organization, each with its `services` and `locations`.
 */
export const ZDirectoryImportBody = z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]);

export const ZDirectoryImportIssue = z.object({
  /** The HSDS field concerned (`phones.0.number`), or null for the entry as a whole. */
  field: z.string().nullable(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type TDirectoryImportIssue = z.infer<typeof ZDirectoryImportIssue>;

export const DIRECTORY_IMPORT_KINDS = ['organization', 'location', 'service'] as const;

export const ZDirectoryImportRow = z.object({
  kind: z.enum(DIRECTORY_IMPORT_KINDS),
  hsdsId: z.string().nullable(),
  name: z.string().nullable(),
  /** `create` and `update` rows may still carry issues: parts left out (an hours rule Musubi cannot keep). */
  action: z.enum(['create', 'update', 'reject']),
  /** The existing entry an `update` matched by its HSDS id. */
  id: ZUuid.nullable(),
  issues: z.array(ZDirectoryImportIssue),
});
export type TDirectoryImportRow = z.infer<typeof ZDirectoryImportRow>;

export const ZDirectoryImportResponse = z.object({
  dryRun: z.boolean(),
  counts: z.object({ create: z.number().int(), update: z.number().int(), reject: z.number().int() }),
  rows: z.array(ZDirectoryImportRow),
});
export type TDirectoryImportResponse = z.infer<typeof ZDirectoryImportResponse>;
