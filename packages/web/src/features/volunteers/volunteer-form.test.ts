import { ZCreateVolunteerRequest, ZUpdateVolunteerRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_VOLUNTEER_FIELDS,
  newAvailabilityRow,
  toCreateRequest,
  toUpdateRequest,
  type VolunteerFieldValues,
} from './volunteer-form';

describe('toCreateRequest', () => {
  it('leaves blank fields out and records the consents given', () => {
    const request = toCreateRequest({
      ...EMPTY_VOLUNTEER_FIELDS,
      name: ' 山田 花子 ',
      phone: '090-1234-5678',
      availability: [newAvailabilityRow({ weekday: 2, start: '09:00', end: '12:00' })],
      consents: ['contact', 'photos'],
    });
    expect(request).toEqual({
      name: '山田 花子',
      phone: '090-1234-5678',
      preferredChannel: 'phone',
      languages: [],
      skillIds: [],
      interests: [],
      availability: [{ weekday: 2, start: '09:00', end: '12:00' }],
      consents: [
        { purpose: 'contact', granted: true },
        { purpose: 'photos', granted: true },
      ],
      confirmNotDuplicate: false,
    });
    expect(ZCreateVolunteerRequest.safeParse(request).success).toBe(true);
  });

  it('can confirm a different person', () => {
    const request = toCreateRequest({ ...EMPTY_VOLUNTEER_FIELDS, name: '山田 花子', consents: [] }, true);
    expect(request.confirmNotDuplicate).toBe(true);
  });
});

describe('toUpdateRequest', () => {
  const before: VolunteerFieldValues = {
    ...EMPTY_VOLUNTEER_FIELDS,
    name: '山田 花子',
    locale: 'ja',
    email: 'hanako@example.jp',
    languages: ['ja'],
  };

  it('sends nothing when nothing changed', () => {
    expect(toUpdateRequest(before, { ...before })).toEqual({});
  });

  it('sends only the changed fields, a cleared one as null', () => {
    const request = toUpdateRequest(before, { ...before, email: '', languages: ['ja', 'vi'], notes: '電話で登録' });
    expect(request).toEqual({ email: null, languages: ['ja', 'vi'], notes: '電話で登録' });
    expect(ZUpdateVolunteerRequest.safeParse(request).success).toBe(true);
  });
});
