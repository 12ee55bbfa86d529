import { ADMIN_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const participationPolicy = {
  'participation_settings.read': { roles: STAFF_ROLES },
  'participation_settings.update': { roles: ADMIN_ROLES },
} as const satisfies PolicyRules;
