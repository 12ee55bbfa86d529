import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, filtersToQuery, hasFilters } from './search-params';

describe('the directory search in the address', () => {
  it('keeps only known values and reads back what it wrote', () => {
    const values = filtersFromParams(
      new URLSearchParams('q=相談&category=food&language=vi&openOn=TU&openNow=true&area=東町地区'),
    );
    expect(values).toEqual({
      q: '相談',
      category: 'food',
      area: '東町地区',
      language: 'vi',
      openOn: 'TU',
      openNow: true,
    });
    expect(filtersFromParams(new URLSearchParams(filtersToParams(values)))).toEqual(values);
    expect(filtersFromParams(new URLSearchParams('category=pets&openOn=XX&language=klingon'))).toMatchObject({
      category: '',
      openOn: '',
      language: '',
    });
  });

  it('asks the API only for the filters set', () => {
    const none = filtersFromParams(new URLSearchParams(''));
    expect(hasFilters(none)).toBe(false);
    expect(filtersToQuery(none)).toEqual({});
    expect(filtersToQuery({ ...none, q: '  食堂 ', openNow: true })).toEqual({ q: '食堂', openNow: 'true' });
  });
});
