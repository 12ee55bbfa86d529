import { ZCreateShiftsRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  emptyShiftForm,
  type ShiftFormValues,
  shiftRuleErrors,
  toCreateShiftsRequest,
  toFormPaths,
} from './shift-form';

const SKILL = '0b7c3c1e-8a3e-4a55-9a52-6f0f3c1d2e4f';

function form(change: Partial<ShiftFormValues> = {}): ShiftFormValues {
  const values = emptyShiftForm();
  return { ...values, date: '2026-05-12', roles: [{ ...values.roles[0], capacity: 5 }], ...change };
}

describe('add shifts form', () => {
  it('builds one shift from the organization’s wall-clock time, the general role unnamed', () => {
    const request = toCreateShiftsRequest(form(), 'Asia/Tokyo');
    expect(request).toEqual({
      startsAt: '2026-05-12T00:00:00.000Z',
      endsAt: '2026-05-12T03:00:00.000Z',
      roles: [{ name: null, capacity: 5, requiredSkillId: null }],
      waitlist: true,
      signupOpensDaysBefore: null,
      signupClosesHoursBefore: 0,
      rrule: undefined,
    });
    expect(ZCreateShiftsRequest.safeParse(request).success).toBe(true);
  });

  it('builds a weekly series with named roles and a sign-up window', () => {
    const values = form({
      repeat: 'weekly',
      weekdays: ['TU', 'TH'],
      count: 8,
      roles: [
        { rowId: 'a', name: ' 運転 ', capacity: '2', requiredSkillId: SKILL },
        { rowId: 'b', name: '', capacity: 10, requiredSkillId: '' },
      ],
      waitlist: false,
      signupOpensDaysBefore: 14,
      signupClosesHoursBefore: 24,
    });
    const request = toCreateShiftsRequest(values, 'Asia/Tokyo');
    expect(request).toMatchObject({
      roles: [
        { name: '運転', capacity: 2, requiredSkillId: SKILL },
        { name: null, capacity: 10, requiredSkillId: null },
      ],
      waitlist: false,
      signupOpensDaysBefore: 14,
      signupClosesHoursBefore: 24,
      rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8',
    });
    expect(ZCreateShiftsRequest.safeParse(request).success).toBe(true);
  });

  it('has no request until the date and times are complete', () => {
    expect(toCreateShiftsRequest(form({ date: '' }), 'Asia/Tokyo')).toBeNull();
  });

  it('asks for the date, times, places and a valid repetition', () => {
    expect(shiftRuleErrors(form())).toEqual({});
    const values = emptyShiftForm();
    expect(shiftRuleErrors({ ...values, startTime: '', endTime: '', repeat: 'weekly', count: 1 })).toEqual({
      date: 'validation.date',
      startTime: 'validation.time_of_day',
      endTime: 'validation.time_of_day',
      'roles.0.capacity': 'validation.required',
      count: 'opportunities.shift_form.errors.count',
    });
    expect(shiftRuleErrors(form({ endTime: '09:00' }))).toEqual({ endTime: 'validation.time_range' });
  });

  it('shows the contract’s instants and rule on the inputs that make them', () => {
    expect(toFormPaths({ endsAt: 'x', rrule: 'y', 'roles.0.capacity': 'z' })).toEqual({
      endTime: 'x',
      repeat: 'y',
      'roles.0.capacity': 'z',
    });
  });
});
