import { COORDINATOR_ROLES, STAFF_ROLES, type TRole } from '@musubi/shared';

/** Who may post and change activities and shifts: coordinators, and partners their own (the server's rule). */
export const ACTIVITY_MANAGER_ROLES: readonly TRole[] = [...COORDINATOR_ROLES, 'partner'];

/** Who may see the organization's activities and their shifts: staff, and partners who post them. */
export const ACTIVITY_READER_ROLES: readonly TRole[] = [...STAFF_ROLES, 'partner'];
