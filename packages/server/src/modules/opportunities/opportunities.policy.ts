import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const opportunitiesPolicy = {
  /** Partners post activities, so they read them and their shifts too (not the people on them). */
  'opportunities.read': { roles: [...STAFF_ROLES, 'partner'] },
  /** Posting activities and their shifts: coordinators, and partners post their own. */
  'opportunities.manage': { roles: [...COORDINATOR_ROLES, 'partner'] },
} as const satisfies PolicyRules;
