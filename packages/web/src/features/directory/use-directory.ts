import type {
  TCreateDirectoryLocationRequest,
  TCreateDirectoryOrganizationRequest,
  TCreateDirectoryServiceRequest,
  TUpdateDirectoryLocationRequest,
  TUpdateDirectoryOrganizationRequest,
  TUpdateDirectoryServiceRequest,
} from '@musubi/shared';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createDirectoryLocation,
  createDirectoryOrganization,
  createDirectoryService,
  type DirectoryFilters,
  deleteDirectoryLocation,
  deleteDirectoryOrganization,
  deleteDirectoryService,
  directoryAreasQueryKey,
  directoryLocationQueryKey,
  directoryOrganizationQueryKey,
  directoryOrganizationsQueryKey,
  directoryQueryKey,
  directorySearchQueryKey,
  directoryServiceQueryKey,
  getDirectoryLocation,
  getDirectoryOrganization,
  getDirectoryService,
  importDirectory,
  listDirectoryAreas,
  listDirectoryOrganizations,
  searchDirectoryServices,
  updateDirectoryLocation,
  updateDirectoryOrganization,
  updateDirectoryService,
} from './directory.api';

const PAGE_SIZE = 30;

export function useDirectorySearch(orgId: string, filters: DirectoryFilters) {
  return useInfiniteQuery({
    queryKey: directorySearchQueryKey(orgId, filters),
    queryFn: ({ pageParam }) => searchDirectoryServices(orgId, filters, { limit: PAGE_SIZE, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Keep the results in place while a new search loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useDirectoryOrganizations(orgId: string, q: string) {
  return useInfiniteQuery({
    queryKey: directoryOrganizationsQueryKey(orgId, q),
    queryFn: ({ pageParam }) => listDirectoryOrganizations(orgId, q, { limit: 50, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useDirectoryOrganization(orgId: string, id: string) {
  return useQuery({
    queryKey: directoryOrganizationQueryKey(orgId, id),
    queryFn: () => getDirectoryOrganization(orgId, id),
  });
}

export function useDirectoryService(orgId: string, id: string) {
  return useQuery({ queryKey: directoryServiceQueryKey(orgId, id), queryFn: () => getDirectoryService(orgId, id) });
}

export function useDirectoryLocation(orgId: string, id: string) {
  return useQuery({ queryKey: directoryLocationQueryKey(orgId, id), queryFn: () => getDirectoryLocation(orgId, id) });
}

export function useDirectoryAreas(orgId: string) {
  return useQuery({
    queryKey: directoryAreasQueryKey(orgId),
    queryFn: () => listDirectoryAreas(orgId),
    select: (data) => data.areas,
    staleTime: 60_000,
  });
}

/** Any change can show up in searches, entry pages and areas: they all reload. */
function useDirectoryChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: directoryQueryKey(orgId) });
}

export function useCreateDirectoryOrganization(orgId: string) {
  const onSuccess = useDirectoryChanged(orgId);
  return useMutation({
    mutationFn: (body: TCreateDirectoryOrganizationRequest) => createDirectoryOrganization(orgId, body),
    onSuccess,
  });
}

export function useUpdateDirectoryOrganization(orgId: string, id: string) {
  const onSuccess = useDirectoryChanged(orgId);
  return useMutation({
    mutationFn: (body: TUpdateDirectoryOrganizationRequest) => updateDirectoryOrganization(orgId, id, body),
    onSuccess,
  });
}

export function useDeleteDirectoryOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteDirectoryOrganization(orgId, id),
    // Not the deleted entry's own page, which is being left: a reload there would answer 404.
    onSuccess: (_, id) =>
      queryClient.invalidateQueries({
        queryKey: directoryQueryKey(orgId),
        predicate: (query) => query.queryKey[3] !== id,
      }),
  });
}

export function useCreateDirectoryService(orgId: string) {
  const onSuccess = useDirectoryChanged(orgId);
  return useMutation({
    mutationFn: (body: TCreateDirectoryServiceRequest) => createDirectoryService(orgId, body),
    onSuccess,
  });
}

export function useUpdateDirectoryService(orgId: string, id: string) {
  const onSuccess = useDirectoryChanged(orgId);
  return useMutation({
    mutationFn: (body: TUpdateDirectoryServiceRequest) => updateDirectoryService(orgId, id, body),
    onSuccess,
  });
}

export function useDeleteDirectoryService(orgId: string) {
  const onSuccess = useDirectoryChanged(orgId);
  return useMutation({ mutationFn: (id: string) => deleteDirectoryService(orgId, id), onSuccess });
}

export function useCreateDirectoryLocation(orgId: string) {
  const onSuccess = useDirectoryChanged(orgId);
  return useMutation({
    mutationFn: (body: TCreateDirectoryLocationRequest) => createDirectoryLocation(orgId, body),
    onSuccess,
  });
}

export function useUpdateDirectoryLocation(orgId: string, id: string) {
  const onSuccess = useDirectoryChanged(orgId);
  return useMutation({
    mutationFn: (body: TUpdateDirectoryLocationRequest) => updateDirectoryLocation(orgId, id, body),
    onSuccess,
  });
}

export function useDeleteDirectoryLocation(orgId: string) {
  const onSuccess = useDirectoryChanged(orgId);
  return useMutation({ mutationFn: (id: string) => deleteDirectoryLocation(orgId, id), onSuccess });
}

export function useImportDirectory(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: unknown; dryRun: boolean }) => importDirectory(orgId, file, dryRun),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: directoryQueryKey(orgId) });
    },
  });
}
