import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../ui/format';
import { policyYearOptions, rosterExportUrl } from './roster';

describe('insurance roster', () => {
  it('links the roster export for a policy year and encoding', () => {
    expect(rosterExportUrl('org-1', 2026, 'cp932')).toBe(
      '/api/v1/organizations/org-1/insurance-enrollments/export?policyYear=2026&encoding=cp932',
    );
  });

  it('offers the next policy year, this one and five before, newest first', () => {
    expect(policyYearOptions(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('formats calendar dates as the same day in every time zone', () => {
    expect(formatCalendarDate('2027-03-31', 'en')).toBe('Mar 31, 2027');
    expect(formatCalendarDate('2027-03-31', 'ja')).toBe('2027/03/31');
  });
});
