import { type TShift, ZUpdateShiftRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  type OccurrenceFormValues,
  occurrenceFormOf,
  occurrenceRuleErrors,
  toOccurrenceFormPaths,
  toUpdateShiftRequest,
} from './occurrence-form';

const GENERAL = '0196a000-0000-7000-8000-000000000001';
const DRIVER = '0196a000-0000-7000-8000-000000000002';

function shift(startsAt: string, endsAt: string): TShift {
  return {
    id: '0196a000-0000-7000-8000-0000000000aa',
    opportunityId: '0196a000-0000-7000-8000-0000000000bb',
    seriesId: '0196a000-0000-7000-8000-0000000000cc',
    startsAt,
    endsAt,
    status: 'scheduled',
    waitlist: true,
    signupOpensAt: null,
    signupClosesAt: startsAt,
    detached: false,
    cancelReason: null,
    roles: [
      { id: GENERAL, name: null, capacity: 5, requiredSkillId: null, confirmed: 2, waitlisted: 0 },
      { id: DRIVER, name: '運転', capacity: 2, requiredSkillId: null, confirmed: 0, waitlisted: 0 },
    ],
  };
}

/** Tuesday 12 May 2026, 10:00–13:00 in Tokyo. */
const TOKYO_SHIFT = shift('2026-05-12T01:00:00.000Z', '2026-05-12T04:00:00.000Z');

describe('change one date of a shift', () => {
  it('opens with the shift’s date and times as the organization’s clocks read them', () => {
    expect(occurrenceFormOf(TOKYO_SHIFT, 'Asia/Tokyo')).toEqual({
      date: '2026-05-12',
      startTime: '10:00',
      endTime: '13:00',
      roles: [
        { id: GENERAL, name: null, capacity: 5, confirmed: 2 },
        { id: DRIVER, name: '運転', capacity: 2, confirmed: 0 },
      ],
    });
    // The same instants on a New York organization's clocks: the evening before.
    expect(occurrenceFormOf(TOKYO_SHIFT, 'America/New_York')).toMatchObject({
      date: '2026-05-11',
      startTime: '21:00',
      endTime: '00:00',
    });
  });

  it('sends a new end time read in Tokyo, and only the role whose places changed', () => {
    const initial = occurrenceFormOf(TOKYO_SHIFT, 'Asia/Tokyo');
    const values: OccurrenceFormValues = {
      ...initial,
      endTime: '14:00',
      roles: [initial.roles[0], { ...initial.roles[1], capacity: '3' }],
    };
    const request = toUpdateShiftRequest(values, initial, 'Asia/Tokyo');
    expect(request).toEqual({
      startsAt: '2026-05-12T01:00:00.000Z',
      endsAt: '2026-05-12T05:00:00.000Z',
      roles: [{ id: DRIVER, capacity: 3 }],
    });
    expect(ZUpdateShiftRequest.safeParse(request).success).toBe(true);
  });

  it('keeps the wall-clock time in New York on either side of the DST change', () => {
    // 9:00–12:00 on Monday 2 March 2026 (EST, UTC−5), moved to Monday 9 March (EDT, UTC−4).
    const winter = shift('2026-03-02T14:00:00.000Z', '2026-03-02T17:00:00.000Z');
    const initial = occurrenceFormOf(winter, 'America/New_York');
    expect(initial).toMatchObject({ date: '2026-03-02', startTime: '09:00', endTime: '12:00' });
    expect(toUpdateShiftRequest({ ...initial, date: '2026-03-09' }, initial, 'America/New_York')).toEqual({
      startsAt: '2026-03-09T13:00:00.000Z',
      endsAt: '2026-03-09T16:00:00.000Z',
    });
  });

  it('ends a night shift on the next day', () => {
    const initial = occurrenceFormOf(TOKYO_SHIFT, 'Asia/Tokyo');
    expect(toUpdateShiftRequest({ ...initial, startTime: '22:00', endTime: '06:00' }, initial, 'Asia/Tokyo')).toEqual({
      startsAt: '2026-05-12T13:00:00.000Z',
      endsAt: '2026-05-12T21:00:00.000Z',
    });
  });

  it('sends nothing when nothing changed, and has no request while a time is incomplete', () => {
    const initial = occurrenceFormOf(TOKYO_SHIFT, 'Asia/Tokyo');
    // A capacity typed back to its number is no change.
    const retyped = { ...initial, roles: [{ ...initial.roles[0], capacity: '5' }, initial.roles[1]] };
    expect(toUpdateShiftRequest(retyped, initial, 'Asia/Tokyo')).toEqual({});
    expect(toUpdateShiftRequest({ ...initial, endTime: '' }, initial, 'Asia/Tokyo')).toBeNull();
  });

  it('asks for a date, times, and places from the confirmed count up to 1000', () => {
    const initial = occurrenceFormOf(TOKYO_SHIFT, 'Asia/Tokyo');
    expect(occurrenceRuleErrors(initial)).toEqual({});
    expect(
      occurrenceRuleErrors({
        date: '',
        startTime: '9',
        endTime: '',
        roles: [
          { ...initial.roles[0], capacity: 1 },
          { ...initial.roles[1], capacity: '' },
        ],
      }),
    ).toEqual({
      date: 'validation.date',
      startTime: 'validation.time_of_day',
      endTime: 'validation.time_of_day',
      'roles.0.capacity': 'errors.SHIFT_CAPACITY_BELOW_CONFIRMED',
      'roles.1.capacity': 'validation.required',
    });
    expect(
      occurrenceRuleErrors({
        ...initial,
        endTime: '10:00',
        roles: [
          { ...initial.roles[0], capacity: 1001 },
          { ...initial.roles[1], capacity: 0 },
        ],
      }),
    ).toEqual({
      endTime: 'validation.time_range',
      'roles.0.capacity': 'opportunities.occurrence.errors.capacity',
      'roles.1.capacity': 'opportunities.occurrence.errors.capacity',
    });
  });

  it('shows a refusal on the input that made it, a role on its own row', () => {
    const initial = occurrenceFormOf(TOKYO_SHIFT, 'Asia/Tokyo');
    const request = { roles: [{ id: DRIVER, capacity: 3 }] };
    expect(toOccurrenceFormPaths({ endsAt: 'x', 'roles.0.capacity': 'y', other: 'z' }, request, initial)).toEqual({
      endTime: 'x',
      'roles.1.capacity': 'y',
      other: 'z',
    });
  });
});
