import { z } from 'zod';

/**
 * Roles a membership can hold in one organization, most powerful first.
 * A person holds one role per organization and may belong to several organizations.
 */
export const ROLES = ['network_admin', 'org_admin', 'coordinator', 'staff', 'volunteer', 'member', 'partner'] as const;
export type TRole = (typeof ROLES)[number];
export const ZRole = z.enum(ROLES);

/** Roles that run the organization day to day (see the dashboard and member list). */
export const STAFF_ROLES: readonly TRole[] = ['network_admin', 'org_admin', 'coordinator', 'staff'];
/** Roles that coordinate: decide on people's records (status, merges, imports, exports) and on taxonomies. */
export const COORDINATOR_ROLES: readonly TRole[] = ['network_admin', 'org_admin', 'coordinator'];
/** Roles that administer the organization (profile, members, audit log, outbox). */
export const ADMIN_ROLES: readonly TRole[] = ['network_admin', 'org_admin'];

/** Kinds of organization, used for filtering and reporting across a network. */
export const ORGANIZATION_KINDS = [
  'volunteer_center',
  'welfare_council',
  'npo_support_center',
  'npo',
  'care_facility',
  'company',
  'government',
  'time_bank',
  'community_group',
  'other',
] as const;
export type TOrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const ZOrganizationKind = z.enum(ORGANIZATION_KINDS);
