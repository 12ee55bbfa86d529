import { describe, expect, it } from 'vitest';
import { NO_REPEAT, type RepeatValues, repeatToRRule, rruleToRepeat } from './repeat';

describe('repeat rules', () => {
  it.each<[RepeatValues, string | null]>([
    [NO_REPEAT, null],
    [{ ...NO_REPEAT, kind: 'weekly', weekdays: ['TH', 'TU'] }, 'FREQ=WEEKLY;BYDAY=TU,TH'],
    [{ ...NO_REPEAT, kind: 'biweekly', weekdays: ['MO'] }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'],
    [{ ...NO_REPEAT, kind: 'monthly', ordinal: '2', weekdays: ['TU'] }, 'FREQ=MONTHLY;BYDAY=2TU'],
    [{ ...NO_REPEAT, kind: 'monthly', ordinal: '-1', weekdays: ['FR'] }, 'FREQ=MONTHLY;BYDAY=-1FR'],
    [{ ...NO_REPEAT, kind: 'weekly' }, 'FREQ=WEEKLY'],
  ])('writes %j as %s and reads it back the same', (values, rule) => {
    expect(repeatToRRule(values)).toBe(rule);
    const back = rruleToRepeat(rule);
    expect(repeatToRRule(back)).toBe(rule);
  });

  it('keeps a rule the form cannot show as it was written', () => {
    const rule = 'FREQ=DAILY;COUNT=5';
    expect(rruleToRepeat(rule)).toEqual({ ...NO_REPEAT, kind: 'custom', custom: rule });
    expect(repeatToRRule(rruleToRepeat(rule))).toBe(rule);
    expect(rruleToRepeat('FREQ=MONTHLY;BYDAY=1TU,3TH').kind).toBe('custom');
  });

  it('reads a rule with the RRULE: prefix', () => {
    expect(rruleToRepeat('RRULE:FREQ=WEEKLY;BYDAY=WE')).toMatchObject({ kind: 'weekly', weekdays: ['WE'] });
  });
});
