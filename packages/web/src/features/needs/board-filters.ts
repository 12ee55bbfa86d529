import {
  NEED_KINDS,
  NEED_STATUSES,
  NEED_URGENCIES,
  OPEN_NEED_STATUSES,
  type TNeedKind,
  type TNeedStatus,
  type TNeedUrgency,
} from '@musubi/shared';
import type { TNeedFilters } from './needs.api';

/** The stage tab of the board: every open case, everything, or one stage. */
export type TStageFilter = 'open' | 'all' | TNeedStatus;

export interface BoardFilterValues {
  stage: TStageFilter;
  kind: TNeedKind | '';
  urgency: TNeedUrgency | '';
  q: string;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined;

/** The board's filters from the address (`?stage=matching&kind=shopping`), open cases by default. */
export function filtersFromSearch(search: URLSearchParams): BoardFilterValues {
  const stage = search.get('stage');
  return {
    stage: stage === 'all' ? 'all' : (oneOf(NEED_STATUSES, stage) ?? 'open'),
    kind: oneOf(NEED_KINDS, search.get('kind')) ?? '',
    urgency: oneOf(NEED_URGENCIES, search.get('urgency')) ?? '',
    q: search.get('q') ?? '',
  };
}

/** The address of the filters; defaults are left out so the plain board stays `/needs`. */
export function filtersToSearch(values: BoardFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  if (values.stage !== 'open') search.set('stage', values.stage);
  if (values.kind) search.set('kind', values.kind);
  if (values.urgency) search.set('urgency', values.urgency);
  if (values.q) search.set('q', values.q);
  return search;
}

/** The list request for the filters (the text already debounced and trimmed). */
export function toListFilters(values: BoardFilterValues, q: string): TNeedFilters {
  return {
    status: values.stage === 'open' || values.stage === 'all' ? undefined : values.stage,
    open: values.stage === 'open' ? 'true' : undefined,
    kind: values.kind || undefined,
    urgency: values.urgency || undefined,
    q: q || undefined,
  };
}

/** How many cases a stage tab holds, from the counts per status. */
export function stageCount(counts: Partial<Record<TNeedStatus, number>>, stage: TStageFilter): number {
  const statuses: readonly TNeedStatus[] =
    stage === 'open' ? OPEN_NEED_STATUSES : stage === 'all' ? NEED_STATUSES : [stage];
  return statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
}
