import { COORDINATOR_ROLES, STAFF_ROLES, type TRole } from '@musubi/shared';
import type { ReactNode } from 'react';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { useActiveMembership } from '../auth/use-session';

/** Who reads the directory (the server's 'directory.read'): staff, and partners who refer too. */
export const DIRECTORY_READER_ROLES: readonly TRole[] = [...STAFF_ROLES, 'partner'];
/** Who keeps it (the server's 'directory.manage'). */
export const DIRECTORY_MANAGER_ROLES: readonly TRole[] = COORDINATOR_ROLES;

interface GuardProps {
  children: (orgId: string) => ReactNode;
}

/** The pages below /directory check their own roles: the navigation registry matches exact paths. */
export function DirectoryReaders({ children }: GuardProps) {
  const membership = useActiveMembership();
  return <RequireRoles roles={DIRECTORY_READER_ROLES}>{membership && children(membership.orgId)}</RequireRoles>;
}

export function DirectoryManagers({ children }: GuardProps) {
  const membership = useActiveMembership();
  return <RequireRoles roles={DIRECTORY_MANAGER_ROLES}>{membership && children(membership.orgId)}</RequireRoles>;
}
