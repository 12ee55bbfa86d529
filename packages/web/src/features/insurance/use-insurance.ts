import type { TCreateInsurancePlanRequest, TUpdateInsurancePlanRequest } from '@musubi/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createInsurancePlan,
  getInsuranceRenewals,
  getInsuranceRoster,
  insurancePlansQueryKey,
  insuranceRenewalsQueryKey,
  insuranceRosterQueryKey,
  listInsurancePlans,
  updateInsurancePlan,
} from './insurance.api';

export function useInsurancePlans(orgId: string) {
  return useQuery({ queryKey: insurancePlansQueryKey(orgId), queryFn: () => listInsurancePlans(orgId) });
}

/** A plan's name appears on the roster and the renewals list too, so they reload with it. */
function usePlansChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: insurancePlansQueryKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: insuranceRosterQueryKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: insuranceRenewalsQueryKey(orgId) }),
    ]);
}

export function useCreateInsurancePlan(orgId: string) {
  const onSuccess = usePlansChanged(orgId);
  return useMutation({
    mutationFn: (body: TCreateInsurancePlanRequest) => createInsurancePlan(orgId, body),
    onSuccess,
  });
}

export function useUpdateInsurancePlan(orgId: string) {
  const onSuccess = usePlansChanged(orgId);
  return useMutation({
    mutationFn: ({ planId, body }: { planId: string; body: TUpdateInsurancePlanRequest }) =>
      updateInsurancePlan(orgId, planId, body),
    onSuccess,
  });
}

/** The roster of a policy year; null asks for the one containing today. */
export function useInsuranceRoster(orgId: string, policyYear: number | null) {
  return useQuery({
    queryKey: insuranceRosterQueryKey(orgId, policyYear),
    queryFn: () => getInsuranceRoster(orgId, policyYear),
    placeholderData: keepPreviousData,
  });
}

export function useInsuranceRenewals(orgId: string) {
  return useQuery({ queryKey: insuranceRenewalsQueryKey(orgId), queryFn: () => getInsuranceRenewals(orgId) });
}
