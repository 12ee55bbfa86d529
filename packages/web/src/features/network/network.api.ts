import type {
  TAddNetworkMemberRequest,
  TNetworkMemberOrganization,
  TNetworkPeersResponse,
  TNetworkResponse,
} from '@musubi/shared';
import { api } from '../../app/api-client';

export const networkQueryKey = (orgId: string) => ['network', orgId] as const;

export function getNetwork(orgId: string): Promise<TNetworkResponse> {
  return api.get(`/api/v1/organizations/${orgId}/network`);
}

export const networkPeersQueryKey = (orgId: string) => ['network-peers', orgId] as const;

/** The other organizations of this organization's networks (any staff member may list them). */
export function getNetworkPeers(orgId: string): Promise<TNetworkPeersResponse> {
  return api.get(`/api/v1/organizations/${orgId}/network/peers`);
}

/** Creates a member organization and invites its first administrator. */
export function addNetworkMember(orgId: string, body: TAddNetworkMemberRequest): Promise<TNetworkMemberOrganization> {
  return api.post(`/api/v1/organizations/${orgId}/network/members`, body);
}
