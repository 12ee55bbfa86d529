import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const attendancePolicy = {
  /** The rules: everyone in the office may read them, coordinators and administrators change them. */
  'attendance.settings.read': { roles: STAFF_ROLES },
  'attendance.settings.manage': { roles: COORDINATOR_ROLES },
  /** Running a check-in site: the rotating screen code, the poster, scanning personal codes (kiosks sign in as staff). */
  'attendance.site.operate': { roles: STAFF_ROLES },
  /** Geofences, re-issuing a poster code, revoking a volunteer's personal code. */
  'attendance.site.manage': { roles: COORDINATOR_ROLES },
  /** The approval queue and every record: the office may look. */
  'attendance.records.read': { roles: STAFF_ROLES },
  /** Approving, rejecting, correcting, and recording for someone without a phone. */
  'attendance.records.decide': { roles: COORDINATOR_ROLES },
} as const satisfies PolicyRules;
