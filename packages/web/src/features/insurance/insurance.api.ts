import type {
  TCreateInsurancePlanRequest,
  TInsurancePlan,
  TInsurancePlanListResponse,
  TInsuranceRenewalsResponse,
  TInsuranceRosterResponse,
  TUpdateInsurancePlanRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

export const insurancePlansQueryKey = (orgId: string) => ['insurance-plans', orgId] as const;
/** Every roster of an organization starts with this key; `null` is "the policy year containing today". */
export const insuranceRosterQueryKey = (orgId: string, policyYear?: number | null) =>
  policyYear === undefined
    ? (['insurance-roster', orgId] as const)
    : (['insurance-roster', orgId, policyYear] as const);
export const insuranceRenewalsQueryKey = (orgId: string) => ['insurance-renewals', orgId] as const;

const base = (orgId: string) => `/api/v1/organizations/${orgId}`;

export function listInsurancePlans(orgId: string): Promise<TInsurancePlanListResponse> {
  return api.get(`${base(orgId)}/insurance-plans`);
}

export function createInsurancePlan(orgId: string, body: TCreateInsurancePlanRequest): Promise<TInsurancePlan> {
  return api.post(`${base(orgId)}/insurance-plans`, body);
}

export function updateInsurancePlan(
  orgId: string,
  planId: string,
  body: TUpdateInsurancePlanRequest,
): Promise<TInsurancePlan> {
  return api.patch(`${base(orgId)}/insurance-plans/${planId}`, body);
}

/** Without a policy year, the server answers the one containing today (in the organization's time zone). */
export function getInsuranceRoster(orgId: string, policyYear: number | null): Promise<TInsuranceRosterResponse> {
  return api.get(`${base(orgId)}/insurance-enrollments`, { policyYear: policyYear ?? undefined });
}

export function getInsuranceRenewals(orgId: string): Promise<TInsuranceRenewalsResponse> {
  return api.get(`${base(orgId)}/insurance-renewals`);
}
