import { ZCreateDirectoryServiceRequest, ZDirectorySchedule } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  newScheduleRow,
  scheduleRowErrors,
  scheduleToValues,
  serviceToValues,
  valuesToLocation,
  valuesToNewService,
  valuesToSchedule,
} from './directory-form';

describe('opening hours in the form', () => {
  it('makes weekly days into BYDAY, Monday first', () => {
    const row = { ...newScheduleRow(), days: ['FR', 'MO'] as const, opensAt: '10:00', closesAt: '12:00' };
    expect(valuesToSchedule({ ...row, days: [...row.days] })).toEqual({
      freq: 'WEEKLY',
      byday: ['MO', 'FR'],
      opensAt: '10:00',
      closesAt: '12:00',
      validFrom: null,
      validTo: null,
      description: null,
    });
  });

  it('puts each chosen week before each day for monthly rules, and reads them back', () => {
    const row = { ...newScheduleRow(), freq: 'MONTHLY' as const, days: ['SA' as const], weeks: ['4', '2'] };
    const schedule = valuesToSchedule(row);
    expect(schedule.byday).toEqual(['2SA', '4SA']);
    expect(ZDirectorySchedule.safeParse(schedule).success).toBe(true);
    const back = scheduleToValues({
      ...ZDirectorySchedule.parse(schedule),
      validFrom: null,
      validTo: null,
      description: null,
    });
    expect(back).toMatchObject({ freq: 'MONTHLY', days: ['SA'], weeks: ['2', '4'] });
    expect(
      scheduleToValues({ ...back, byday: ['-1FR'], freq: 'MONTHLY', validFrom: null, validTo: null, description: null })
        .weeks,
    ).toEqual(['-1']);
  });

  it('asks for days, and for weeks when monthly', () => {
    const rows = [newScheduleRow(), { ...newScheduleRow(), freq: 'MONTHLY' as const, days: ['SA' as const] }];
    expect(scheduleRowErrors(rows)).toEqual({
      'schedules.0.days': 'directory.form.hours.choose_days',
      'schedules.1.weeks': 'directory.form.hours.choose_weeks',
    });
  });
});

describe('entries in the form', () => {
  it('sends cleared texts as null and a map point only when both numbers are given', () => {
    const location = valuesToLocation({
      name: ' 公民館 ',
      description: '',
      postalCode: '',
      address: '結び野市本町1-1',
      area: '',
      lat: 35.7,
      lng: '',
      accessibility: ' ',
      schedules: [],
    });
    expect(location).toEqual({
      name: '公民館',
      description: null,
      postalCode: null,
      address: '結び野市本町1-1',
      area: null,
      location: null,
      accessibility: null,
      schedules: [],
    });
  });

  it('builds a service the contract accepts from a blank form with a name', () => {
    const values = { ...serviceToValues(null), name: '配食サービス', categories: ['food' as const] };
    const request = valuesToNewService('01900000-0000-7000-8000-000000000001', values);
    expect(ZCreateDirectoryServiceRequest.safeParse(request).success).toBe(true);
    expect(request).toMatchObject({ status: 'active', locationIds: [], schedules: [], contactPhone: null });
  });
});
