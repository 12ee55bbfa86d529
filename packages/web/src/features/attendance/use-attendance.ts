import type {
  TApproveAttendanceRequest,
  TBulkApproveAttendanceRequest,
  TCorrectAttendanceRequest,
  TRecordAttendanceRequest,
  TRejectAttendanceRequest,
} from '@musubi/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  approveRecord,
  attendanceQueryKey,
  bulkApprove,
  correctRecord,
  getMyAttendance,
  getMyCodes,
  getPosterCode,
  listRecords,
  listSites,
  myAttendanceQueryKey,
  myCodesQueryKey,
  posterCodeQueryKey,
  recordAttendance,
  recordListQueryKey,
  reissuePosterCode,
  rejectRecord,
  renewMyCode,
  sitesQueryKey,
  type TRecordFilters,
  type TSiteRef,
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
