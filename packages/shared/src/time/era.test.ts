import { describe, expect, it } from 'vitest';
import { parseRosterDate } from './era';

describe('parseRosterDate', () => {
  it.each([
    ['2026-04-01', '2026-04-01'],
    ['2026/4/1', '2026-04-01'],
    ['2026年4月1日', '2026-04-01'],
    ['２０２６／４／１', '2026-04-01'],
    ['昭和45年3月2日', '1970-03-02'],
    ['S45.3.2', '1970-03-02'],
    ['h1/1/8', '1989-01-08'],
    ['平成31年4月30日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['R2-1-1', '2020-01-01'],
    ['大正15年12月24日', '1926-12-24'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseRosterDate(input)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 'a day that does not exist'],
    ['平成31年5月1日', 'a day after the era ended'],
    ['令和1年4月30日', 'a day before the era began'],
    ['昭和64年1月8日', 'the day after Showa ended'],
    ['1970', 'a year alone'],
    ['X45.3.2', 'an unknown era'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (input) => {
    expect(parseRosterDate(input)).toBeNull();
  });
});
