import { describe, expect, it } from 'vitest';
import { categoriesOf, derivedId, languageOf, organizationsOf, readSchedule, wallTime } from './hsds';

const TOKYO = 540;

describe('reading HSDS', () => {
  it('finds the organizations of a page, a list or a single organization', () => {
    expect(organizationsOf({ total_items: 1, contents: [{ id: 'a' }] })).toEqual([{ id: 'a' }]);
    expect(organizationsOf([{ id: 'a' }, { id: 'b' }])).toHaveLength(2);
    expect(organizationsOf({ id: 'a', name: 'x' })).toEqual([{ id: 'a', name: 'x' }]);
    expect(organizationsOf({ hello: 'world' })).toBeNull();
    expect(organizationsOf('text')).toBeNull();
  });

  it('reads times as the organization’s wall clock, moving those written for another offset', () => {
    expect(wallTime('09:00', undefined, TOKYO)).toBe('09:00');
    expect(wallTime('9:30:00', undefined, TOKYO)).toBe('09:30');
    expect(wallTime('09:00+09:00', undefined, TOKYO)).toBe('09:00');
    expect(wallTime('00:00Z', undefined, TOKYO)).toBe('09:00');
    expect(wallTime('08:00+0800', undefined, TOKYO)).toBe('09:00');
    expect(wallTime('10:00', 8, TOKYO)).toBe('11:00');
    // 20:00 UTC is 05:00 the next day in Tokyo: a day the rule does not name.
    expect(wallTime('20:00Z', undefined, TOKYO)).toBeUndefined();
    expect(wallTime('25:00', undefined, TOKYO)).toBeUndefined();
    expect(wallTime('noon', undefined, TOKYO)).toBeUndefined();
  });

  it('keeps weekly and monthly weekday rules and leaves out what Musubi cannot keep', () => {
    expect(
      readSchedule(
        { freq: 'monthly', byday: '2SA, 4SA', opens_at: '11:00', closes_at: '14:00', until: '2026-12-31T00:00:00Z' },
        'schedules.0',
        TOKYO,
      ),
    ).toEqual({
      schedule: {
        freq: 'MONTHLY',
        byday: ['2SA', '4SA'],
        opensAt: '11:00',
        closesAt: '14:00',
        validFrom: null,
        validTo: '2026-12-31',
        description: null,
      },
    });
    const unsupported = { issue: { field: 'schedules.1', messageKey: 'directory.import_issues.schedule_unsupported' } };
    const base = { byday: 'MO', opens_at: '09:00', closes_at: '10:00' };
    expect(readSchedule({ ...base, freq: 'WEEKLY', interval: 2 }, 'schedules.1', TOKYO)).toEqual(unsupported);
    expect(readSchedule({ ...base, freq: 'MONTHLY', bymonthday: '15' }, 'schedules.1', TOKYO)).toEqual(unsupported);
    expect(readSchedule({ ...base, freq: 'YEARLY' }, 'schedules.1', TOKYO)).toEqual(unsupported);
    expect(readSchedule({ freq: 'WEEKLY', description: '要予約' }, 'schedules.1', TOKYO)).toEqual(unsupported);
    expect(readSchedule({ ...base, freq: 'WEEKLY', closes_at: '08:00' }, 'schedules.1', TOKYO)).toEqual({
      issue: { field: 'schedules.1', messageKey: 'directory.import_issues.schedule_invalid' },
    });
  });

  it('reads languages by code, three-letter code, regional tag or name', () => {
    expect(languageOf({ code: 'vi' })).toBe('vi');
    expect(languageOf({ code: 'jpn' })).toBe('ja');
    expect(languageOf({ code: 'zh-Hans' })).toBe('zh');
    expect(languageOf({ code: 'pt-BR' })).toBe('pt');
    expect(languageOf({ name: 'ベトナム語' })).toBe('vi');
    expect(languageOf({ code: 'tlh' })).toBeUndefined();
  });

  it('takes categories only from Musubi’s own taxonomy', () => {
    const attribute = (taxonomy: string, code: string) => ({ taxonomy_term: { taxonomy, code } });
    expect(
      categoriesOf({
        attributes: [
          attribute('musubi_directory_category', 'food'),
          attribute('musubi_directory_category', 'unknown'),
          attribute('open_eligibility', 'housing'),
        ],
      }),
    ).toEqual(['food']);
  });

  it('derives the same sub-object id from the same parts', () => {
    expect(derivedId('a', 'schedule', 0)).toBe(derivedId('a', 'schedule', 0));
    expect(derivedId('a', 'schedule', 0)).not.toBe(derivedId('a', 'schedule', 1));
  });
});
