import type { TCsvEncoding } from '@musubi/shared';

/** The roster CSV for the insurer; a plain link, so the browser downloads it with the session cookie. */
export function rosterExportUrl(orgId: string, policyYear: number, encoding: TCsvEncoding): string {
  const query = new URLSearchParams({ policyYear: String(policyYear), encoding });
  return `/api/v1/organizations/${orgId}/insurance-enrollments/export?${query}`;
}

/** Policy years to choose from: the next one (renewals are enrolled ahead), this one and five before. */
export function policyYearOptions(current: number): number[] {
  return Array.from({ length: 7 }, (_, index) => current + 1 - index);
}
