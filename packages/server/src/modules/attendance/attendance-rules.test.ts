import { DEFAULT_ATTENDANCE_SETTINGS } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { settle } from './attendance-rules';
import { parseCode, stepOf, stepStart } from './codes';

const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+09:00`);
const shift = { startsAt: at('10:00'), endsAt: at('12:00') };
const base = {
  shift,
  settings: DEFAULT_ATTENDANCE_SETTINGS,
  otherMinutesToday: 0,
  eventFlags: [],
};

describe('attendance rules', () => {
  it('approves on-time attendance and credits from the shift start only', () => {
    expect(settle({ ...base, clockInAt: at('09:40'), clockOutAt: at('12:05') })).toMatchObject({
      creditedStart: at('10:00'),
      creditedEnd: at('12:05'),
      creditedMinutes: 125,
      flags: [],
      autoApprove: true,
    });
  });

  it('credits early time when the organization allows it', () => {
    const settings = { ...DEFAULT_ATTENDANCE_SETTINGS, creditBeforeShiftStart: true };
    expect(settle({ ...base, settings, clockInAt: at('09:40'), clockOutAt: at('12:00') }).creditedMinutes).toBe(140);
  });

  it('starts the credit at a late arrival and flags each edge beyond the tolerance', () => {
    expect(settle({ ...base, clockInAt: at('10:10'), clockOutAt: at('11:50') }).flags).toEqual([]);
    expect(settle({ ...base, clockInAt: at('10:11'), clockOutAt: at('11:49') })).toMatchObject({
      creditedStart: at('10:11'),
      creditedMinutes: 98,
      flags: ['late_arrival', 'left_early'],
      autoApprove: false,
    });
    expect(settle({ ...base, clockInAt: at('10:00'), clockOutAt: at('12:11') }).flags).toEqual(['stayed_late']);
    expect(settle({ ...base, shift: null, clockInAt: at('10:00'), clockOutAt: at('11:00') }).flags).toEqual([
      'no_shift',
    ]);
  });

  it('cuts the credit to what is left of the daily maximum', () => {
    const settled = settle({ ...base, otherMinutesToday: 420, clockInAt: at('10:00'), clockOutAt: at('12:00') });
    expect(settled).toMatchObject({ creditedMinutes: 60, creditedEnd: at('11:00'), flags: ['daily_max'] });
    const none = settle({ ...base, otherMinutesToday: 500, clockInAt: at('10:00'), clockOutAt: at('12:00') });
    expect(none.creditedMinutes).toBe(0);
    const unlimited = { ...DEFAULT_ATTENDANCE_SETTINGS, dailyMaxMinutes: null };
    expect(
      settle({ ...base, settings: unlimited, otherMinutesToday: 5000, clockInAt: at('10:00'), clockOutAt: at('12:00') })
        .creditedMinutes,
    ).toBe(120);
  });

  it('keeps event flags and recomputes rule flags', () => {
    const settled = settle({
      ...base,
      eventFlags: ['outside_geofence', 'late_arrival'],
      clockInAt: at('10:00'),
      clockOutAt: at('12:00'),
    });
    expect(settled.flags).toEqual(['outside_geofence']);
    expect(settled.autoApprove).toBe(false);
  });

  it('never credits negative time (left before the shift began)', () => {
    expect(settle({ ...base, clockInAt: at('09:00'), clockOutAt: at('09:30') })).toMatchObject({
      creditedMinutes: 0,
      creditedEnd: at('10:00'),
    });
  });
});

describe('attendance codes', () => {
  it('reads only canonical codes', () => {
    const orgId = '01936b2e-1b7c-7d2a-9f00-0123456789ab';
    const subject = '01936b2e-1b7c-7d2a-9f00-ba9876543210';
    const compact = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
    const text = `M1.S.${compact(orgId)}.${compact(subject)}.${(1234567).toString(36)}.abcdef.${'A'.repeat(22)}`;
    expect(parseCode(text)).toMatchObject({ type: 'S', orgId, subjectId: subject, n: 1234567 });
    expect(parseCode(text.replace('M1.S.', 'M1.X.'))).toBeNull();
    expect(parseCode(`${text}.extra`)).toBeNull();
    expect(parseCode(text.replace('.qglj.', '.0qglj.'))).toBeNull();
    expect(parseCode('https://example.org')).toBeNull();
    const place = '01936b2e-1b7c-7d2a-9f00-00000000beef';
    const atPlace = text.replace('.qglj.', `.qglj.${compact(place)}.`);
    expect(parseCode(atPlace)).toMatchObject({
      type: 'S',
      placeId: place,
      payload: atPlace.split('.').slice(0, 6).join('.'),
    });
    // A personal code never names a place.
    expect(parseCode(atPlace.replace('M1.S.', 'M1.V.'))).toBeNull();
  });

  it('steps are 30 seconds', () => {
    const t = new Date('2026-12-01T00:00:45Z');
    expect(stepStart(stepOf(t)).toISOString()).toBe('2026-12-01T00:00:30.000Z');
    expect(stepOf(new Date(t.getTime() + 30_000))).toBe(stepOf(t) + 1);
  });
});
