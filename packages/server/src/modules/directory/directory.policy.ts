import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const directoryPolicy = {
  /** Staff refer people to the directory's services; partners read it to refer too. */
  'directory.read': { roles: [...STAFF_ROLES, 'partner'] },
  /** Coordinators keep the directory: entries, hours and HSDS imports. */
  'directory.manage': { roles: COORDINATOR_ROLES },
} as const satisfies PolicyRules;
