import type { TCreateInsurancePlanRequest, TInsurancePlan, TUpdateInsurancePlanRequest } from '@musubi/shared';

/** A plan as its form holds it; the premium input gives '' when empty. */
export interface PlanValues {
  name: string;
  code: string;
  coversNaturalDisaster: boolean;
  annualPremium: number | string;
  archived: boolean;
}

export function planToValues(plan: TInsurancePlan | null): PlanValues {
  return {
    name: plan?.name ?? '',
    code: plan?.code ?? '',
    coversNaturalDisaster: plan?.coversNaturalDisaster ?? false,
    annualPremium: plan?.annualPremium ?? '',
    archived: plan?.archived ?? false,
  };
}

function premium(value: number | string): number | null {
  return value === '' ? null : Number(value);
}

export function valuesToCreatePlan(values: PlanValues): TCreateInsurancePlanRequest {
  return {
    name: values.name.trim(),
    code: values.code.trim() || null,
    coversNaturalDisaster: values.coversNaturalDisaster,
    annualPremium: premium(values.annualPremium),
  };
}

/** Every editable field: clearing the code or the premium clears it (null). */
export function valuesToUpdatePlan(values: PlanValues): TUpdateInsurancePlanRequest {
  return { ...valuesToCreatePlan(values), annualPremium: premium(values.annualPremium), archived: values.archived };
}
