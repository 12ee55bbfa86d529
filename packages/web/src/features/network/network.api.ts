import type { TAddNetworkMemberRequest, TNetworkMemberOrganization, TNetworkResponse } from '@musubi/shared';
import { api } from '../../app/api-client';

export const networkQueryKey = (orgId: string) => ['network', orgId] as const;

export function getNetwork(orgId: string): Promise<TNetworkResponse> {
  return api.get(`/api/v1/organizations/${orgId}/network`);
}

/** Creates a member organization and invites its first administrator. */
export function addNetworkMember(orgId: string, body: TAddNetworkMemberRequest): Promise<TNetworkMemberOrganization> {
  return api.post(`/api/v1/organizations/${orgId}/network/members`, body);
}
