import type { TLocale, TOrganization, TOrganizationKind, TOrganizationProfile } from '@musubi/shared';
import { nullableText } from '../../app/forms';

/** The fields every organization has from its first day (setup, new network member). */
export interface OrganizationBasicsValues {
  name: string;
  kind: TOrganizationKind;
  locale: TLocale;
  timeZone: string;
  /** A select's value; the contract coerces it to the month number. */
  fiscalYearStartMonth: string;
}

/** The whole editable profile, as the edit form holds it (text inputs are never null). */
export interface OrganizationProfileValues extends OrganizationBasicsValues {
  email: string;
  phone: string;
  postalCode: string;
  address: string;
  website: string;
  description: string;
}

/** Japan's fiscal year starts in April (the contract's note: China and Korea usually use January). */
export const DEFAULT_FISCAL_YEAR_START_MONTH = '4';

export function basicsToRequest(values: OrganizationBasicsValues): TOrganizationProfile {
  return {
    name: values.name.trim(),
    kind: values.kind,
    locale: values.locale,
    timeZone: values.timeZone,
    fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
  };
}

export function profileToValues(organization: TOrganization): OrganizationProfileValues {
  return {
    name: organization.name,
    kind: organization.kind,
    locale: organization.locale,
    timeZone: organization.timeZone,
    fiscalYearStartMonth: String(organization.fiscalYearStartMonth),
    email: organization.email ?? '',
    phone: organization.phone ?? '',
    postalCode: organization.postalCode ?? '',
    address: organization.address ?? '',
    website: organization.website ?? '',
    description: organization.description ?? '',
  };
}

/** A cleared text input clears the field (null), as the contract expects. */
export function profileToRequest(values: OrganizationProfileValues): TOrganizationProfile {
  return {
    ...basicsToRequest(values),
    email: nullableText(values.email),
    phone: nullableText(values.phone),
    postalCode: nullableText(values.postalCode),
    address: nullableText(values.address),
    website: nullableText(values.website),
    description: nullableText(values.description),
  };
}
