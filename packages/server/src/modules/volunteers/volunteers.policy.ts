import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const volunteersPolicy = {
  'volunteers.read': { roles: STAFF_ROLES },
  /** Registering people, editing records and recording consents: everyone at the counter. */
  'volunteers.write': { roles: STAFF_ROLES },
  /** Decisions about records: status, merges, imports, exports (personal data leaves the system). */
  'volunteers.coordinate': { roles: COORDINATOR_ROLES },
  'skills.read': { roles: STAFF_ROLES },
  'skills.manage': { roles: COORDINATOR_ROLES },
  /** Staff of a hub see consenting volunteers of the member organizations. */
  'network_volunteers.read': { roles: STAFF_ROLES, hubOnly: true },
} as const satisfies PolicyRules;
