import { ACTIVITY_CATEGORIES, type TActivityCategory, type TCatalogueQuery } from '@musubi/shared';

/** The catalogue's filters as its inputs hold them; kept in the address so a filtered list can be shared. */
export interface CatalogueFilters {
  q: string;
  category: TActivityCategory | '';
  area: string;
  /** Calendar dates (YYYY-MM-DD). */
  from: string;
  to: string;
  /** On: beginner-friendly only (off: no filter, not "not for beginners"). */
  beginner: boolean;
  /** On: trial (体験) activities only. */
  trial: boolean;
  /** Online only, in person only, or either. */
  online: '' | 'true' | 'false';
}

export const NO_CATALOGUE_FILTERS: CatalogueFilters = {
  q: '',
  category: '',
  area: '',
  from: '',
  to: '',
  beginner: false,
  trial: false,
  online: '',
};

/** Where the person searches from ("near me"), and how far. */
export interface SearchPoint {
  lat: number;
  lng: number;
  radiusKm: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in an address's query (`/catalogue?trial=true`); anything unknown is ignored. */
export function filtersFromParams(params: URLSearchParams): CatalogueFilters {
  const category = params.get('category') ?? '';
  const online = params.get('online') ?? '';
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    q: params.get('q') ?? '',
    category: (ACTIVITY_CATEGORIES as readonly string[]).includes(category) ? (category as TActivityCategory) : '',
    area: params.get('area') ?? '',
    from: date('from'),
    to: date('to'),
    beginner: params.get('beginner') === 'true',
    trial: params.get('trial') === 'true',
    online: online === 'true' || online === 'false' ? online : '',
  };
}

/** The query of an address showing these filters: only those set, so the plain catalogue is `/catalogue`. */
export function filtersToParams(filters: CatalogueFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ['q', 'category', 'area', 'from', 'to', 'online'] as const) {
    if (filters[key]) params[key] = filters[key];
  }
  if (filters.beginner) params.beginner = 'true';
  if (filters.trial) params.trial = 'true';
  return params;
}

/** The API query: trimmed text, set filters only, and the point to measure distances from. */
export function toCatalogueQuery(filters: CatalogueFilters, point: SearchPoint | null): TCatalogueQuery {
  const query: TCatalogueQuery = {};
  const q = filters.q.trim();
  const area = filters.area.trim();
  if (q) query.q = q;
  if (area) query.area = area;
  if (filters.category) query.category = filters.category;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.beginner) query.beginner = 'true';
  if (filters.trial) query.trial = 'true';
  if (filters.online) query.online = filters.online;
  if (point) {
    query.lat = Number(point.lat.toFixed(4));
    query.lng = Number(point.lng.toFixed(4));
    query.radiusKm = point.radiusKm;
  }
  return query;
}

/** How many filters are set (for the "clear filters" button). */
export function activeFilterCount(filters: CatalogueFilters): number {
  return Object.keys(filtersToParams(filters)).length;
}
