import { z } from 'zod';

/**
 * The one registry of error codes. A code is stable forever: a retired code
 * stays here with `retired: true` and is never reused. The message shown to a
 * person lives in the i18n catalogs (`errors.<CODE>`), in all four languages;
 * `description` is for developers and docs/ERRORS.md.
 */
export const ERROR_REGISTRY = {
  VALIDATION_FAILED: {
    status: 400,
    description: 'The request body, query or path did not match the contract; `fields` lists each offending field.',
  },
  REQUEST_MALFORMED: { status: 400, description: 'The request could not be parsed (for example invalid JSON).' },
  REQUEST_TOO_LARGE: { status: 413, description: 'The request body is larger than the server accepts.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    description: 'The request body has a content type the endpoint does not accept.',
  },
  NOT_FOUND: { status: 404, description: 'No such endpoint or resource.' },
  AUTH_REQUIRED: { status: 401, description: 'The endpoint needs a signed-in session.' },
  AUTH_INVALID_CREDENTIALS: { status: 401, description: 'The identifier or password is wrong (never says which).' },
  AUTH_RATE_LIMITED: {
    status: 429,
    description:
      'Too many sign-in or password-reset attempts for one identifier; retry after the seconds in Retry-After.',
  },
  AUTH_CSRF_INVALID: {
    status: 403,
    description: "A cookie-authenticated write lacked the session's CSRF token in the x-csrf-token header.",
  },
  FORBIDDEN: {
    status: 403,
    description: "The signed-in person's role in this organization does not allow the action.",
  },
  SETUP_ALREADY_DONE: {
    status: 409,
    description: 'First-run setup was attempted on a database that already has an organization.',
  },
  ORGANIZATION_NOT_FOUND: { status: 404, description: 'The organization does not exist.' },
  MEMBER_NOT_FOUND: { status: 404, description: 'The person is not a member of this organization.' },
  MEMBER_ALREADY_EXISTS: { status: 409, description: 'The person is already a member of this organization.' },
  MEMBER_LAST_ADMIN: { status: 409, description: 'The change would leave the organization without an administrator.' },
  ROLE_GRANT_FORBIDDEN: {
    status: 403,
    description:
      'The actor may not grant or take away this role (only a network administrator manages network administrators).',
  },
  ACCOUNT_EMAIL_TAKEN: { status: 409, description: 'Another account already uses this e-mail address.' },
  ACCOUNT_PHONE_TAKEN: { status: 409, description: 'Another account already uses this phone number.' },
  PASSWORD_RESET_INVALID: {
    status: 404,
    description: 'The password reset link is unknown, already used or expired (links last one hour).',
  },
  INVITATION_INVALID: { status: 404, description: 'The invitation link is unknown, already used or expired.' },
  NETWORK_NOT_A_HUB: {
    status: 409,
    description: 'The organization does not run a network, so it has no member organizations.',
  },
  REGISTRATION_CLOSED: {
    status: 403,
    description: 'The organization does not take registrations on its public page at the moment.',
  },
  REGISTRATION_SIGN_IN_REQUIRED: {
    status: 409,
    description: 'The e-mail address belongs to an existing account: sign in first, then register with it.',
  },
  VOLUNTEER_NOT_FOUND: { status: 404, description: 'No such volunteer record in this organization.' },
  VOLUNTEER_ALREADY_REGISTERED: {
    status: 409,
    description: 'This account already has a volunteer record in this organization.',
  },
  VOLUNTEER_POSSIBLE_DUPLICATE: {
    status: 409,
    description:
      'A record with the same reading and birth date, phone or e-mail exists; `details.candidates` lists them. Resend with `confirmNotDuplicate: true` to register anyway.',
  },
  VOLUNTEER_STATUS_INVALID: {
    status: 409,
    description: 'The status change is not allowed from the current status (a merged record cannot change).',
  },
  VOLUNTEER_MERGE_INVALID: {
    status: 409,
    description:
      'The two records cannot be merged: they are the same, one is already merged, or they belong to two different accounts.',
  },
  VOLUNTEER_EMAIL_REQUIRED: {
    status: 409,
    description: 'E-mail was chosen as the way to be reached (or a digest), but the record has no e-mail address.',
  },
  SKILL_NOT_FOUND: { status: 404, description: 'No such skill or qualification in this organization.' },
  INSURANCE_PLAN_NOT_FOUND: { status: 404, description: 'No such insurance plan in this organization.' },
  INSURANCE_ALREADY_ENROLLED: {
    status: 409,
    description: 'The volunteer is already enrolled in this plan for that policy year.',
  },
  CSV_UNREADABLE: {
    status: 400,
    description: 'The file is not a CSV file in UTF-8 or Shift_JIS (CP932), or it has no rows.',
  },
  CSV_MISSING_COLUMNS: {
    status: 400,
    description: 'The CSV header lacks required columns; `details.columns` names them.',
  },
  CSV_TOO_MANY_ROWS: {
    status: 413,
    description: 'The CSV file has more rows than one import accepts (`details.limit`).',
  },
  OPPORTUNITY_NOT_FOUND: {
    status: 404,
    description: 'No such activity (opportunity), or it is not visible to the caller.',
  },
  OPPORTUNITY_CANCELLED: {
    status: 409,
    description: 'The activity is cancelled: it cannot be changed, reopened or given new dates.',
  },
  SHIFT_NOT_FOUND: { status: 404, description: 'No such shift in this organization.' },
  SIGNUP_NOT_FOUND: { status: 404, description: 'No such sign-up (or not one of yours).' },
  SHIFT_FULL: { status: 409, description: 'Every place of the role is taken and the shift keeps no waitlist.' },
  SHIFT_NOT_OPEN: {
    status: 409,
    description:
      'The shift does not take sign-ups now: the activity is not published, the shift is cancelled, or the sign-up window is closed or not yet open.',
  },
  SHIFT_STARTED: { status: 409, description: 'The shift has already started or ended.' },
  SHIFT_CAPACITY_BELOW_CONFIRMED: {
    status: 409,
    description: 'A role cannot have fewer places than the people already confirmed in it.',
  },
  SIGNUP_ALREADY: { status: 409, description: 'The person already has a place or a waitlist entry on this shift.' },
  SIGNUP_NOT_QUALIFIED: {
    status: 409,
    description: 'The person lacks a skill or qualification the activity or role needs; `details.skills` names them.',
  },
  SIGNUP_TOO_YOUNG: {
    status: 409,
    description: 'The person is younger than the minimum age on the day of the shift (`details.minimumAge`).',
  },
  SIGNUP_AGE_UNKNOWN: {
    status: 409,
    description: 'The activity has a minimum age and the record has no date of birth.',
  },
  SIGNUP_NOT_INSURED: {
    status: 409,
    description: "The organization refuses sign-ups without volunteer insurance valid on the shift's day.",
  },
  SIGNUP_INSURANCE_PLAN_REQUIRED: {
    status: 409,
    description: 'The activity needs a particular insurance plan (`details.plan`), valid on the day.',
  },
  SIGNUP_DAILY_LIMIT: {
    status: 409,
    description: "The sign-up would take the person past the organization's hours per day (`details.hours`).",
  },
  SIGNUP_WEEKLY_LIMIT: {
    status: 409,
    description: "The sign-up would take the person past the organization's shifts per week (`details.shifts`).",
  },
  SIGNUP_OVERLAP: { status: 409, description: 'The person already has a place on a shift at the same time.' },
  SIGNUP_VOLUNTEER_INACTIVE: {
    status: 409,
    description: 'The volunteer record is inactive or merged, so it cannot take shifts.',
  },
  SIGNUP_CANCEL_TOO_LATE: {
    status: 409,
    description:
      'Self-cancellation closed (the deadline before the shift has passed); the organization can still cancel.',
  },
  CALENDAR_FEED_NOT_FOUND: {
    status: 404,
    description: 'The calendar feed address is unknown or was replaced by a new one.',
  },
  RECIPIENT_NOT_FOUND: { status: 404, description: 'No such recipient record in this organization.' },
  NEED_NOT_FOUND: { status: 404, description: 'No such need (request) in this organization.' },
  SENSITIVE_NOTE_CONSENT_REQUIRED: {
    status: 409,
    description:
      'A sensitive note (health, family) is kept only about a recorded recipient whose latest answer to the sensitive-data consent is yes.',
  },
  NEED_TRANSITION_INVALID: {
    status: 409,
    description:
      'The need cannot move from its current state to the one asked for; `details.from`, `details.to` and `details.allowed` say which steps are legal (NEED_TRANSITIONS in the shared contract).',
  },
  NEED_CLOSED: { status: 409, description: 'The need is closed: it can no longer be changed.' },
  NEED_RESOURCE_LINE_NOT_FOUND: { status: 404, description: 'No such resource line on this need.' },
  NEED_FOLLOW_UP_NOT_OPEN: {
    status: 409,
    description: 'Follow-up answers are recorded once the need is completed (states completed and followed_up).',
  },
  NEED_FOLLOW_UP_ALREADY_RECORDED: {
    status: 409,
    description:
      'This respondent (the recipient, the requester, or this volunteer) has already answered for this need.',
  },
  NEED_REQUESTS_CLOSED: {
    status: 403,
    description: 'The organization does not take requests on its public request page at the moment.',
  },
  NEED_REQUEST_RATE_LIMITED: {
    status: 429,
    description: 'Too many requests were sent from this address; retry after the seconds in Retry-After.',
  },
  MATCHING_NEED_NOT_OPEN: {
    status: 409,
    description:
      'Volunteers are proposed for a need in the matching or proposed stage only (`details.status` is the stage it is in).',
  },
  MATCHING_CANDIDATE_NOT_FOUND: {
    status: 404,
    description:
      'No such volunteer among the candidates this organization may see (its own records, and records of the network whose people consented to sharing).',
  },
  MATCHING_CANDIDATE_EXCLUDED: {
    status: 409,
    description:
      'A hard rule keeps this volunteer out of the ranking (`details.exclusions`: not active, no insurance cover, limit reached, not qualified, …).',
  },
  MATCHING_OVERRIDE_REASON_REQUIRED: {
    status: 400,
    description:
      'Proposing someone outside the first `limit` of the ranking, or with a warning (not insured, not free, …), needs an `overrideReason`; `details.volunteerId` says for whom.',
  },
  PROPOSAL_ALREADY_OPEN: {
    status: 409,
    description: 'This volunteer has already been asked for this need and has not declined.',
  },
  PROPOSAL_NOT_FOUND: { status: 404, description: 'No such proposal (or the link is not valid).' },
  PROPOSAL_NOT_OPEN: {
    status: 409,
    description:
      'The proposal can no longer be answered or changed: it was declined, withdrawn, confirmed or has expired (`details.status`).',
  },
  PROPOSAL_EXPIRED: { status: 409, description: 'The time to answer this proposal has passed.' },
  PROPOSAL_NOT_ACCEPTED: {
    status: 409,
    description: 'A coordinator confirms only a proposal the volunteer has accepted.',
  },
  DIRECTORY_ORGANIZATION_NOT_FOUND: {
    status: 404,
    description: 'No such organization in the community resource directory of this organization.',
  },
  DIRECTORY_SERVICE_NOT_FOUND: { status: 404, description: 'No such service in the resource directory.' },
  DIRECTORY_LOCATION_NOT_FOUND: {
    status: 404,
    description: 'No such place in the resource directory (also when a service names a place that does not exist).',
  },
  DIRECTORY_IMPORT_UNREADABLE: {
    status: 400,
    description:
      'The import holds no HSDS organizations: send an HSDS 3.0 page (`contents`), a list of organizations, or one organization.',
  },
  DIRECTORY_IMPORT_TOO_LARGE: {
    status: 413,
    description: 'The import has more organizations, services and places than one import takes (`details.limit`).',
  },
  SCAN_ID_REUSED: {
    status: 409,
    description: 'This scan id was already used for a different scan; a device must make a new UUIDv7 for each scan.',
  },
  ATTENDANCE_CODE_INVALID: {
    status: 400,
    description: 'The scanned code is not a Musubi attendance code of this kind, or its signature does not verify.',
  },
  ATTENDANCE_CODE_EXPIRED: {
    status: 409,
    description: "The rotating screen code was not showing at the scan's time (more than one 30-second step away).",
  },
  ATTENDANCE_CODE_REVOKED: {
    status: 409,
    description: 'The poster or personal code was replaced by a newer one; scan the current code.',
  },
  ATTENDANCE_SCAN_TIME_INVALID: {
    status: 409,
    description:
      "The scan's time is in the future (beyond 60 s of clock skew) or older than the organization's offline window.",
  },
  ATTENDANCE_NOT_A_VOLUNTEER: {
    status: 403,
    description: "The signed-in person has no volunteer record in the code's organization.",
  },
  ATTENDANCE_ALREADY_OPEN: {
    status: 409,
    description: 'The volunteer is already clocked in to this activity today; clock out first.',
  },
  ATTENDANCE_ALREADY_CLOSED: {
    status: 409,
    description: "The volunteer's attendance at this activity today is already complete (clocked in and out).",
  },
  ATTENDANCE_OUT_BEFORE_IN: {
    status: 409,
    description: 'The clock-out would come before the clock-in of the same attendance.',
  },
  ATTENDANCE_RECORD_NOT_FOUND: { status: 404, description: 'No such attendance record in this organization.' },
  ATTENDANCE_ALREADY_DECIDED: {
    status: 409,
    description: 'The attendance record is already approved or rejected; a decision is final.',
  },
  ATTENDANCE_NOT_COMPLETE: {
    status: 409,
    description: 'The attendance record lacks its clock-in or clock-out; correct its times instead of approving it.',
  },
  ATTENDANCE_BULK_REFUSED: {
    status: 409,
    description:
      'A bulk approval was refused as a whole, nothing was approved; `details.failures` lists each id with its error code.',
  },
  ATTENDANCE_PLACE_NOT_FOUND: { status: 404, description: 'No such check-in place of this activity.' },
  ATTENDANCE_SITE_NO_LOCATION: {
    status: 409,
    description: 'A geofence needs the activity to have a location (coordinates); add its address first.',
  },
  ATTENDANCE_CASE_NOT_SERVED: {
    status: 409,
    description:
      'The volunteer does not serve that case: link a visit only to a need with a volunteer-time line of theirs.',
  },
  ATTENDANCE_CREDIT_ALREADY_USED: {
    status: 409,
    description:
      "The record's credits were already spent, given or expired, so its credit cannot be reversed: record a ledger adjustment instead.",
  },
  LEDGER_ACCOUNT_NOT_FOUND: { status: 404, description: 'No such ledger account in this organization.' },
  LEDGER_TRANSFER_NOT_FOUND: { status: 404, description: 'No such ledger transfer in this organization.' },
  LEDGER_BENEFICIARY_NOT_FOUND: {
    status: 404,
    description: 'No such named beneficiary (or it belongs to another member).',
  },
  LEDGER_INSUFFICIENT_BALANCE: {
    status: 409,
    description:
      'The transfer would take an account below its floor (members 0, the pool its configured floor); nothing was written. `details.accountId`, `details.balance`, `details.floor`.',
  },
  LEDGER_BALANCE_CAP_EXCEEDED: {
    status: 409,
    description: "The transfer would take a member's balance above the organization's cap (`details.limit`, minutes).",
  },
  LEDGER_IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    description:
      'This idempotency key was already used for a different request in this organization; send a new key for a new request.',
  },
  LEDGER_IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    description: 'Ledger writes need an idempotency key: the `Idempotency-Key` header or the `idempotencyKey` field.',
  },
  LEDGER_TRANSFER_ALREADY_REVERSED: {
    status: 409,
    description:
      'The transfer has already been reversed (`details.reversedByTransferId`); a transfer is reversed once.',
  },
  LEDGER_TRANSFER_NOT_REVERSIBLE: {
    status: 409,
    description: 'A reversal cannot itself be reversed; record an adjustment instead.',
  },
  LEDGER_RESTRICTED_DONATE_ONLY: {
    status: 409,
    description: 'Group-earned credits (a restricted account) can only be donated to the pool.',
  },
  LEDGER_ACCOUNT_KIND_INVALID: {
    status: 409,
    description:
      'This flow does not take this kind of account (e.g. spending from the pool, gifting from a recipient); `details.ownerKind`.',
  },
  LEDGER_PROVIDER_REQUIRED: {
    status: 400,
    description: "In mutual-exchange mode a spend names the serving volunteer's account (`toAccountId`).",
  },
  LEDGER_GIFTS_NOT_ALLOWED: { status: 409, description: "The organization's rules do not allow gifts of credits." },
  LEDGER_BENEFICIARY_TOO_YOUNG: {
    status: 409,
    description:
      'The beneficiary is younger than the minimum age for gifts, or their date of birth is not recorded (`details.minimumAge`).',
  },
  LEDGER_BATCH_ITEM_REFUSED: {
    status: 409,
    description:
      'One transfer of an atomic batch was refused, so the whole batch was: nothing was written. `details.index` (0-based) and `details.position` name the first refused item, `details.itemCode` its own error code, `details.reason` its message.',
  },
  INTERNAL_ERROR: { status: 500, description: 'An unexpected error; it is logged with the request id.' },
  SERVICE_UNAVAILABLE: { status: 503, description: 'The database is unreachable or the server is shutting down.' },
  CERTIFICATE_NOT_FOUND: { status: 404, description: 'No such certificate in this organization (or not yours).' },
  CERTIFICATE_NO_SERVICE: {
    status: 409,
    description:
      'The volunteer has no approved attendance with this organization in the period, so there is nothing to certify.',
  },
  CERTIFICATE_ALREADY_REVOKED: { status: 409, description: 'The certificate was already revoked.' },
  CERTIFICATE_SEAL_INVALID: {
    status: 400,
    description: 'The seal image is not a readable PNG file, or it is wider or taller than 2,000 pixels.',
  },
  CERTIFICATE_SEAL_TOO_LARGE: {
    status: 413,
    description: 'The seal image is larger than the limit (`details.maxBytes`).',
  },
  CERTIFICATE_SEAL_NOT_FOUND: { status: 404, description: 'The organization has not uploaded a seal image.' },
  CERTIFICATE_VERIFY_RATE_LIMITED: {
    status: 429,
    description: 'Too many certificate checks from this address; retry after the seconds in Retry-After.',
  },
} as const satisfies Record<string, { status: number; description: string; retired?: boolean }>;

export type TErrorCode = keyof typeof ERROR_REGISTRY;
export const ERROR_CODES = Object.keys(ERROR_REGISTRY) as TErrorCode[];

export function statusOf(code: TErrorCode): number {
  return ERROR_REGISTRY[code].status;
}

/** One offending field of a VALIDATION_FAILED error. */
export const ZFieldError = z.object({
  /** Dotted path inside the request part, e.g. `admin.email`. */
  path: z.string(),
  /** Which part of the request: body, querystring, params or headers. */
  in: z.enum(['body', 'querystring', 'params', 'headers']),
  /** The zod issue code, e.g. `too_small`. */
  code: z.string(),
  /** Translated, human-readable message. */
  message: z.string(),
});
export type TFieldError = z.infer<typeof ZFieldError>;

/** Every error response of the API has this shape. */
export const ZErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(ZFieldError).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string().optional(),
  }),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;
