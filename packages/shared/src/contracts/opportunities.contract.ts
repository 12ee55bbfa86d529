import { z } from 'zod';
import { ZEmail, ZIsoDateTime, ZOptionalText, ZPhone, ZPostalCode, ZUuid } from './common.contract';
import { ZActivityCategory } from './participation.contract';

/**
 * Opportunities (活動, 志愿服务项目, 봉사활동; "activities" in the interface):
 * something volunteers can do, posted by any organization of a network, with
 * dated shifts people sign up for.
 */
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed', 'cancelled'] as const;
export const ZOpportunityStatus = z.enum(OPPORTUNITY_STATUSES);
export type TOpportunityStatus = z.infer<typeof ZOpportunityStatus>;

/** Who may see it: anyone, the organizations of the network, or the organization's own people. */
export const VISIBILITIES = ['public', 'network', 'organization'] as const;
export const ZVisibility = z.enum(VISIBILITIES);
export type TVisibility = z.infer<typeof ZVisibility>;

const ZPoint = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

export const ZOpportunityFields = z.object({
  title: z.string().trim().min(1).max(200),
  description: ZOptionalText(5000),
  category: ZActivityCategory,
  online: z.boolean().default(false),
  postalCode: ZPostalCode.nullable().optional(),
  address: ZOptionalText(300),
  /** The district people filter by (地区, 街道, 동). */
  area: ZOptionalText(100),
  location: ZPoint.nullable().optional(),
  /** Skills and qualifications of the organization's taxonomy that every participant needs. */
  requiredSkillIds: z.array(ZUuid).max(20).default([]),
  /** An insurance plan participants must hold on the day (disaster work needs the disaster plan). */
  requiredInsurancePlanId: ZUuid.nullable().optional(),
  minimumAge: z.number().int().min(0).max(100).nullable().optional(),
  accessibilityInfo: ZOptionalText(1000),
  beginnerFriendly: z.boolean().default(false),
  /** 体験: a first taste for newcomers. */
  trial: z.boolean().default(false),
  contactName: ZOptionalText(100),
  contactPhone: ZPhone.nullable().optional(),
  contactEmail: ZEmail.nullable().optional(),
  visibility: ZVisibility.default('public'),
  /** People may cancel themselves until this many hours before a shift starts. */
  cancellationDeadlineHours: z.number().int().min(0).max(336).default(24),
});
export type TOpportunityFields = z.input<typeof ZOpportunityFields>;

export const ZCreateOpportunityRequest = ZOpportunityFields.extend({
  status: z.enum(['draft', 'published']).default('draft'),
});
export type TCreateOpportunityRequest = z.input<typeof ZCreateOpportunityRequest>;

export const ZUpdateOpportunityRequest = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: ZOptionalText(5000),
    category: ZActivityCategory,
    online: z.boolean(),
    postalCode: ZPostalCode.nullable(),
    address: ZOptionalText(300),
    area: ZOptionalText(100),
    location: ZPoint.nullable(),
    requiredSkillIds: z.array(ZUuid).max(20),
    requiredInsurancePlanId: ZUuid.nullable(),
    minimumAge: z.number().int().min(0).max(100).nullable(),
    accessibilityInfo: ZOptionalText(1000),
    beginnerFriendly: z.boolean(),
    trial: z.boolean(),
    contactName: ZOptionalText(100),
    contactPhone: ZPhone.nullable(),
    contactEmail: ZEmail.nullable(),
    visibility: ZVisibility,
    cancellationDeadlineHours: z.number().int().min(0).max(336),
    /** Cancelling is its own request (`…/cancel`, with a reason): it cancels the upcoming shifts too. */
    status: z.enum(['draft', 'published', 'closed']),
  })
  .partial()
  .strict();
export type TUpdateOpportunityRequest = z.infer<typeof ZUpdateOpportunityRequest>;

