import { describe, expect, it } from 'vitest';
import { ZSetupRequest } from '../contracts/setup.contract';
import { describeIssue, issuePath } from './field-issues';

describe('describeIssue', () => {
  it('maps zod issues of a real contract to i18n keys with parameters', () => {
    const result = ZSetupRequest.safeParse({
      organization: { name: '', kind: 'castle', locale: 'ja', timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 0 },
      admin: { name: 'A', email: 'a@b', password: 'x', nameReading: 'エー123' },
    });
    expect(result.success).toBe(false);
    const described = Object.fromEntries(result.error!.issues.map((i) => [issuePath(i.path), describeIssue(i)]));
    expect(described).toEqual({
      'organization.name': { key: 'validation.required', params: {} },
      'organization.kind': { key: 'validation.invalid_value', params: {} },
      'organization.fiscalYearStartMonth': { key: 'validation.too_small_number', params: { minimum: 1 } },
      'admin.email': { key: 'validation.email', params: {} },
      'admin.password': { key: 'validation.too_small_string', params: { minimum: 8 } },
      'admin.nameReading': { key: 'validation.name_reading', params: {} },
    });
  });

  it('treats a missing field as required', () => {
    const result = ZSetupRequest.safeParse({ organization: {} });
    const admin = result.error!.issues.find((i) => issuePath(i.path) === 'admin')!;
    expect(describeIssue(admin).key).toBe('validation.required');
  });
});
