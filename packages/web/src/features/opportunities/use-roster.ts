import type { TAssignSignupRequest, TUpdateShiftRequest } from '@musubi/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listVolunteers, volunteersQueryKey } from '../volunteers/volunteers.api';
import { catalogueQueryKey, mySignupsQueryKey } from './catalogue.api';
import {
  assignSignup,
  cancelShift,
  cancelSignup,
  getRoster,
  getShift,
  opportunitiesQueryKey,
  rosterQueryKey,
  shiftQueryKey,
  updateShift,
} from './opportunities.api';

export function useShift(orgId: string, shiftId: string) {
  return useQuery({ queryKey: shiftQueryKey(orgId, shiftId), queryFn: () => getShift(orgId, shiftId) });
}

export function useRoster(orgId: string, shiftId: string) {
  return useQuery({
    queryKey: rosterQueryKey(orgId, shiftId),
    queryFn: () => getRoster(orgId, shiftId),
    select: (data) => data.signups,
  });
}

/** Places change the roster, the shift's counts, the activity's lists, the catalogue and one's own shifts. */
function usePlacesChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: opportunitiesQueryKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: catalogueQueryKey }),
      queryClient.invalidateQueries({ queryKey: mySignupsQueryKey }),
    ]);
}

export function useAssignSignup(orgId: string, shiftId: string) {
  const onSuccess = usePlacesChanged(orgId);
  return useMutation({ mutationFn: (body: TAssignSignupRequest) => assignSignup(orgId, shiftId, body), onSuccess });
}

export function useCancelSignup(orgId: string) {
  const onSuccess = usePlacesChanged(orgId);
  return useMutation({
    mutationFn: ({ signupId, reason }: { signupId: string; reason?: string }) =>
      cancelSignup(orgId, signupId, { reason }),
    onSuccess,
  });
}

export function useCancelShift(orgId: string, shiftId: string) {
  const onSuccess = usePlacesChanged(orgId);
  return useMutation({ mutationFn: (reason: string) => cancelShift(orgId, shiftId, { reason }), onSuccess });
}

/**
 * Changes one occurrence: the roster shows the answer at once; the activity's shift list,
 * the catalogue and people's own shifts (which show its times) reload.
 */
export function useUpdateShift(orgId: string, shiftId: string) {
  const queryClient = useQueryClient();
  const placesChanged = usePlacesChanged(orgId);
  return useMutation({
    mutationFn: (body: TUpdateShiftRequest) => updateShift(orgId, shiftId, body),
    onSuccess: async (shift) => {
      queryClient.setQueryData(shiftQueryKey(orgId, shiftId), shift);
      await placesChanged();
    },
  });
}

/** Volunteers matching a search, for picking one to assign (only once something is typed). */
export function useVolunteerSearch(orgId: string, q: string) {
  return useQuery({
    queryKey: [...volunteersQueryKey(orgId), 'pick', q],
    queryFn: () => listVolunteers(orgId, { q }, { limit: 8 }),
    select: (data) => data.volunteers,
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
}
