import { z } from 'zod';
import { ZCalendarDate, ZIsoDateTime, ZUuid } from './common.contract';

/**
 * Attendance (出欠 / 签到 / 출석): clock-in and clock-out by QR code, the
 * rules that turn them into credited time, and the coordinator's approval
 * queue. Each listed value is translated as `attendance.<list>_<value>`.
 *
 * Routes (all JSON unless said otherwise; `:orgId` routes need a role in that
 * organization, `/me` routes only a signed-in person):
 * - PUT  /api/v1/attendance/scans/:scanId                                   scan (idempotent by scanId)
 * - GET  /api/v1/me/attendance                                              my records, recent first
 * - GET  /api/v1/me/attendance-codes                                        my personal codes, one per organization
 * - GET  /api/v1/me/attendance-codes/:volunteerId                           one personal code
 * - POST /api/v1/me/attendance-codes/:volunteerId/renew                     revoke it and issue a new one
 * - GET  /api/v1/organizations/:orgId/attendance/settings                   rules (GET/PUT)
 * - GET  /api/v1/organizations/:orgId/attendance/sites                      activities with their site settings
 * - PUT  /api/v1/organizations/:orgId/attendance/sites/:opportunityId       geofence radius
 * - GET  /api/v1/organizations/:orgId/attendance/sites/:opportunityId/places              places of an activity (GET/POST)
 * - PUT  /api/v1/organizations/:orgId/attendance/sites/:opportunityId/places/:placeId     change a place
 * - GET  /api/v1/organizations/:orgId/attendance/site-codes?opportunityId=&placeId=&from=&count=  rotating codes ahead
 * - GET  /api/v1/organizations/:orgId/attendance/sites/:opportunityId/poster-code?placeId=  printed poster's code
 * - POST /api/v1/organizations/:orgId/attendance/sites/:opportunityId/poster-code/reissue  revoke all, issue new ones
 * - GET  /api/v1/organizations/:orgId/attendance/sites/:opportunityId/poster.svg?placeId=&locale=  printable poster (SVG)
 * - GET  /api/v1/organizations/:orgId/attendance/personal-codes/:volunteerId               a card for someone without a phone
 * - POST /api/v1/organizations/:orgId/attendance/personal-codes/:volunteerId/renew         staff revoke a lost code
 * - GET  /api/v1/organizations/:orgId/attendance/records?status=&date=&opportunityId=&flag=&volunteerId=
 * - GET  /api/v1/organizations/:orgId/attendance/records/:recordId
 * - POST /api/v1/organizations/:orgId/attendance/records                    coordinator records on behalf
 * - POST /api/v1/organizations/:orgId/attendance/records/:recordId/approve | reject | correct
 * - POST /api/v1/organizations/:orgId/attendance/records/approve            bulk approve, all or nothing
 */

// ---------------------------------------------------------------- vocabulary

/**
 * A record's state: `open` until both clock-in and clock-out are known;
 * `pending` in the approval queue; `approved` (credited to the ledger) or
 * `rejected` once decided. Decided records are final.
 */
export const ATTENDANCE_STATUSES = ['open', 'pending', 'approved', 'rejected'] as const;
export const ZAttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type TAttendanceStatus = z.infer<typeof ZAttendanceStatus>;

/**
 * Why a record needs a coordinator's look. A closed record without flags is
 * approved automatically.
 * - no_clock_out: closed by the nightly job at the shift's end (or after the set hours)
 * - no_clock_in: only a clock-out arrived and the clock-in never came
 * - late_arrival / left_early / stayed_late: beyond the tolerance around the shift
 * - no_shift: no confirmed signup on a shift of this activity that day
 * - outside_geofence: a scan's position was outside the radius around the place
 * - no_position: a geofence is set but the scan came without a position
 * - synced_late: a volunteer's own scan of the site's code reached the server more than
 *   10 minutes after it was made (an offline scan; a photo of the code could be replayed that way)
 * - daily_max: the credited time was cut to the daily maximum
 * - corrected: a coordinator changed the times (with a reason)
 */
export const ATTENDANCE_FLAGS = [
  'no_clock_out',
  'no_clock_in',
  'late_arrival',
  'left_early',
  'stayed_late',
  'no_shift',
  'outside_geofence',
  'no_position',
  'synced_late',
  'daily_max',
  'corrected',
] as const;
export const ZAttendanceFlag = z.enum(ATTENDANCE_FLAGS);
export type TAttendanceFlag = z.infer<typeof ZAttendanceFlag>;

