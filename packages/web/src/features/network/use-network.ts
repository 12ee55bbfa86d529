import type { TAddNetworkMemberRequest } from '@musubi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dashboardQueryKey } from '../dashboard/dashboard.api';
import { addNetworkMember, getNetwork, getNetworkPeers, networkPeersQueryKey, networkQueryKey } from './network.api';

export function useNetwork(orgId: string) {
  return useQuery({ queryKey: networkQueryKey(orgId), queryFn: () => getNetwork(orgId) });
}

/** The other organizations of this organization's networks, for referrals; they change rarely. */
export function useNetworkPeers(orgId: string) {
  return useQuery({ queryKey: networkPeersQueryKey(orgId), queryFn: () => getNetworkPeers(orgId), staleTime: 300_000 });
}

export function useAddNetworkMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAddNetworkMemberRequest) => addNetworkMember(orgId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: networkQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: networkPeersQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: dashboardQueryKey(orgId) }),
      ]),
  });
}
