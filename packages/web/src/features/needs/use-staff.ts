import { STAFF_ROLES, type TMember } from '@musubi/shared';
import { useMembers } from '../people/use-members';

/** The organization's staff who may be in charge of a case (active, staff roles), by name. */
export function useStaffMembers(orgId: string): TMember[] {
  const members = useMembers(orgId, {});
  return (members.data?.members ?? []).filter(
    (member) => member.status === 'active' && STAFF_ROLES.includes(member.role),
  );
}
