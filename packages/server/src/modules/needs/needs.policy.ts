import { ADMIN_ROLES, COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const needsPolicy = {
  /** Needs, recipients, timelines and follow-up lists: everyone who runs the office. */
  'needs.read': { roles: STAFF_ROLES },
  /** Intake at the counter and on the phone: recording and editing needs and recipients, logging contacts, follow-up answers. */
  'needs.write': { roles: STAFF_ROLES },
  /** Decisions on a case: moving it through its stages, assigning volunteers, referrals, goods and money. */
  'needs.coordinate': { roles: COORDINATOR_ROLES },
  /** Health and family notes: staff may write what they hear, only coordinators read it back (every read is audited). */
  'needs.sensitive.write': { roles: STAFF_ROLES },
  'needs.sensitive.read': { roles: COORDINATOR_ROLES },
  'needs.settings.read': { roles: STAFF_ROLES },
  'needs.settings.manage': { roles: ADMIN_ROLES },
} as const satisfies PolicyRules;
