import { ADMIN_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const peoplePolicy = {
  'members.read': { roles: STAFF_ROLES },
  'members.manage': { roles: ADMIN_ROLES },
} as const satisfies PolicyRules;
