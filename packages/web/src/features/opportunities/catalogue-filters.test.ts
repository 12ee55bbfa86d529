import { ZCatalogueQuery } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filtersFromParams,
  filtersToParams,
  NO_CATALOGUE_FILTERS,
  toCatalogueQuery,
} from './catalogue-filters';

describe('catalogue filters', () => {
  it('reads the trial link from the first-steps card', () => {
    expect(filtersFromParams(new URLSearchParams('trial=true'))).toEqual({ ...NO_CATALOGUE_FILTERS, trial: true });
  });

  it('ignores what it does not know', () => {
    const filters = filtersFromParams(new URLSearchParams('category=cooking&from=tomorrow&online=maybe&trial=1'));
    expect(filters).toEqual(NO_CATALOGUE_FILTERS);
  });

  it('writes only the filters set into the address, and reads them back', () => {
    const filters = {
      ...NO_CATALOGUE_FILTERS,
      q: '食堂',
      category: 'children' as const,
      beginner: true,
      online: 'false' as const,
    };
    const params = filtersToParams(filters);
    expect(params).toEqual({ q: '食堂', category: 'children', beginner: 'true', online: 'false' });
    expect(filtersFromParams(new URLSearchParams(params))).toEqual(filters);
    expect(filtersToParams(NO_CATALOGUE_FILTERS)).toEqual({});
    expect(activeFilterCount(filters)).toBe(4);
  });

  it('asks the API with trimmed text, set filters and the point searched from, as the contract reads it', () => {
    const filters = { ...NO_CATALOGUE_FILTERS, q: ' 清掃 ', area: ' ', from: '2026-05-01', trial: true };
    const query = toCatalogueQuery(filters, { lat: 35.681236, lng: 139.767125, radiusKm: 5 });
    expect(query).toEqual({ q: '清掃', from: '2026-05-01', trial: 'true', lat: 35.6812, lng: 139.7671, radiusKm: 5 });
    expect(ZCatalogueQuery.safeParse(query).success).toBe(true);
    expect(toCatalogueQuery(NO_CATALOGUE_FILTERS, null)).toEqual({});
  });
});
