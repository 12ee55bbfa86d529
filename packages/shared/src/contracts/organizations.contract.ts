import { z } from 'zod';
import { ZLocale } from '../locales';
import { ZOrganizationKind, ZRole } from '../roles';
import { ZEmail, ZIsoDateTime, ZOptionalText, ZPhone, ZPostalCode, ZTimeZone, ZUuid } from './common.contract';

/** The editable profile of an organization. */
export const ZOrganizationProfile = z.object({
  name: z.string().trim().min(1).max(200),
  kind: ZOrganizationKind,
  locale: ZLocale,
  timeZone: ZTimeZone,
  /** First month of the fiscal year: 4 for Japan (April), 1 for China and Korea. */
  fiscalYearStartMonth: z.coerce.number().int().min(1).max(12),
  /** The organization coordinates a network of member organizations (a city volunteer center, a council). */
  runsNetwork: z.boolean().optional(),
  email: ZEmail.nullable().optional(),
  phone: ZPhone.nullable().optional(),
  postalCode: ZPostalCode.nullable().optional(),
  address: ZOptionalText(300),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable()
    .optional(),
  description: ZOptionalText(2000),
});
export type TOrganizationProfile = z.infer<typeof ZOrganizationProfile>;

/** Whether an organization runs a network is decided at setup (or by a network), not in the profile form. */
export const ZUpdateOrganizationRequest = ZOrganizationProfile.omit({ runsNetwork: true }).partial().strict();
export type TUpdateOrganizationRequest = z.infer<typeof ZUpdateOrganizationRequest>;

export const ZOrganization = z.object({
  id: ZUuid,
  name: z.string(),
  kind: ZOrganizationKind,
  locale: ZLocale,
  timeZone: z.string(),
  fiscalYearStartMonth: z.number().int(),
  runsNetwork: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZNetworkMemberOrganization = z.object({
  id: ZUuid,
  name: z.string(),
  kind: ZOrganizationKind,
  memberCount: z.number().int(),
  joinedAt: ZIsoDateTime,
});
export type TNetworkMemberOrganization = z.infer<typeof ZNetworkMemberOrganization>;

export const ZNetworkResponse = z.object({
  hub: z.object({ id: ZUuid, name: z.string() }),
  members: z.array(ZNetworkMemberOrganization),
});
export type TNetworkResponse = z.infer<typeof ZNetworkResponse>;

/** The other organizations of the networks this organization belongs to or runs (for referrals between them). */
export const ZNetworkPeersResponse = z.object({
  organizations: z.array(z.object({ id: ZUuid, name: z.string(), kind: ZOrganizationKind, runsNetwork: z.boolean() })),
});
export type TNetworkPeersResponse = z.infer<typeof ZNetworkPeersResponse>;

/** A network administrator adds a new member organization and invites its first administrator. */
export const ZAddNetworkMemberRequest = z.object({
  organization: ZOrganizationProfile,
  adminEmail: ZEmail,
  adminName: z.string().trim().min(1).max(100),
});
export type TAddNetworkMemberRequest = z.infer<typeof ZAddNetworkMemberRequest>;

export const ZDashboardResponse = z.object({
  organization: z.object({ id: ZUuid, name: z.string(), kind: ZOrganizationKind }),
  memberCounts: z.array(z.object({ role: ZRole, count: z.number().int() })),
  networkMemberCount: z.number().int().nullable(),
  currentFiscalYear: z.object({ label: z.number().int(), start: z.string(), end: z.string() }),
});
export type TDashboardResponse = z.infer<typeof ZDashboardResponse>;
