import { ADMIN_ROLES, ROLES, type TRole } from '@musubi/shared';

/** Whether the role administers the organization (manages members, sees the audit log and outbox). */
export function isAdmin(role: TRole): boolean {
  return ADMIN_ROLES.includes(role);
}

/**
 * Roles an administrator may give or take away. Only a network administrator manages
 * network administrators (the server enforces it with ROLE_GRANT_FORBIDDEN; the UI
 * just does not offer what would be refused).
 */
export function grantableRoles(actorRole: TRole): readonly TRole[] {
  if (actorRole === 'network_admin') return ROLES;
  if (actorRole === 'org_admin') return ROLES.filter((role) => role !== 'network_admin');
  return [];
}
