import { z } from 'zod';
import { ZLocale } from '../locales';
import { ZRole } from '../roles';
import { ZEmail, ZIsoDateTime, ZNameReading, ZPassword, ZPersonName, ZUuid } from './common.contract';

export const ZMember = z.object({
  accountId: ZUuid,
  name: z.string(),
  nameReading: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  role: ZRole,
  /** `invited` until the person accepts the invitation and sets a password. */
  status: z.enum(['active', 'invited']),
  joinedAt: ZIsoDateTime,
});
export type TMember = z.infer<typeof ZMember>;

export const ZMemberListQuery = z.object({
  role: ZRole.optional(),
  q: z.string().trim().max(100).optional(),
});
export type TMemberListQuery = z.infer<typeof ZMemberListQuery>;

export const ZMemberListResponse = z.object({ members: z.array(ZMember) });
export type TMemberListResponse = z.infer<typeof ZMemberListResponse>;

export const ZMemberParams = z.object({ orgId: ZUuid, accountId: ZUuid });

/** An administrator adds a person by e-mail; a new person gets an invitation mail. */
export const ZAddMemberRequest = z.object({
  email: ZEmail,
  name: ZPersonName,
  nameReading: ZNameReading.optional(),
  role: ZRole,
  locale: ZLocale.optional(),
});
export type TAddMemberRequest = z.infer<typeof ZAddMemberRequest>;

export const ZUpdateMemberRequest = z.object({ role: ZRole });
export type TUpdateMemberRequest = z.infer<typeof ZUpdateMemberRequest>;

export const ZInvitationParams = z.object({ token: z.string().min(20).max(200) });

export const ZInvitationResponse = z.object({
  orgName: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  /** False when the person already has an account with a password: accepting only adds the membership. */
  needsPassword: z.boolean(),
});
export type TInvitationResponse = z.infer<typeof ZInvitationResponse>;

export const ZAcceptInvitationRequest = z.object({
  name: ZPersonName.optional(),
  nameReading: ZNameReading.optional(),
  password: ZPassword.optional(),
});
export type TAcceptInvitationRequest = z.infer<typeof ZAcceptInvitationRequest>;
