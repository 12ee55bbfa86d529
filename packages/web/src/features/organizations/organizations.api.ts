import type { TOrganization, TUpdateOrganizationRequest } from '@musubi/shared';
import { api } from '../../app/api-client';

export const organizationQueryKey = (orgId: string) => ['organization', orgId] as const;

export function getOrganization(orgId: string): Promise<TOrganization> {
  return api.get(`/api/v1/organizations/${orgId}`);
}

export function updateOrganization(orgId: string, body: TUpdateOrganizationRequest): Promise<TOrganization> {
  return api.patch(`/api/v1/organizations/${orgId}`, body);
}
