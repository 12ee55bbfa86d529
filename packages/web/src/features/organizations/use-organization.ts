import type { TUpdateOrganizationRequest } from '@musubi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getOrganization, organizationQueryKey, updateOrganization } from './organizations.api';

export function useOrganization(orgId: string) {
  return useQuery({ queryKey: organizationQueryKey(orgId), queryFn: () => getOrganization(orgId) });
}

/** Saves the profile; the name also appears in the session and on the dashboard, so both reload. */
export function useUpdateOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateOrganizationRequest) => updateOrganization(orgId, body),
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationQueryKey(orgId), organization);
      await queryClient.invalidateQueries();
    },
  });
}