/**
 * How a clock-in or clock-out was made: the site's rotating screen code, its
 * printed poster, a volunteer's personal code scanned by staff, a coordinator
 * on someone's behalf, or the job that closes forgotten clock-outs.
 */
export const ATTENDANCE_METHODS = ['screen', 'poster', 'personal', 'coordinator', 'auto'] as const;
export const ZAttendanceMethod = z.enum(ATTENDANCE_METHODS);
export type TAttendanceMethod = z.infer<typeof ZAttendanceMethod>;

export const SCAN_KINDS = ['site', 'personal'] as const;
export const ZScanKind = z.enum(SCAN_KINDS);
export type TScanKind = z.infer<typeof ZScanKind>;

export const SCAN_ACTIONS = ['in', 'out'] as const;
export const ZScanAction = z.enum(SCAN_ACTIONS);
export type TScanAction = z.infer<typeof ZScanAction>;

/** A rotating screen code changes every this many seconds; it is accepted within ±1 step of the scan time. */
export const SITE_CODE_STEP_SECONDS = 30;
/** Most rotating codes one request may fetch ahead (one day at 30 s steps). */
export const SITE_CODES_MAX_COUNT = 2880;

/**
 * A QR code's text: `M1.<type>.<fields>.<keyId>.<signature>`, base64url, under 100 characters.
 * Only its length is checked at the edge: a code that does not read or verify is a refused scan
 * (ATTENDANCE_CODE_INVALID), stored and replayed like any other outcome.
 */
export const ZAttendanceCode = z.string().trim().min(1).max(300);

// ---------------------------------------------------------------- scans

/** A UUID of version 7, made by the device when the scan happens (so the queue can replay it safely). */
export const ZScanId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, {
    message: 'validation.uuid',
  })
  .transform((value) => value.toLowerCase());
export const ZScanParams = z.object({ scanId: ZScanId });
export type TScanParams = z.infer<typeof ZScanParams>;

export const ZScanPosition = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** The device's stated accuracy in metres. */
  accuracyM: z.number().min(0).max(100_000),
});
export type TScanPosition = z.infer<typeof ZScanPosition>;

/**
 * One scan. `site`: the signed-in person scanned the site's code (screen or
 * poster), the attendance is theirs. `personal`: staff of the code's
 * organization scanned a volunteer's personal code.
 */
export const ZScanRequest = z
  .object({
    kind: ZScanKind,
    code: ZAttendanceCode,
    action: ZScanAction,
    /** When the scan happened on the device (not when it was sent): at most 60 s ahead, at most the offline window old. */
    scannedAt: ZIsoDateTime,
    position: ZScanPosition.optional(),
    /**
     * The activity the staff device is checking people in to: required for `personal` scans
     * (a personal code names the volunteer, not the activity), ignored for `site` scans.
     */
    opportunityId: ZUuid.optional(),
  })
  .refine((value) => value.kind !== 'personal' || !!value.opportunityId, {
    message: 'validation.required',
    path: ['opportunityId'],
  });
export type TScanRequest = z.infer<typeof ZScanRequest>;

/** What the scanning screen shows after a scan. */
export const ZAttendanceSummary = z.object({
  id: ZUuid,
  status: ZAttendanceStatus,
  clockInAt: ZIsoDateTime.nullable(),
  clockOutAt: ZIsoDateTime.nullable(),
  creditedMinutes: z.number().int().nullable(),
  flags: z.array(ZAttendanceFlag),
  opportunityTitle: z.string(),
  placeName: z.string().nullable(),
  volunteerName: z.string(),
});
export type TAttendanceSummary = z.infer<typeof ZAttendanceSummary>;

/**
 * The answer to a scan, always 200 once the scan is stored: accepted with the
 * record, or refused with the error code (e.g. ATTENDANCE_CODE_EXPIRED). A
 * replay of the same scanId and body gets this same answer again.
 */
export const ZScanResponse = z.discriminatedUnion('result', [
  z.object({ scanId: z.string(), result: z.literal('accepted'), attendance: ZAttendanceSummary }),
  z.object({ scanId: z.string(), result: z.literal('refused'), code: z.string() }),
]);
export type TScanResponse = z.infer<typeof ZScanResponse>;

