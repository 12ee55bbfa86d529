import type {
  TChangeVolunteerStatusRequest,
  TCreateVolunteerRequest,
  TEnrollInsuranceRequest,
  TRecordConsentRequest,
  TUpdateVolunteerRequest,
  TVolunteer,
} from '@musubi/shared';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  changeVolunteerStatus,
  createVolunteer,
  duplicatesQueryKey,
  enrollInsurance,
  getParticipation,
  getVolunteer,
  importVolunteers,
  insurancePlansQueryKey,
  listDuplicates,
  listInsurancePlans,
  listLapsedVolunteers,
  listSkills,
  listVolunteers,
  mergeVolunteer,
  recordConsent,
  skillsQueryKey,
  type TVolunteerFilters,
  updateVolunteer,
  volunteerListQueryKey,
  volunteerQueryKey,
  volunteersQueryKey,
} from './volunteers.api';

const PAGE_SIZE = 50;

export function useVolunteerList(orgId: string, filters: TVolunteerFilters) {
  return useInfiniteQuery({
    queryKey: volunteerListQueryKey(orgId, filters),
    queryFn: ({ pageParam }) => listVolunteers(orgId, filters, { limit: PAGE_SIZE, before: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Keep the table in place while a new search loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useVolunteer(orgId: string, volunteerId: string) {
  return useQuery({ queryKey: volunteerQueryKey(orgId, volunteerId), queryFn: () => getVolunteer(orgId, volunteerId) });
}

export function useDuplicates(orgId: string) {
  return useQuery({ queryKey: duplicatesQueryKey(orgId), queryFn: () => listDuplicates(orgId) });
}

export function useSkills(orgId: string) {
  return useQuery({
    queryKey: skillsQueryKey(orgId),
    queryFn: () => listSkills(orgId),
    select: (data) => data.skills,
    staleTime: 60_000,
  });
}

export function useInsurancePlans(orgId: string) {
  return useQuery({
    queryKey: insurancePlansQueryKey(orgId),
    queryFn: () => listInsurancePlans(orgId),
    staleTime: 60_000,
  });
}

/** After a change, the record shows the answer at once and every list of the organization reloads. */
function useVolunteerSaved(orgId: string) {
  const queryClient = useQueryClient();
  return async (volunteer: TVolunteer) => {
    queryClient.setQueryData(volunteerQueryKey(orgId, volunteer.id), volunteer);
    await queryClient.invalidateQueries({ queryKey: volunteersQueryKey(orgId) });
  };
}

export function useCreateVolunteer(orgId: string) {
  const onSuccess = useVolunteerSaved(orgId);
  return useMutation({ mutationFn: (body: TCreateVolunteerRequest) => createVolunteer(orgId, body), onSuccess });
}

export function useUpdateVolunteer(orgId: string, volunteerId: string) {
  const onSuccess = useVolunteerSaved(orgId);
  return useMutation({
    mutationFn: (body: TUpdateVolunteerRequest) => updateVolunteer(orgId, volunteerId, body),
    onSuccess,
  });
}

export function useChangeVolunteerStatus(orgId: string, volunteerId: string) {
  const onSuccess = useVolunteerSaved(orgId);
  return useMutation({
    mutationFn: (body: TChangeVolunteerStatusRequest) => changeVolunteerStatus(orgId, volunteerId, body),
    onSuccess,
  });
}

export function useRecordConsent(orgId: string, volunteerId: string) {
  const onSuccess = useVolunteerSaved(orgId);
  return useMutation({
    mutationFn: (body: TRecordConsentRequest) => recordConsent(orgId, volunteerId, body),
    onSuccess,
  });
}

/** Merging changes both records, so everything about volunteers reloads (the kept record included). */
export function useMergeVolunteer(orgId: string) {
  const onSuccess = useVolunteerSaved(orgId);
  return useMutation({
    mutationFn: ({ volunteerId, intoVolunteerId }: { volunteerId: string; intoVolunteerId: string }) =>
      mergeVolunteer(orgId, volunteerId, { intoVolunteerId }),
    onSuccess,
  });
}

export function useEnrollInsurance(orgId: string, volunteerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TEnrollInsuranceRequest) => enrollInsurance(orgId, volunteerId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: volunteersQueryKey(orgId) }),
        // The insurance pages (roster, renewals) keep their answers under keys starting with 'insurance'.
        queryClient.invalidateQueries({
          predicate: (query) => String(query.queryKey[0]).startsWith('insurance') && query.queryKey[1] === orgId,
        }),
      ]),
  });
}

/** Preview (`commit: false`, writes nothing) or write an import; the lists reload after a write. */
export function useImportVolunteers(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, commit }: { file: Blob; commit: boolean }) => importVolunteers(orgId, file, commit),
    onSuccess: async (result) => {
      if (result.committed) await queryClient.invalidateQueries({ queryKey: volunteersQueryKey(orgId) });
    },
  });
}

export function useParticipation(orgId: string, volunteerId: string) {
  return useQuery({
    queryKey: [...volunteerQueryKey(orgId, volunteerId), 'participation'],
    queryFn: () => getParticipation(orgId, volunteerId),
  });
}

export function useLapsedVolunteers(orgId: string) {
  return useQuery({ queryKey: [...volunteersQueryKey(orgId), 'lapsed'], queryFn: () => listLapsedVolunteers(orgId) });
}
