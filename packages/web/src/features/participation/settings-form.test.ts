import type { TParticipationSettings } from '@musubi/shared';
import { ZParticipationSettings } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  changedSettings,
  collapseListErrors,
  formatHour,
  parseMilestones,
  settingsToValues,
  valuesToDraft,
} from './settings-form';

const saved: TParticipationSettings = {
  selfRegistrationOpen: false,
  insurancePolicyStartMonth: 4,
  insuranceCheck: 'warn',
  maxHoursPerDay: null,
  maxShiftsPerWeek: 3,
  reminderHoursBefore: 24,
  digestHour: 8,
  lapsedAfterMonths: 12,
  milestoneHours: [10, 50, 100],
  consentWordingVersion: '2026-04',
};

describe('parseMilestones', () => {
  it('reads commas, Japanese commas, spaces and full-width digits, sorted without repeats', () => {
    expect(parseMilestones('100, 10、５０ 10')).toEqual([10, 50, 100]);
    expect(parseMilestones('  ')).toEqual([]);
  });

  it('keeps what is not a number as NaN, last, for the contract to refuse', () => {
    const hours = parseMilestones('50, abc, 10');
    expect(hours.slice(0, 2)).toEqual([10, 50]);
    expect(hours[2]).toBeNaN();
  });
});

describe('formatHour', () => {
  it('shows the hour as a clock does', () => {
    expect([0, 8, 23].map(formatHour)).toEqual(['00:00', '08:00', '23:00']);
  });
});

describe('settings form', () => {
  it('round-trips saved settings without changes', () => {
    const draft = valuesToDraft(settingsToValues(saved));
    expect(draft).toEqual(saved);
    expect(changedSettings(saved, draft)).toEqual({});
  });

  it('sends only the changed fields; an emptied limit is null', () => {
    const values = { ...settingsToValues(saved), maxShiftsPerWeek: '', selfRegistrationOpen: true };
    values.milestoneHours = '10, 50, 100, 200';
    expect(changedSettings(saved, valuesToDraft(values))).toEqual({
      selfRegistrationOpen: true,
      maxShiftsPerWeek: null,
      milestoneHours: [10, 50, 100, 200],
    });
  });

  it('sends the digest hour chosen in the hour select as a number', () => {
    const values = { ...settingsToValues(saved), digestHour: '18' };
    expect(settingsToValues(saved).digestHour).toBe('8');
    expect(changedSettings(saved, valuesToDraft(values))).toEqual({ digestHour: 18 });
  });

  it('leaves an emptied required number undefined, so the contract asks for it', () => {
    const draft = valuesToDraft({ ...settingsToValues(saved), reminderHoursBefore: '' });
    expect(draft.reminderHoursBefore).toBeUndefined();
    expect(ZParticipationSettings.safeParse(draft).success).toBe(false);
  });

  it('puts errors on single milestones on the milestones input', () => {
    expect(
      collapseListErrors({ 'milestoneHours.2': 'a', 'milestoneHours.3': 'b', other: 'c' }, 'milestoneHours'),
    ).toEqual({ milestoneHours: 'a', other: 'c' });
  });
});
