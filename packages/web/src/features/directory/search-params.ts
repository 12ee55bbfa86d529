import {
  DIRECTORY_CATEGORIES,
  LANGUAGES,
  SCHEDULE_WEEKDAYS,
  type TDirectoryCategory,
  type TLanguage,
  type TScheduleWeekday,
} from '@musubi/shared';
import type { DirectoryFilters } from './directory.api';

/** The search form's values; '' is "any". */
export interface DirectoryFilterValues {
  q: string;
  category: TDirectoryCategory | '';
  area: string;
  language: TLanguage | '';
  openOn: TScheduleWeekday | '';
  openNow: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';

/** The search as the page's address keeps it (so the back button returns to the same results). */
export function filtersFromParams(params: URLSearchParams): DirectoryFilterValues {
  return {
    q: params.get('q') ?? '',
    category: oneOf<TDirectoryCategory>(DIRECTORY_CATEGORIES, params.get('category')),
    area: params.get('area') ?? '',
    language: oneOf<TLanguage>(LANGUAGES, params.get('language')),
    openOn: oneOf<TScheduleWeekday>(SCHEDULE_WEEKDAYS, params.get('openOn')),
    openNow: params.get('openNow') === 'true',
  };
}

export function filtersToParams(values: DirectoryFilterValues): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ['q', 'category', 'area', 'language', 'openOn'] as const) {
    const value = values[key].trim();
    if (value !== '') params[key] = value;
  }
  if (values.openNow) params.openNow = 'true';
  return params;
}

/** The API's query: unset filters left out. */
export function filtersToQuery(values: DirectoryFilterValues): DirectoryFilters {
  const { openNow, ...rest } = filtersToParams(values);
  return { ...rest, ...(openNow ? { openNow: 'true' } : {}) } as DirectoryFilters;
}

export const hasFilters = (values: DirectoryFilterValues) => Object.keys(filtersToParams(values)).length > 0;
