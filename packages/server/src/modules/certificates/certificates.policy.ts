import { ADMIN_ROLES, COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const certificatesPolicy = {
  /** Service records, issued certificates and their PDFs: everyone who runs the office. */
  'certificates.read': { roles: STAFF_ROLES },
  /** Issuing and revoking certificates: a decision the organization answers for ("whoever certifies is responsible"). */
  'certificates.issue': { roles: COORDINATOR_ROLES },
  'certificates.settings.read': { roles: STAFF_ROLES },
  /** Recognition levels, the person in charge and the seal speak for the organization. */
  'certificates.settings.manage': { roles: ADMIN_ROLES },
} as const satisfies PolicyRules;
