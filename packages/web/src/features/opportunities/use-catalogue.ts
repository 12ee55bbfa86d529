import type { TCatalogueQuery } from '@musubi/shared';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  calendarFeedQueryKey,
  cancelMySignup,
  catalogueItemQueryKey,
  catalogueQueryKey,
  catalogueSearchQueryKey,
  getCalendarFeed,
  getCatalogueItem,
  getMapSettings,
  listMySignups,
  mapSettingsQueryKey,
  mySignupsQueryKey,
  renewCalendarFeed,
  searchCatalogue,
  signUp,
} from './catalogue.api';

const PAGE_SIZE = 20;

export function useCatalogueSearch(query: TCatalogueQuery) {
  return useInfiniteQuery({
    queryKey: catalogueSearchQueryKey(query),
    queryFn: ({ pageParam }) => searchCatalogue(query, { limit: PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (lastPage, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.entries.length, 0);
      return loaded < lastPage.total && lastPage.entries.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

export function useCatalogueItem(opportunityId: string, enabled = true) {
  return useQuery({
    queryKey: catalogueItemQueryKey(opportunityId),
    queryFn: () => getCatalogueItem(opportunityId),
    enabled,
  });
}

/** The map background, fixed by the server's configuration: asked for once per visit. */
export function useMapSettings() {
  return useQuery({ queryKey: mapSettingsQueryKey, queryFn: getMapSettings, staleTime: Number.POSITIVE_INFINITY });
}

/** Signing up changes the free places everyone sees, one's own shifts, and the organization's counts. */
function useSignupsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: catalogueQueryKey }),
      queryClient.invalidateQueries({ queryKey: mySignupsQueryKey }),
      queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
    ]);
}

export function useSignUp() {
  const onSuccess = useSignupsChanged();
  return useMutation({
    mutationFn: ({ shiftId, roleId }: { shiftId: string; roleId?: string }) => signUp(shiftId, { roleId }),
    onSuccess,
  });
}

/** One's own shifts; `enabled` false while signed out. */
export function useMySignups(enabled = true) {
  return useQuery({ queryKey: mySignupsQueryKey, queryFn: listMySignups, enabled });
}

export function useCancelMySignup() {
  const onSuccess = useSignupsChanged();
  return useMutation({
    mutationFn: ({ signupId, reason }: { signupId: string; reason?: string }) => cancelMySignup(signupId, { reason }),
    onSuccess,
  });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: calendarFeedQueryKey, queryFn: getCalendarFeed, staleTime: Number.POSITIVE_INFINITY });
}

export function useRenewCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedQueryKey, feed),
  });
}
