import type { TDashboardResponse } from '@musubi/shared';
import { api } from '../../app/api-client';

export const dashboardQueryKey = (orgId: string) => ['dashboard', orgId] as const;

export function getDashboard(orgId: string): Promise<TDashboardResponse> {
  return api.get(`/api/v1/organizations/${orgId}/dashboard`);
}
