import { ADMIN_ROLES, ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const organizationsPolicy = {
  /** Every member sees their organization's public profile. */
  'organization.read': { roles: ROLES },
  'organization.update': { roles: ADMIN_ROLES },
} as const satisfies PolicyRules;