// ---------------------------------------------------------------- codes

export const ZSiteCodesQuery = z.object({
  opportunityId: ZUuid,
  /** A place of the activity; its codes name it (and its geofence applies). */
  placeId: ZUuid.optional(),
  /** First step's time; default now. At most one day back. */
  from: ZIsoDateTime.optional(),
  count: z.coerce.number().int().min(1).max(SITE_CODES_MAX_COUNT).default(120),
});
export type TSiteCodesQuery = z.infer<typeof ZSiteCodesQuery>;

export const ZSiteCode = z.object({
  code: z.string(),
  /** The step's window: show the code from validFrom until validUntil. */
  validFrom: ZIsoDateTime,
  validUntil: ZIsoDateTime,
});
export type TSiteCode = z.infer<typeof ZSiteCode>;

export const ZSiteCodesResponse = z.object({
  opportunityId: ZUuid,
  opportunityTitle: z.string(),
  placeId: ZUuid.nullable(),
  placeName: z.string().nullable(),
  stepSeconds: z.number().int(),
  codes: z.array(ZSiteCode),
});
export type TSiteCodesResponse = z.infer<typeof ZSiteCodesResponse>;

export const ZSiteParams = z.object({ orgId: ZUuid, opportunityId: ZUuid });
export type TSiteParams = z.infer<typeof ZSiteParams>;

/** A printed poster's code; re-issuing makes every earlier poster of the activity invalid. */
export const ZPosterCode = z.object({
  opportunityId: ZUuid,
  opportunityTitle: z.string(),
  placeId: ZUuid.nullable(),
  placeName: z.string().nullable(),
  code: z.string(),
  generation: z.number().int(),
  issuedAt: ZIsoDateTime,
});
export type TPosterCode = z.infer<typeof ZPosterCode>;

/** An activity as a check-in site: where it is and its geofence. */
export const ZAttendanceSite = z.object({
  opportunityId: ZUuid,
  opportunityTitle: z.string(),
  /** Whether the activity has coordinates (a geofence needs them). */
  hasLocation: z.boolean(),
  /** Scans farther than this from the place are flagged (never refused); null: no geofence. */
  geofenceRadiusM: z.number().int().nullable(),
  posterGeneration: z.number().int(),
});
export type TAttendanceSite = z.infer<typeof ZAttendanceSite>;
export const ZAttendanceSiteListResponse = z.object({ sites: z.array(ZAttendanceSite) });
export type TAttendanceSiteListResponse = z.infer<typeof ZAttendanceSiteListResponse>;

export const ZUpdateAttendanceSiteRequest = z.object({
  geofenceRadiusM: z.number().int().min(10).max(50_000).nullable(),
});
export type TUpdateAttendanceSiteRequest = z.infer<typeof ZUpdateAttendanceSiteRequest>;

export const ZPlaceQuery = z.object({ placeId: ZUuid.optional() });
export const ZPosterQuery = ZPlaceQuery.extend({ locale: z.string().max(10).optional() });

const ZPlacePoint = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

/**
 * A place of an activity with its own codes (an entrance, a satellite site). Its location and
 * geofence, when set, apply to scans of its codes; otherwise the activity's do.
 */
export const ZAttendancePlace = z.object({
  id: ZUuid,
  opportunityId: ZUuid,
  name: z.string(),
  location: ZPlacePoint.nullable(),
  geofenceRadiusM: z.number().int().nullable(),
});
export type TAttendancePlace = z.infer<typeof ZAttendancePlace>;
export const ZAttendancePlaceListResponse = z.object({ places: z.array(ZAttendancePlace) });
export type TAttendancePlaceListResponse = z.infer<typeof ZAttendancePlaceListResponse>;

export const ZAttendancePlaceRequest = z.object({
  name: z.string().trim().min(1).max(100),
  location: ZPlacePoint.nullable(),
  geofenceRadiusM: z.number().int().min(10).max(50_000).nullable(),
});
export type TAttendancePlaceRequest = z.infer<typeof ZAttendancePlaceRequest>;
export const ZAttendancePlaceParams = z.object({ orgId: ZUuid, opportunityId: ZUuid, placeId: ZUuid });

export const ZPersonalCodeParams = z.object({ volunteerId: ZUuid });
export const ZOrgPersonalCodeParams = z.object({ orgId: ZUuid, volunteerId: ZUuid });

