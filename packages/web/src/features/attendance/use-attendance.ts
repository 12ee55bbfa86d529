import type {
  TApproveAttendanceRequest,
  TAttendancePlaceRequest,
  TAttendanceSettings,
  TBulkApproveAttendanceRequest,
  TCorrectAttendanceRequest,
  TRecordAttendanceRequest,
  TRejectAttendanceRequest,
  TUpdateAttendanceSiteRequest,
} from '@musubi/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  approveRecord,
  attendanceQueryKey,
  bulkApprove,
  casesQueryKey,
  correctRecord,
  getMyAttendance,
  getMyCodes,
  getPosterCode,
  getSettings,
  listCases,
  listPlaces,
  listRecords,
  listSites,
  myAttendanceQueryKey,
  myCodesQueryKey,
  placesQueryKey,
  posterCodeQueryKey,
  recordAttendance,
  recordListQueryKey,
  reissuePosterCode,
  rejectRecord,
  renewMyCode,
  savePlace,
  settingsQueryKey,
  sitesQueryKey,
  type TRecordFilters,
  type TSiteRef,
  updateSettings,
  updateSite,
} from './attendance.api';

export function useMyAttendance() {
  return useQuery({ queryKey: myAttendanceQueryKey, queryFn: getMyAttendance });
}

export function useMyCodes() {
  return useQuery({ queryKey: myCodesQueryKey, queryFn: getMyCodes, staleTime: Number.POSITIVE_INFINITY });
}

export function useRenewMyCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewMyCode,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myCodesQueryKey }),
  });
}

export function useSites(orgId: string) {
  return useQuery({ queryKey: sitesQueryKey(orgId), queryFn: () => listSites(orgId) });
}

/** Sets or removes an activity's geofence; the sites list shows the new radius. */
export function useUpdateSite(orgId: string, opportunityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateAttendanceSiteRequest) => updateSite(orgId, opportunityId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sitesQueryKey(orgId), exact: true }),
  });
}

export function usePlaces(orgId: string, opportunityId: string) {
  return useQuery({ queryKey: placesQueryKey(orgId, opportunityId), queryFn: () => listPlaces(orgId, opportunityId) });
}

/** Adds a place (`placeId` null) or changes one; a renamed place also renames its poster. */
export function useSavePlace(orgId: string, opportunityId: string, placeId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAttendancePlaceRequest) => savePlace(orgId, opportunityId, placeId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: placesQueryKey(orgId, opportunityId) });
      if (placeId) {
        void queryClient.invalidateQueries({ queryKey: posterCodeQueryKey(orgId, { opportunityId, placeId }) });
      }
    },
  });
}

export function useAttendanceSettings(orgId: string) {
  return useQuery({ queryKey: settingsQueryKey(orgId), queryFn: () => getSettings(orgId) });
}

export function useUpdateAttendanceSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAttendanceSettings) => updateSettings(orgId, body),
    onSuccess: (saved) => queryClient.setQueryData(settingsQueryKey(orgId), saved),
  });
}

export function usePosterCode(orgId: string, site: TSiteRef) {
  return useQuery({
    queryKey: posterCodeQueryKey(orgId, site),
    queryFn: () => getPosterCode(orgId, site),
  });
}

export function useReissuePosterCode(orgId: string, site: TSiteRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reissuePosterCode(orgId, site),
    onSuccess: (poster) => {
      queryClient.setQueryData(posterCodeQueryKey(orgId, site), poster);
      void queryClient.invalidateQueries({ queryKey: sitesQueryKey(orgId) });
    },
  });
}

export function useRecords(orgId: string, filters: TRecordFilters) {
  return useQuery({
    queryKey: recordListQueryKey(orgId, filters),
    queryFn: () => listRecords(orgId, filters),
    placeholderData: keepPreviousData,
  });
}

/** A decision changes the queue and the person's own list: reload every attendance answer. */
function useDecision<TVariables, TResult>(orgId: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: attendanceQueryKey(orgId) });
      void queryClient.invalidateQueries({ queryKey: myAttendanceQueryKey });
    },
  });
}

export const useApproveRecord = (orgId: string) =>
  useDecision(orgId, ({ recordId, ...body }: TApproveAttendanceRequest & { recordId: string }) =>
    approveRecord(orgId, recordId, body),
  );

export const useRejectRecord = (orgId: string) =>
  useDecision(orgId, ({ recordId, ...body }: TRejectAttendanceRequest & { recordId: string }) =>
    rejectRecord(orgId, recordId, body),
  );

export const useCorrectRecord = (orgId: string) =>
  useDecision(orgId, ({ recordId, ...body }: TCorrectAttendanceRequest & { recordId: string }) =>
    correctRecord(orgId, recordId, body),
  );

export const useBulkApprove = (orgId: string) =>
  useDecision(orgId, (body: TBulkApproveAttendanceRequest) => bulkApprove(orgId, body));

export const useRecordAttendance = (orgId: string) =>
  useDecision(orgId, (body: TRecordAttendanceRequest) => recordAttendance(orgId, body));

/** The open cases a volunteer serves (none asked until someone is chosen). */
export function useVolunteerCases(orgId: string, volunteerId: string) {
  return useQuery({
    queryKey: casesQueryKey(orgId, volunteerId),
    queryFn: () => listCases(orgId, volunteerId),
    enabled: volunteerId !== '',
  });
}
