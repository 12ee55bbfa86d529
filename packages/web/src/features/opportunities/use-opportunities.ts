import type {
  TCreateOpportunityRequest,
  TCreateShiftsRequest,
  TOpportunity,
  TUpdateOpportunityRequest,
} from '@musubi/shared';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogueQueryKey, mySignupsQueryKey } from './catalogue.api';
import {
  cancelOpportunity,
  createOpportunity,
  createShifts,
  getOpportunity,
  listOpportunities,
  listShifts,
  opportunitiesQueryKey,
  opportunityListQueryKey,
  opportunityQueryKey,
  shiftListQueryKey,
  type TOpportunityFilters,
  updateOpportunity,
} from './opportunities.api';

const PAGE_SIZE = 50;

export function useOpportunityList(orgId: string, filters: TOpportunityFilters) {
  return useInfiniteQuery({
    queryKey: opportunityListQueryKey(orgId, filters),
    queryFn: ({ pageParam }) => listOpportunities(orgId, filters, { limit: PAGE_SIZE, before: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useOpportunity(orgId: string, opportunityId: string) {
  return useQuery({
    queryKey: opportunityQueryKey(orgId, opportunityId),
    queryFn: () => getOpportunity(orgId, opportunityId),
  });
}

export function useShifts(orgId: string, opportunityId: string) {
  return useQuery({
    queryKey: shiftListQueryKey(orgId, opportunityId),
    queryFn: () => listShifts(orgId, opportunityId),
    select: (data) => data.shifts,
  });
}

/** After a change the activity shows the answer at once; the organization's lists and the catalogue reload. */
function useOpportunitySaved(orgId: string) {
  const queryClient = useQueryClient();
  return async (opportunity: TOpportunity) => {
    queryClient.setQueryData(opportunityQueryKey(orgId, opportunity.id), opportunity);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: opportunitiesQueryKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: catalogueQueryKey }),
    ]);
  };
}

export function useCreateOpportunity(orgId: string) {
  const onSuccess = useOpportunitySaved(orgId);
  return useMutation({ mutationFn: (body: TCreateOpportunityRequest) => createOpportunity(orgId, body), onSuccess });
}

export function useUpdateOpportunity(orgId: string, opportunityId: string) {
  const onSuccess = useOpportunitySaved(orgId);
  return useMutation({
    mutationFn: (body: TUpdateOpportunityRequest) => updateOpportunity(orgId, opportunityId, body),
    onSuccess,
  });
}

/**
 * Cancels the activity with its upcoming shifts: the activity shows the answer at once; its
 * shifts and rosters (under the organization's key), the catalogue and people's own shifts reload.
 */
export function useCancelOpportunity(orgId: string, opportunityId: string) {
  const queryClient = useQueryClient();
  const saved = useOpportunitySaved(orgId);
  return useMutation({
    mutationFn: (reason: string) => cancelOpportunity(orgId, opportunityId, { reason }),
    onSuccess: async (opportunity) => {
      await Promise.all([saved(opportunity), queryClient.invalidateQueries({ queryKey: mySignupsQueryKey })]);
    },
  });
}

export function useCreateShifts(orgId: string, opportunityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateShiftsRequest) => createShifts(orgId, opportunityId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: opportunitiesQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: catalogueQueryKey }),
      ]),
  });
}
