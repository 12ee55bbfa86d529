import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const signupsPolicy = {
  /** The people on a shift (contact details included, for calls and the day itself). */
  'signups.read': { roles: STAFF_ROLES },
  /** Assigning people and cancelling places: everyone at the counter. */
  'signups.manage': { roles: STAFF_ROLES },
  /** Cancelling a whole shift tells everyone on it. */
  'shifts.cancel': { roles: [...COORDINATOR_ROLES, 'partner'] },
  /** So does cancelling a whole activity, for each of its upcoming shifts. */
  'opportunities.cancel': { roles: [...COORDINATOR_ROLES, 'partner'] },
  'participation.read': { roles: STAFF_ROLES },
} as const satisfies PolicyRules;