/** A volunteer's personal code in one organization (shown as a QR code on their phone or a printed card). */
export const ZPersonalCode = z.object({
  volunteerId: ZUuid,
  orgId: ZUuid,
  organizationName: z.string(),
  volunteerName: z.string(),
  code: z.string(),
  generation: z.number().int(),
  issuedAt: ZIsoDateTime,
});
export type TPersonalCode = z.infer<typeof ZPersonalCode>;
export const ZPersonalCodeListResponse = z.object({ codes: z.array(ZPersonalCode) });
export type TPersonalCodeListResponse = z.infer<typeof ZPersonalCodeListResponse>;

// ---------------------------------------------------------------- settings

/** An organization's attendance rules. Defaults apply until an administrator or coordinator saves them. */
export const ZAttendanceSettings = z.object({
  /** Credit time before the shift's scheduled start (default: no, credit starts at the shift start). */
  creditBeforeShiftStart: z.boolean(),
  /** Clock-in and clock-out within this many minutes of the shift's times → approved without a look. */
  autoApproveToleranceMinutes: z.number().int().min(0).max(240),
  /** Without a shift, an open record is closed (and flagged) after this many hours. */
  autoCloseAfterHours: z.number().int().min(1).max(24),
  /** Most credited minutes per volunteer and day in this organization; null: no limit. */
  dailyMaxMinutes: z.number().int().min(30).max(1440).nullable(),
  /** How old an offline scan may be when it arrives. */
  offlineWindowHours: z.number().int().min(1).max(720),
});
export type TAttendanceSettings = z.infer<typeof ZAttendanceSettings>;

export const DEFAULT_ATTENDANCE_SETTINGS: TAttendanceSettings = {
  creditBeforeShiftStart: false,
  autoApproveToleranceMinutes: 10,
  autoCloseAfterHours: 8,
  dailyMaxMinutes: 480,
  offlineWindowHours: 72,
};

// ---------------------------------------------------------------- records

export const ZAttendanceRecordParams = z.object({ orgId: ZUuid, recordId: ZUuid });
export type TAttendanceRecordParams = z.infer<typeof ZAttendanceRecordParams>;

/** One person's attendance at one activity on one service date. */
export const ZAttendanceRecord = z.object({
  id: ZUuid,
  orgId: ZUuid,
  volunteerId: ZUuid,
  volunteerName: z.string(),
  opportunityId: ZUuid,
  opportunityTitle: z.string(),
  shiftId: ZUuid.nullable(),
  shiftStartsAt: ZIsoDateTime.nullable(),
  shiftEndsAt: ZIsoDateTime.nullable(),
  roleName: z.string().nullable(),
  placeId: ZUuid.nullable(),
  placeName: z.string().nullable(),
  /** The case (need) served, when the visit was for one: in mutual-exchange mode its recipient pays the credits. */
  needId: ZUuid.nullable(),
  needNumber: z.string().nullable(),
  /** Shown to the organization only (null in a volunteer's own list). */
  needTitle: z.string().nullable(),
  /** YYYY-MM-DD in the organization's time zone. */
  serviceDate: ZCalendarDate,
  status: ZAttendanceStatus,
  clockInAt: ZIsoDateTime.nullable(),
  clockOutAt: ZIsoDateTime.nullable(),
  creditedStart: ZIsoDateTime.nullable(),
  creditedEnd: ZIsoDateTime.nullable(),
  creditedMinutes: z.number().int().nullable(),
  flags: z.array(ZAttendanceFlag),
  methodIn: ZAttendanceMethod.nullable(),
  methodOut: ZAttendanceMethod.nullable(),
  /** The staff member who recorded on the volunteer's behalf (personal code or coordinator entry). */
  recordedByName: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: ZIsoDateTime.nullable(),
  decisionReason: z.string().nullable(),
  ledgerTransferId: ZUuid.nullable(),
  createdAt: ZIsoDateTime,
});
export type TAttendanceRecord = z.infer<typeof ZAttendanceRecord>;

