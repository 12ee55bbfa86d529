import { z } from 'zod';
import { ZIsoDateTime, ZUuid } from './common.contract';

/** Audit action codes, `<DOMAIN>_<PAST_TENSE_VERB>`; the UI translates `audit.actions.<CODE>`. */
export const AUDIT_ACTIONS = [
  'ORGANIZATION_CREATED',
  'ORGANIZATION_UPDATED',
  'NETWORK_MEMBER_ADDED',
  'MEMBER_INVITED',
  'MEMBER_JOINED',
  'MEMBER_ROLE_CHANGED',
  'MEMBER_REMOVED',
  'PARTICIPATION_SETTINGS_UPDATED',
  'SKILL_CREATED',
  'SKILL_UPDATED',
  'VOLUNTEER_REGISTERED',
  'VOLUNTEER_UPDATED',
  'VOLUNTEER_STATUS_CHANGED',
  'VOLUNTEER_MERGED',
  'VOLUNTEERS_IMPORTED',
  'VOLUNTEERS_EXPORTED',
  'CONSENT_RECORDED',
  'INSURANCE_PLAN_CREATED',
  'INSURANCE_PLAN_UPDATED',
  'INSURANCE_ENROLLED',
  'INSURANCE_ROSTER_EXPORTED',
  'OPPORTUNITY_CREATED',
  'OPPORTUNITY_UPDATED',
  'OPPORTUNITY_CANCELLED',
  'SHIFTS_CREATED',
  'SHIFTS_EXTENDED',
  'SHIFT_UPDATED',
  'SHIFT_CANCELLED',
  'SIGNUP_CREATED',
  'SIGNUP_CANCELLED',
  'SIGNUP_PROMOTED',
  'RECIPIENT_CREATED',
  'RECIPIENT_UPDATED',
  'RECIPIENT_CONSENT_RECORDED',
  'NEED_CREATED',
  'NEED_REQUEST_RECEIVED',
  'NEED_UPDATED',
  'NEED_STATUS_CHANGED',
  'NEED_CONTACT_LOGGED',
  'NEED_RESOURCE_LINE_ADDED',
  'NEED_RESOURCE_LINE_UPDATED',
  'NEED_RESOURCE_LINE_REMOVED',
  'NEED_FOLLOW_UP_RECORDED',
  'NEED_SETTINGS_UPDATED',
  'SENSITIVE_NOTE_ADDED',
  'SENSITIVE_NOTE_READ',
  'DIRECTORY_ORGANIZATION_CREATED',
  'DIRECTORY_ORGANIZATION_UPDATED',
  'DIRECTORY_ORGANIZATION_DELETED',
  'DIRECTORY_LOCATION_CREATED',
  'DIRECTORY_LOCATION_UPDATED',
  'DIRECTORY_LOCATION_DELETED',
  'DIRECTORY_SERVICE_CREATED',
  'DIRECTORY_SERVICE_UPDATED',
  'DIRECTORY_SERVICE_DELETED',
  'DIRECTORY_IMPORTED',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
export const ZAuditAction = z.enum(AUDIT_ACTIONS);

export const ZAuditEntry = z.object({
  id: ZUuid,
  at: ZIsoDateTime,
  actorAccountId: ZUuid.nullable(),
  actorName: z.string().nullable(),
  action: ZAuditAction,
  targetType: z.string(),
  targetId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditListResponse = z.object({
  entries: z.array(ZAuditEntry),
  /** Pass as `before` to get the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TAuditListResponse = z.infer<typeof ZAuditListResponse>;
