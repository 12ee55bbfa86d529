import { issuePath, type TVolunteer, ZCreateVolunteerRequest, ZUpdateVolunteerRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_VOLUNTEER_FIELDS,
  newAvailabilityExceptionRow,
  newAvailabilityRow,
  toCreateRequest,
  toUpdateRequest,
  type VolunteerFieldValues,
  volunteerToValues,
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
      mailDigest: false,
      languages: [],
      skillIds: [],
      interests: [],
      availability: [{ weekday: 2, start: '09:00', end: '12:00' }],
      availabilityExceptions: [],
      consents: [
        { purpose: 'contact', granted: true },
        { purpose: 'photos', granted: true },
      ],
      confirmNotDuplicate: false,
    });
    expect(ZCreateVolunteerRequest.safeParse(request).success).toBe(true);
  });

  it('sends the daily digest and the periods away, a blank note as null', () => {
    const request = toCreateRequest({
      ...EMPTY_VOLUNTEER_FIELDS,
      name: '山田 花子',
      email: 'hanako@example.jp',
      preferredChannel: 'email',
      mailDigest: true,
      availabilityExceptions: [
        newAvailabilityExceptionRow({ from: '2026-08-10', to: '2026-08-16', note: ' お盆の帰省 ' }),
        newAvailabilityExceptionRow({ from: '2026-09-01', to: '2026-09-01', note: '  ' }),
      ],
      consents: [],
    });
    expect(request.mailDigest).toBe(true);
    expect(request.availabilityExceptions).toEqual([
      { from: '2026-08-10', to: '2026-08-16', note: 'お盆の帰省' },
      { from: '2026-09-01', to: '2026-09-01', note: null },
    ]);
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

describe('periods away and the daily digest', () => {
  const volunteer = {
    name: '山田 花子',
    nameReading: null,
    birthDate: null,
    phone: null,
    email: 'hanako@example.jp',
    preferredChannel: 'email',
    mailDigest: true,
    locale: 'ja',
    postalCode: null,
    address: null,
    languages: ['ja'],
    skillIds: [],
    interests: [],
    availability: [{ weekday: 3, start: '13:00', end: '16:00' }],
    availabilityExceptions: [
      { from: '2026-08-10', to: '2026-08-16', note: 'お盆の帰省' },
      { from: '2026-12-28', to: '2027-01-04', note: null },
    ],
    accessibilityNeeds: null,
    emergencyContactName: null,
    emergencyContactPhone: null,
    emergencyContactRelation: null,
    notes: null,
  } as unknown as TVolunteer;

  it('round-trips a saved record: loading and saving unchanged sends nothing', () => {
    const values = volunteerToValues(volunteer);
    expect(values.mailDigest).toBe(true);
    expect(values.availabilityExceptions.map(({ from, to, note }) => ({ from, to, note }))).toEqual([
      { from: '2026-08-10', to: '2026-08-16', note: 'お盆の帰省' },
      { from: '2026-12-28', to: '2027-01-04', note: '' },
    ]);
    // Every row can be told apart while rows are added and removed.
    expect(new Set(values.availabilityExceptions.map((row) => row.rowId)).size).toBe(2);
    expect(toUpdateRequest(values, volunteerToValues(volunteer))).toEqual({});
  });

  it('sends the whole list of periods when one is added or removed, and the digest when switched off', () => {
    const before = volunteerToValues(volunteer);
    const added = {
      ...before,
      mailDigest: false,
      availabilityExceptions: [
        ...before.availabilityExceptions.slice(1),
        newAvailabilityExceptionRow({ from: '2027-03-01', to: '2027-03-31', note: '入院' }),
      ],
    };
    const request = toUpdateRequest(before, added);
    expect(request).toEqual({
      mailDigest: false,
      availabilityExceptions: [
        { from: '2026-12-28', to: '2027-01-04', note: null },
        { from: '2027-03-01', to: '2027-03-31', note: '入院' },
      ],
    });
    expect(ZUpdateVolunteerRequest.safeParse(request).success).toBe(true);
  });

  it('refuses a period that ends before it starts, on the row’s end date', () => {
    const before = volunteerToValues(volunteer);
    const request = toUpdateRequest(before, {
      ...before,
      availabilityExceptions: [
        ...before.availabilityExceptions,
        newAvailabilityExceptionRow({ from: '2027-05-10', to: '2027-05-03', note: null }),
      ],
    });
    const result = ZUpdateVolunteerRequest.safeParse(request);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issuePath(issue.path), issue.message])).toEqual([
      ['availabilityExceptions.2.to', 'validation.date_range'],
    ]);
  });

  it('refuses a new period whose dates were left empty', () => {
    const before = volunteerToValues(volunteer);
    const request = toUpdateRequest(before, {
      ...before,
      availabilityExceptions: [newAvailabilityExceptionRow()],
    });
    const result = ZUpdateVolunteerRequest.safeParse(request);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issuePath(issue.path)).sort()).toEqual([
      'availabilityExceptions.0.from',
      'availabilityExceptions.0.to',
    ]);
  });
});
