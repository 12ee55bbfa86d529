import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const insurancePolicy = {
  'insurance.read': { roles: STAFF_ROLES },
  /** Counter staff take enrollments, as shakyo counters do. */
  'insurance.enroll': { roles: STAFF_ROLES },
  'insurance.manage': { roles: COORDINATOR_ROLES },
  /** The roster export carries names and birth dates. */
  'insurance.export': { roles: COORDINATOR_ROLES },
} as const satisfies PolicyRules;
