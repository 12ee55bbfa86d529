import type {
  TActivityCategory,
  TCreateOpportunityRequest,
  TOpportunity,
  TUpdateOpportunityRequest,
  TVisibility,
} from '@musubi/shared';

/** A cleared input clears the field (null), as app/forms' nullableText (not imported: these helpers run without a DOM). */
function nullableText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** An activity as its form holds it: text inputs are never null, number inputs give '' when empty. */
export interface OpportunityValues {
  title: string;
  description: string;
  category: TActivityCategory;
  online: boolean;
  postalCode: string;
  address: string;
  area: string;
  /** The map point: both coordinates or neither (number inputs give '' when empty). */
  location: { lat: number | string; lng: number | string };
  requiredSkillIds: string[];
  /** Empty: no plan required. */
  requiredInsurancePlanId: string;
  minimumAge: number | string;
  accessibilityInfo: string;
  beginnerFriendly: boolean;
  trial: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  visibility: TVisibility;
  cancellationDeadlineHours: number | string;
}

export const EMPTY_OPPORTUNITY: OpportunityValues = {
  title: '',
  description: '',
  category: 'community',
  online: false,
  postalCode: '',
  address: '',
  area: '',
  location: { lat: '', lng: '' },
  requiredSkillIds: [],
  requiredInsurancePlanId: '',
  minimumAge: '',
  accessibilityInfo: '',
  beginnerFriendly: false,
  trial: false,
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  visibility: 'public',
  cancellationDeadlineHours: 24,
};

function numberOrNull(value: number | string): number | null {
  if (value === '') return null;
  const number = Number(value);
  return Number.isNaN(number) ? null : number;
}

/** The map point, when both coordinates are given. */
function location(values: OpportunityValues): { lat: number; lng: number } | null {
  const lat = numberOrNull(values.location.lat);
  const lng = numberOrNull(values.location.lng);
  return lat === null || lng === null ? null : { lat, lng };
}

/**
 * What the contract cannot see in the request, as message keys by field: a map point needs both
 * coordinates, and the cancellation deadline cannot be left empty.
 */
export function formRuleErrors(values: OpportunityValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const lat = numberOrNull(values.location.lat);
  const lng = numberOrNull(values.location.lng);
  if (lat !== null && lng === null) errors['location.lng'] = 'opportunities.form.errors.map_point_both';
  if (lat === null && lng !== null) errors['location.lat'] = 'opportunities.form.errors.map_point_both';
  if (values.cancellationDeadlineHours === '') errors.cancellationDeadlineHours = 'validation.required';
  return errors;
}

/** Every field as PATCH and POST carry it; a cleared input clears the field (null). */
export function toOpportunityFields(values: OpportunityValues) {
  return {
    title: values.title.trim(),
    description: nullableText(values.description),
    category: values.category,
    online: values.online,
    postalCode: nullableText(values.postalCode),
    address: nullableText(values.address),
    area: nullableText(values.area),
    location: location(values),
    requiredSkillIds: values.requiredSkillIds,
    requiredInsurancePlanId: values.requiredInsurancePlanId || null,
    minimumAge: numberOrNull(values.minimumAge),
    accessibilityInfo: nullableText(values.accessibilityInfo),
    beginnerFriendly: values.beginnerFriendly,
    trial: values.trial,
    contactName: nullableText(values.contactName),
    contactPhone: nullableText(values.contactPhone),
    contactEmail: nullableText(values.contactEmail),
    visibility: values.visibility,
    // Never empty once formRuleErrors has passed.
    cancellationDeadlineHours: Number(values.cancellationDeadlineHours),
  } satisfies TUpdateOpportunityRequest;
}

export function toCreateRequest(values: OpportunityValues, status: 'draft' | 'published'): TCreateOpportunityRequest {
  return { ...toOpportunityFields(values), status };
}

/** Only the fields that differ from the activity as it was loaded. */
export function toUpdateRequest(before: OpportunityValues, after: OpportunityValues): TUpdateOpportunityRequest {
  const old = toOpportunityFields(before);
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(toOpportunityFields(after))) {
    if (JSON.stringify(value) !== JSON.stringify(old[key as keyof typeof old])) changed[key] = value;
  }
  return changed as TUpdateOpportunityRequest;
}

export function opportunityToValues(opportunity: TOpportunity): OpportunityValues {
  return {
    title: opportunity.title,
    description: opportunity.description ?? '',
    category: opportunity.category,
    online: opportunity.online,
    postalCode: opportunity.postalCode ?? '',
    address: opportunity.address ?? '',
    area: opportunity.area ?? '',
    location: { lat: opportunity.location?.lat ?? '', lng: opportunity.location?.lng ?? '' },
    requiredSkillIds: opportunity.requiredSkillIds,
    requiredInsurancePlanId: opportunity.requiredInsurancePlanId ?? '',
    minimumAge: opportunity.minimumAge ?? '',
    accessibilityInfo: opportunity.accessibilityInfo ?? '',
    beginnerFriendly: opportunity.beginnerFriendly,
    trial: opportunity.trial,
    contactName: opportunity.contactName ?? '',
    contactPhone: opportunity.contactPhone ?? '',
    contactEmail: opportunity.contactEmail ?? '',
    visibility: opportunity.visibility,
    cancellationDeadlineHours: opportunity.cancellationDeadlineHours,
  };
}
