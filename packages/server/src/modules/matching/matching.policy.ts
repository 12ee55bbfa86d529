import { ADMIN_ROLES, COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const matchingPolicy = {
  /** The matching rules (weights, how proposals are confirmed): everyone in the office may read them. */
  'matching.settings.read': { roles: STAFF_ROLES },
  'matching.settings.manage': { roles: ADMIN_ROLES },
  /** Ranking candidates shows people of the whole network: a coordinator's decision, like proposing. */
  'matching.rank': { roles: COORDINATOR_ROLES },
  /** Who was asked and how they answered: part of the case, readable by the office. */
  'matching.proposals.read': { roles: STAFF_ROLES },
  /** Asking volunteers, recording their answers, confirming and withdrawing. */
  'matching.propose': { roles: COORDINATOR_ROLES },
} as const satisfies PolicyRules;
