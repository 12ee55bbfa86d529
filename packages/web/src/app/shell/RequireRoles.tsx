import type { TRole } from '@musubi/shared';
import type { ReactNode } from 'react';
import { useActiveMembership } from '../../features/auth/use-session';
import { AccessDeniedPage } from './AccessDeniedPage';

interface RequireRolesProps {
  roles: readonly TRole[];
  children: ReactNode;
}

/**
 * Refuses a page to the other roles. The navigation registry guards only the pages it
 * lists (`/volunteers`, `/activities`), so the pages below them (`/volunteers/new`, `/activities/:id`, ...)
 * check here; the server enforces the same roles.
 */
export function RequireRoles({ roles, children }: RequireRolesProps) {
  const membership = useActiveMembership();
  if (!membership || !roles.includes(membership.role)) return <AccessDeniedPage />;
  return children;
}

/** Whether the active role is one of `roles` (to offer an action only to those who may take it). */
export function useHasRole(roles: readonly TRole[]): boolean {
  const membership = useActiveMembership();
  return membership !== undefined && roles.includes(membership.role);
}