export const ZAttendanceRecordListQuery = z.object({
  /** Default: pending (the approval queue). */
  status: ZAttendanceStatus.default('pending'),
  date: ZCalendarDate.optional(),
  opportunityId: ZUuid.optional(),
  volunteerId: ZUuid.optional(),
  flag: ZAttendanceFlag.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type TAttendanceRecordListQuery = z.infer<typeof ZAttendanceRecordListQuery>;

export const ZAttendanceRecordListResponse = z.object({ records: z.array(ZAttendanceRecord) });
export type TAttendanceRecordListResponse = z.infer<typeof ZAttendanceRecordListResponse>;

/** My own record, across my organizations. */
export const ZMyAttendanceRecord = ZAttendanceRecord.extend({ organizationName: z.string() });
export type TMyAttendanceRecord = z.infer<typeof ZMyAttendanceRecord>;
export const ZMyAttendanceQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const ZMyAttendanceResponse = z.object({ records: z.array(ZMyAttendanceRecord) });
export type TMyAttendanceResponse = z.infer<typeof ZMyAttendanceResponse>;

const ZReason = z.string().trim().min(1).max(500);

export const ZApproveAttendanceRequest = z.object({ reason: ZReason.optional() });
export type TApproveAttendanceRequest = z.infer<typeof ZApproveAttendanceRequest>;

export const ZRejectAttendanceRequest = z.object({ reason: ZReason });
export type TRejectAttendanceRequest = z.infer<typeof ZRejectAttendanceRequest>;

/**
 * Correct the times (and approve them): the rules are applied to the corrected
 * times. A record already approved is corrected too: its ledger credit is
 * reversed (a transfer pointing at it) and the corrected minutes credited
 * anew, in one transaction. `needId` links the visit to a case the volunteer
 * serves (null unlinks it; absent keeps it).
 */
export const ZCorrectAttendanceRequest = z
  .object({
    clockInAt: ZIsoDateTime,
    clockOutAt: ZIsoDateTime,
    reason: ZReason,
    needId: ZUuid.nullable().optional(),
  })
  .refine((value) => Date.parse(value.clockInAt) < Date.parse(value.clockOutAt), {
    message: 'validation.time_range',
    path: ['clockOutAt'],
  });
export type TCorrectAttendanceRequest = z.infer<typeof ZCorrectAttendanceRequest>;

export const ZBulkApproveAttendanceRequest = z.object({
  ids: z.array(ZUuid).min(1).max(500),
  reason: ZReason.optional(),
});
export type TBulkApproveAttendanceRequest = z.infer<typeof ZBulkApproveAttendanceRequest>;

export const ZBulkApproveAttendanceResponse = z.object({ records: z.array(ZAttendanceRecord) });
export type TBulkApproveAttendanceResponse = z.infer<typeof ZBulkApproveAttendanceResponse>;

/**
 * When a bulk approval is refused (ATTENDANCE_BULK_REFUSED, 409), nothing is
 * approved and `error.details.failures` lists each id that failed and why.
 */
export const ZBulkApproveFailure = z.object({ id: ZUuid, code: z.string() });
export type TBulkApproveFailure = z.infer<typeof ZBulkApproveFailure>;

/**
 * A coordinator records attendance for someone without a phone: a clock-in,
 * and the clock-out when known (same rules as a scan, recorded as on behalf).
 */
export const ZRecordAttendanceRequest = z
  .object({
    volunteerId: ZUuid,
    opportunityId: ZUuid,
    clockInAt: ZIsoDateTime,
    clockOutAt: ZIsoDateTime.nullable().optional(),
    /** The case (need) this visit served: one with a volunteer-time line of this volunteer. */
    needId: ZUuid.nullable().optional(),
  })
  .refine((value) => !value.clockOutAt || Date.parse(value.clockInAt) < Date.parse(value.clockOutAt), {
    message: 'validation.time_range',
    path: ['clockOutAt'],
  });
export type TRecordAttendanceRequest = z.infer<typeof ZRecordAttendanceRequest>;

// ---------------------------------------------------------------- cases

/** A case (need) a volunteer serves, to link a visit to: its recipient pays in mutual-exchange mode. */
export const ZAttendanceCase = z.object({
  id: ZUuid,
  number: z.string(),
  title: z.string(),
});
export type TAttendanceCase = z.infer<typeof ZAttendanceCase>;

export const ZAttendanceCasesQuery = z.object({ volunteerId: ZUuid });
export type TAttendanceCasesQuery = z.infer<typeof ZAttendanceCasesQuery>;
export const ZAttendanceCasesResponse = z.object({ cases: z.array(ZAttendanceCase) });
export type TAttendanceCasesResponse = z.infer<typeof ZAttendanceCasesResponse>;