export const ZOpportunity = z.object({
  id: ZUuid,
  orgId: ZUuid,
  orgName: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  category: ZActivityCategory,
  online: z.boolean(),
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
  area: z.string().nullable(),
  location: ZPoint.nullable(),
  requiredSkillIds: z.array(ZUuid),
  requiredInsurancePlanId: ZUuid.nullable(),
  minimumAge: z.number().int().nullable(),
  accessibilityInfo: z.string().nullable(),
  beginnerFriendly: z.boolean(),
  trial: z.boolean(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  visibility: ZVisibility,
  cancellationDeadlineHours: z.number().int(),
  status: ZOpportunityStatus,
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TOpportunity = z.infer<typeof ZOpportunity>;

export const ZOpportunityParams = z.object({ orgId: ZUuid, opportunityId: ZUuid });
export const ZOpportunityListQuery = z.object({
  status: ZOpportunityStatus.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: ZUuid.optional(),
});
export type TOpportunityListQuery = z.infer<typeof ZOpportunityListQuery>;
export const ZOpportunityListResponse = z.object({
  opportunities: z.array(ZOpportunity.extend({ upcomingShiftCount: z.number().int() })),
  nextCursor: ZUuid.nullable(),
});
export type TOpportunityListResponse = z.infer<typeof ZOpportunityListResponse>;

// ---------------------------------------------------------------- shifts

export const SHIFT_STATUSES = ['scheduled', 'cancelled'] as const;
export const ZShiftStatus = z.enum(SHIFT_STATUSES);

/** A role within a shift (driver, leader, or the general one with no name) and its places. */
export const ZShiftRoleInput = z.object({
  name: ZOptionalText(50),
  capacity: z.number().int().min(1).max(1000),
  /** A skill or qualification this role needs on top of the activity's (a driver's licence). */
  requiredSkillId: ZUuid.nullable().optional(),
});
export type TShiftRoleInput = z.input<typeof ZShiftRoleInput>;

/**
 * One shift, or a recurring series when `rrule` is given (RFC 5545, e.g.
 * `FREQ=WEEKLY;BYDAY=TU;COUNT=10`): occurrences repeat the first one's wall-clock
 * time in the organization's time zone, up to a year ahead (at most 200).
 */
export const ZCreateShiftsRequest = z
  .object({
    startsAt: ZIsoDateTime,
    endsAt: ZIsoDateTime,
    roles: z.array(ZShiftRoleInput).min(1).max(10),
    waitlist: z.boolean().default(true),
    /** Sign-up opens this many days before the start (null: at once). */
    signupOpensDaysBefore: z.number().int().min(0).max(365).nullable().default(null),
    /** Sign-up closes this many hours before the start. */
    signupClosesHoursBefore: z.number().int().min(0).max(336).default(0),
    rrule: z
      .string()
      .trim()
      .max(500)
      .regex(/^(RRULE:)?FREQ=(DAILY|WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+\-:]+)*$/, { message: 'validation.rrule' })
      .optional(),
  })
  .refine((value) => value.startsAt < value.endsAt, { message: 'validation.time_range', path: ['endsAt'] });
export type TCreateShiftsRequest = z.input<typeof ZCreateShiftsRequest>;

export const ZShiftRole = z.object({
  id: ZUuid,
  name: z.string().nullable(),
  capacity: z.number().int(),
  requiredSkillId: ZUuid.nullable(),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
});
export type TShiftRole = z.infer<typeof ZShiftRole>;

export const ZShift = z.object({
  id: ZUuid,
  opportunityId: ZUuid,
  seriesId: ZUuid.nullable(),
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  status: ZShiftStatus,
  waitlist: z.boolean(),
  signupOpensAt: ZIsoDateTime.nullable(),
  signupClosesAt: ZIsoDateTime,
  /** Changed apart from its series (a single-occurrence change). */
  detached: z.boolean(),
  cancelReason: z.string().nullable(),
  roles: z.array(ZShiftRole),
});
export type TShift = z.infer<typeof ZShift>;

export const ZShiftParams = z.object({ orgId: ZUuid, shiftId: ZUuid });
export const ZShiftListQuery = z.object({
  from: ZIsoDateTime.optional(),
  to: ZIsoDateTime.optional(),
});
export const ZShiftListResponse = z.object({ shifts: z.array(ZShift) });
export type TShiftListResponse = z.infer<typeof ZShiftListResponse>;

/** Change one occurrence: its time or the places of its roles. */
export const ZUpdateShiftRequest = z
  .object({
    startsAt: ZIsoDateTime,
    endsAt: ZIsoDateTime,
    roles: z.array(z.object({ id: ZUuid, capacity: z.number().int().min(1).max(1000) })).min(1),
  })
  .partial()
  .strict();
export type TUpdateShiftRequest = z.infer<typeof ZUpdateShiftRequest>;

export const ZCancelRequest = z.object({ reason: z.string().trim().min(1).max(500) });
export type TCancelRequest = z.infer<typeof ZCancelRequest>;

// ---------------------------------------------------------------- catalogue

export const ZCatalogueQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: ZActivityCategory.optional(),
  area: z.string().trim().max(100).optional(),
  /** Calendar dates (YYYY-MM-DD) in the organization's zone; by default from today on. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  radiusKm: z.coerce.number().min(0.1).max(500).optional(),
  beginner: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  trial: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  online: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  orgId: ZUuid.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type TCatalogueQuery = z.input<typeof ZCatalogueQuery>;
/** The catalogue query once validated (booleans and numbers parsed, defaults applied). */
export type TCatalogueFilter = z.output<typeof ZCatalogueQuery>;

export const ZCatalogueEntry = z.object({
  id: ZUuid,
  orgId: ZUuid,
  orgName: z.string(),
  title: z.string(),
  category: ZActivityCategory,
  online: z.boolean(),
  area: z.string().nullable(),
  address: z.string().nullable(),
  location: ZPoint.nullable(),
  beginnerFriendly: z.boolean(),
  trial: z.boolean(),
  nextShiftStartsAt: ZIsoDateTime,
  upcomingShiftCount: z.number().int(),
  /** Kilometres from the point searched from, when one was given. */
  distanceKm: z.number().nullable(),
});
export type TCatalogueEntry = z.infer<typeof ZCatalogueEntry>;
export const ZCatalogueResponse = z.object({ entries: z.array(ZCatalogueEntry), total: z.number().int() });
export type TCatalogueResponse = z.infer<typeof ZCatalogueResponse>;

/**
 * Where the catalogue map draws its background: an XYZ tile address
 * (`{z}/{x}/{y}`) from the server's MAP_TILE_URL, or null when the
 * installation has none (the map then shows the points on a plain grid).
 */
export const ZMapSettings = z.object({ tileUrl: z.string().nullable(), attribution: z.string() });
export type TMapSettings = z.infer<typeof ZMapSettings>;

export const ZCatalogueItemParams = z.object({ opportunityId: ZUuid });
/** The share page of one activity: its details and upcoming shifts with free places. */
export const ZCatalogueItem = z.object({
  opportunity: ZOpportunity,
  shifts: z.array(ZShift.extend({ open: z.boolean() })),
});
export type TCatalogueItem = z.infer<typeof ZCatalogueItem>;
