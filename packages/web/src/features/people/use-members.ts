import type { TAddMemberRequest, TMemberListQuery, TRole } from '@musubi/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../auth/auth.api';
import { dashboardQueryKey } from '../dashboard/dashboard.api';
import { addMember, changeMemberRole, listMembers, membersQueryKey, removeMember } from './people.api';

export function useMembers(orgId: string, query: TMemberListQuery) {
  return useQuery({
    queryKey: [...membersQueryKey(orgId), query],
    queryFn: () => listMembers(orgId, query),
    // Keep the table in place while a new search loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

/**
 * After any change to the members, the lists and the dashboard's counts reload, and so
 * does the session: the change may have been to the person's own role.
 */
function useMembersChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersQueryKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: dashboardQueryKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
    ]);
}

export function useAddMember(orgId: string) {
  const onSuccess = useMembersChanged(orgId);
  return useMutation({ mutationFn: (body: TAddMemberRequest) => addMember(orgId, body), onSuccess });
}

export function useChangeMemberRole(orgId: string) {
  const onSuccess = useMembersChanged(orgId);
  return useMutation({
    mutationFn: ({ accountId, role }: { accountId: string; role: TRole }) =>
      changeMemberRole(orgId, accountId, { role }),
    onSuccess,
  });
}

export function useRemoveMember(orgId: string) {
  const onSuccess = useMembersChanged(orgId);
  return useMutation({ mutationFn: (accountId: string) => removeMember(orgId, accountId), onSuccess });
}
