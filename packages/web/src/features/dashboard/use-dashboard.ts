import { useQuery } from '@tanstack/react-query';
import { dashboardQueryKey, getDashboard } from './dashboard.api';

export function useDashboard(orgId: string) {
  return useQuery({ queryKey: dashboardQueryKey(orgId), queryFn: () => getDashboard(orgId) });
}
