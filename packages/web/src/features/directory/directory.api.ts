import type {
  TCreateDirectoryLocationRequest,
  TCreateDirectoryOrganizationRequest,
  TCreateDirectoryServiceRequest,
  TDirectoryAreasResponse,
  TDirectoryImportResponse,
  TDirectoryLocation,
  TDirectoryOrganization,
  TDirectoryOrganizationDetail,
  TDirectoryOrganizationListResponse,
  TDirectoryService,
  TDirectoryServiceSearchQuery,
  TDirectoryServiceSearchResponse,
  TUpdateDirectoryLocationRequest,
  TUpdateDirectoryOrganizationRequest,
  TUpdateDirectoryServiceRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

/** Every answer of an organization's directory starts with this key, so one write reloads them all. */
export const directoryQueryKey = (orgId: string) => ['directory', orgId] as const;
export const directorySearchQueryKey = (orgId: string, filters: DirectoryFilters) =>
  [...directoryQueryKey(orgId), 'services', filters] as const;
export const directoryOrganizationsQueryKey = (orgId: string, q: string) =>
  [...directoryQueryKey(orgId), 'organizations', q] as const;
export const directoryOrganizationQueryKey = (orgId: string, id: string) =>
  [...directoryQueryKey(orgId), 'organization', id] as const;
export const directoryServiceQueryKey = (orgId: string, id: string) =>
  [...directoryQueryKey(orgId), 'service', id] as const;
export const directoryLocationQueryKey = (orgId: string, id: string) =>
  [...directoryQueryKey(orgId), 'location', id] as const;
export const directoryAreasQueryKey = (orgId: string) => [...directoryQueryKey(orgId), 'areas'] as const;

export type DirectoryFilters = Pick<
  TDirectoryServiceSearchQuery,
  'q' | 'category' | 'area' | 'language' | 'openOn' | 'openNow'
>;

const base = (orgId: string) => `/api/v1/organizations/${orgId}/directory`;

export function searchDirectoryServices(
  orgId: string,
  filters: DirectoryFilters,
  page: { limit: number; after?: string },
): Promise<TDirectoryServiceSearchResponse> {
  return api.get(`${base(orgId)}/services`, { ...filters, ...page });
}

export function listDirectoryOrganizations(
  orgId: string,
  q: string,
  page: { limit: number; after?: string },
): Promise<TDirectoryOrganizationListResponse> {
  return api.get(`${base(orgId)}/organizations`, { q, ...page });
}

export function getDirectoryOrganization(orgId: string, id: string): Promise<TDirectoryOrganizationDetail> {
  return api.get(`${base(orgId)}/organizations/${id}`);
}

export function createDirectoryOrganization(
  orgId: string,
  body: TCreateDirectoryOrganizationRequest,
): Promise<TDirectoryOrganization> {
  return api.post(`${base(orgId)}/organizations`, body);
}

export function updateDirectoryOrganization(
  orgId: string,
  id: string,
  body: TUpdateDirectoryOrganizationRequest,
): Promise<TDirectoryOrganization> {
  return api.patch(`${base(orgId)}/organizations/${id}`, body);
}

export function deleteDirectoryOrganization(orgId: string, id: string): Promise<void> {
  return api.delete(`${base(orgId)}/organizations/${id}`);
}

export function getDirectoryService(orgId: string, id: string): Promise<TDirectoryService> {
  return api.get(`${base(orgId)}/services/${id}`);
}

export function createDirectoryService(
  orgId: string,
  body: TCreateDirectoryServiceRequest,
): Promise<TDirectoryService> {
  return api.post(`${base(orgId)}/services`, body);
}

export function updateDirectoryService(
  orgId: string,
  id: string,
  body: TUpdateDirectoryServiceRequest,
): Promise<TDirectoryService> {
  return api.patch(`${base(orgId)}/services/${id}`, body);
}

export function deleteDirectoryService(orgId: string, id: string): Promise<void> {
  return api.delete(`${base(orgId)}/services/${id}`);
}

export function getDirectoryLocation(orgId: string, id: string): Promise<TDirectoryLocation> {
  return api.get(`${base(orgId)}/locations/${id}`);
}

export function createDirectoryLocation(
  orgId: string,
  body: TCreateDirectoryLocationRequest,
): Promise<TDirectoryLocation> {
  return api.post(`${base(orgId)}/locations`, body);
}

export function updateDirectoryLocation(
  orgId: string,
  id: string,
  body: TUpdateDirectoryLocationRequest,
): Promise<TDirectoryLocation> {
  return api.patch(`${base(orgId)}/locations/${id}`, body);
}

export function deleteDirectoryLocation(orgId: string, id: string): Promise<void> {
  return api.delete(`${base(orgId)}/locations/${id}`);
}

export function listDirectoryAreas(orgId: string): Promise<TDirectoryAreasResponse> {
  return api.get(`${base(orgId)}/areas`);
}

/** The HSDS file as parsed JSON; a dry run only previews. */
export function importDirectory(orgId: string, file: unknown, dryRun: boolean): Promise<TDirectoryImportResponse> {
  return api.postRaw(`${base(orgId)}/import`, new Blob([JSON.stringify(file)]), 'application/json', {
    dryRun: String(dryRun),
  });
}

/** A plain link: the session cookie authenticates the download. */
export function directoryExportUrl(orgId: string): string {
  return `${base(orgId)}/export.json`;
}
