import { type TOpportunity, ZCreateOpportunityRequest, ZUpdateOpportunityRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_OPPORTUNITY,
  formRuleErrors,
  opportunityToValues,
  toCreateRequest,
  toUpdateRequest,
} from './opportunity-form';

const SKILL = '0b7c3c1e-8a3e-4a55-9a52-6f0f3c1d2e4f';

const opportunity: TOpportunity = {
  id: '7d0e8f7a-3b1c-4f7e-9a55-1f0f3c1d2e4f',
  orgId: '1b7c3c1e-8a3e-4a55-9a52-6f0f3c1d2e4f',
  orgName: '結び野市社会福祉協議会',
  title: '子ども食堂の調理補助',
  description: null,
  category: 'children',
  online: false,
  postalCode: '100-0001',
  address: '結び野市中央1-2-3',
  area: '中央地区',
  location: { lat: 35.68, lng: 139.76 },
  requiredSkillIds: [SKILL],
  requiredInsurancePlanId: null,
  minimumAge: 16,
  accessibilityInfo: null,
  beginnerFriendly: true,
  trial: true,
  contactName: null,
  contactPhone: null,
  contactEmail: null,
  visibility: 'public',
  cancellationDeadlineHours: 24,
  status: 'published',
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
};

describe('activity form', () => {
  it('creates a draft or a published activity, blank fields as null, and the contract accepts it', () => {
    const request = toCreateRequest({ ...EMPTY_OPPORTUNITY, title: ' 公園の清掃 ', category: 'environment' }, 'draft');
    expect(request).toMatchObject({
      title: '公園の清掃',
      description: null,
      postalCode: null,
      location: null,
      minimumAge: null,
      requiredInsurancePlanId: null,
      cancellationDeadlineHours: 24,
      status: 'draft',
    });
    expect(ZCreateOpportunityRequest.safeParse(request).success).toBe(true);
    expect(toCreateRequest({ ...EMPTY_OPPORTUNITY, title: 'x' }, 'published').status).toBe('published');
  });

  it('sends the map point only with both coordinates', () => {
    const values = { ...EMPTY_OPPORTUNITY, title: 'x', location: { lat: 35.5, lng: 139.5 } };
    expect(toCreateRequest(values, 'draft').location).toEqual({ lat: 35.5, lng: 139.5 });
    expect(toCreateRequest({ ...values, location: { lat: 35.5, lng: '' } }, 'draft').location).toBeNull();
    expect(formRuleErrors({ ...values, location: { lat: 35.5, lng: '' } })).toEqual({
      'location.lng': 'opportunities.form.errors.map_point_both',
    });
    expect(formRuleErrors({ ...values, location: { lat: '', lng: 0 } })).toEqual({
      'location.lat': 'opportunities.form.errors.map_point_both',
    });
    expect(formRuleErrors(values)).toEqual({});
  });

  it('asks for a cancellation deadline (0 is allowed)', () => {
    expect(formRuleErrors({ ...EMPTY_OPPORTUNITY, cancellationDeadlineHours: '' })).toEqual({
      cancellationDeadlineHours: 'validation.required',
    });
    expect(formRuleErrors({ ...EMPTY_OPPORTUNITY, cancellationDeadlineHours: 0 })).toEqual({});
  });

  it('round-trips an activity and sends only what changed, cleared fields as null', () => {
    const before = opportunityToValues(opportunity);
    expect(toUpdateRequest(before, before)).toEqual({});
    const after = { ...before, area: '', minimumAge: '', trial: false, location: { lat: '', lng: '' } };
    const request = toUpdateRequest(before, after);
    expect(request).toEqual({ area: null, minimumAge: null, trial: false, location: null });
    expect(ZUpdateOpportunityRequest.safeParse(request).success).toBe(true);
  });
});
