import { z } from 'zod';
import { ZLocale } from '../locales';
import { ZRole } from '../roles';
import { ZPassword, ZUuid } from './common.contract';

export const ZSignInRequest = z.object({
  /** E-mail address or phone number. */
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
});
export type TSignInRequest = z.infer<typeof ZSignInRequest>;

export const ZAccount = z.object({
  id: ZUuid,
  name: z.string(),
  nameReading: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: ZLocale,
  largeText: z.boolean(),
});
export type TAccount = z.infer<typeof ZAccount>;

export const ZSessionMembership = z.object({
  orgId: ZUuid,
  orgName: z.string(),
  role: ZRole,
  /** True when this organization runs a network of member organizations. */
  isNetworkHub: z.boolean(),
});
export type TSessionMembership = z.infer<typeof ZSessionMembership>;

/** What the web app needs to know about who is signed in. */
export const ZSessionResponse = z.object({
  account: ZAccount.nullable(),
  memberships: z.array(ZSessionMembership),
  activeOrgId: ZUuid.nullable(),
  /** Send back in the x-csrf-token header on every write. */
  csrfToken: z.string().nullable(),
});
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZSwitchOrganizationRequest = z.object({ orgId: ZUuid });
export type TSwitchOrganizationRequest = z.infer<typeof ZSwitchOrganizationRequest>;

export const ZUpdatePreferencesRequest = z
  .object({
    locale: ZLocale.optional(),
    largeText: z.boolean().optional(),
  })
  .strict();
export type TUpdatePreferencesRequest = z.infer<typeof ZUpdatePreferencesRequest>;

/** "Forgot your password?": an e-mail address or phone number as typed at sign-in. */
export const ZRequestPasswordResetRequest = z.object({ identifier: z.string().trim().min(1).max(254) });
export type TRequestPasswordResetRequest = z.infer<typeof ZRequestPasswordResetRequest>;

export const ZPasswordResetParams = z.object({ token: z.string().min(20).max(200) });

/** Who a reset link is for. */
export const ZPasswordResetResponse = z.object({ email: z.string() });
export type TPasswordResetResponse = z.infer<typeof ZPasswordResetResponse>;

export const ZCompletePasswordResetRequest = z.object({ password: ZPassword });
export type TCompletePasswordResetRequest = z.infer<typeof ZCompletePasswordResetRequest>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: ZPassword,
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;
