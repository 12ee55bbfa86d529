import type { TInsurancePlan } from '@musubi/shared';
import { ZCreateInsurancePlanRequest, ZUpdateInsurancePlanRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { planToValues, valuesToCreatePlan, valuesToUpdatePlan } from './plan-form';

const plan: TInsurancePlan = {
  id: '0b7c3c1e-8a3e-4a55-9a52-6f0f3c1d2e4f',
  name: '基本プラン',
  code: '基本A',
  coversNaturalDisaster: false,
  annualPremium: 350,
  archived: false,
};

describe('insurance plan form', () => {
  it('starts a new plan empty, without disaster cover', () => {
    expect(planToValues(null)).toEqual({
      name: '',
      code: '',
      coversNaturalDisaster: false,
      annualPremium: '',
      archived: false,
    });
  });

  it('creates with trimmed text and an empty premium as null', () => {
    const request = valuesToCreatePlan({ ...planToValues(null), name: ' 天災プラン ', coversNaturalDisaster: true });
    expect(request).toEqual({ name: '天災プラン', code: null, coversNaturalDisaster: true, annualPremium: null });
    expect(ZCreateInsurancePlanRequest.safeParse(request).success).toBe(true);
  });

  it('updates every field, archived included, and the contract accepts it', () => {
    const request = valuesToUpdatePlan({ ...planToValues(plan), archived: true, code: '' });
    expect(request).toEqual({
      name: '基本プラン',
      code: null,
      coversNaturalDisaster: false,
      annualPremium: 350,
      archived: true,
    });
    expect(ZUpdateInsurancePlanRequest.safeParse(request).success).toBe(true);
  });
});
