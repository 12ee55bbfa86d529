import type {
  TChangeVolunteerStatusRequest,
  TCreateVolunteerRequest,
  TCsvEncoding,
  TDuplicateListResponse,
  TEnrollInsuranceRequest,
  TInsuranceEnrollment,
  TInsurancePlanListResponse,
  TLapsedVolunteersResponse,
  TMergeVolunteerRequest,
  TParticipationHistory,
  TRecordConsentRequest,
  TSkill,
  TUpdateVolunteerRequest,
  TVolunteer,
  TVolunteerImportResponse,
  TVolunteerListQuery,
  TVolunteerListResponse,
} from '@musubi/shared';
import { api } from '../../app/api-client';

const orgPath = (orgId: string) => `/api/v1/organizations/${orgId}`;
const volunteerPath = (orgId: string, volunteerId: string) => `${orgPath(orgId)}/volunteers/${volunteerId}`;

/** Every volunteer answer of an organization (lists, records, duplicates) starts with this key. */
export const volunteersQueryKey = (orgId: string) => ['volunteers', orgId] as const;
export const volunteerListQueryKey = (orgId: string, filters: TVolunteerFilters) =>
  [...volunteersQueryKey(orgId), 'list', filters] as const;
export const volunteerQueryKey = (orgId: string, volunteerId: string) =>
  [...volunteersQueryKey(orgId), 'record', volunteerId] as const;
export const duplicatesQueryKey = (orgId: string) => [...volunteersQueryKey(orgId), 'duplicates'] as const;
export const skillsQueryKey = (orgId: string) => ['skills', orgId] as const;
export const insurancePlansQueryKey = (orgId: string) => ['insurance-plans', orgId] as const;

/** The list's filters, without the paging. */
export type TVolunteerFilters = Pick<TVolunteerListQuery, 'q' | 'status' | 'skillId' | 'insured'>;

/** One page of the list, newest first; pass the previous page's `nextCursor` as `before` for the next one. */
export function listVolunteers(
  orgId: string,
  filters: TVolunteerFilters,
  page: Pick<TVolunteerListQuery, 'limit' | 'before'>,
): Promise<TVolunteerListResponse> {
  return api.get(`${orgPath(orgId)}/volunteers`, { ...filters, ...page });
}

/** Assisted registration; answers 409 VOLUNTEER_POSSIBLE_DUPLICATE unless `confirmNotDuplicate`. */
export function createVolunteer(orgId: string, body: TCreateVolunteerRequest): Promise<TVolunteer> {
  return api.post(`${orgPath(orgId)}/volunteers`, body);
}

export function getVolunteer(orgId: string, volunteerId: string): Promise<TVolunteer> {
  return api.get(volunteerPath(orgId, volunteerId));
}

export function updateVolunteer(
  orgId: string,
  volunteerId: string,
  body: TUpdateVolunteerRequest,
): Promise<TVolunteer> {
  return api.patch(volunteerPath(orgId, volunteerId), body);
}

export function changeVolunteerStatus(
  orgId: string,
  volunteerId: string,
  body: TChangeVolunteerStatusRequest,
): Promise<TVolunteer> {
  return api.post(`${volunteerPath(orgId, volunteerId)}/status`, body);
}

export function recordConsent(orgId: string, volunteerId: string, body: TRecordConsentRequest): Promise<TVolunteer> {
  return api.post(`${volunteerPath(orgId, volunteerId)}/consents`, body);
}

/** Folds `volunteerId` into `intoVolunteerId`; answers the kept record. */
export function mergeVolunteer(orgId: string, volunteerId: string, body: TMergeVolunteerRequest): Promise<TVolunteer> {
  return api.post(`${volunteerPath(orgId, volunteerId)}/merge`, body);
}

export function listDuplicates(orgId: string): Promise<TDuplicateListResponse> {
  return api.get(`${orgPath(orgId)}/volunteer-duplicates`);
}

/**
 * Sends a CSV file as it is (the server detects UTF-8 or Shift_JIS). `commit: false`
 * only previews and writes nothing; `commit: true` writes every accepted row.
 */
export function importVolunteers(orgId: string, file: Blob, commit: boolean): Promise<TVolunteerImportResponse> {
  return api.postRaw(`${orgPath(orgId)}/volunteers/import`, file, 'text/csv', { commit: String(commit) });
}

/** Where the CSV download is; a plain link, as the session cookie authenticates GETs. */
export function volunteerExportUrl(orgId: string, encoding: TCsvEncoding): string {
  return `${orgPath(orgId)}/volunteers/export?${new URLSearchParams({ encoding })}`;
}

/**
 * Skills and qualifications, archived ones included (flagged); read here only for pickers.
 * The answer is cached as it comes (`{ skills }`), the same shape the skill settings page keeps under this key.
 */
export function listSkills(orgId: string): Promise<{ skills: TSkill[] }> {
  return api.get(`${orgPath(orgId)}/skills`);
}

export function listInsurancePlans(orgId: string): Promise<TInsurancePlanListResponse> {
  return api.get(`${orgPath(orgId)}/insurance-plans`);
}

export function enrollInsurance(
  orgId: string,
  volunteerId: string,
  body: TEnrollInsuranceRequest,
): Promise<TInsuranceEnrollment> {
  return api.post(`${volunteerPath(orgId, volunteerId)}/insurance-enrollments`, body);
}

/** Shifts done, hours and milestones (scheduled length until attendance is recorded). */
export function getParticipation(orgId: string, volunteerId: string): Promise<TParticipationHistory> {
  return api.get(`${volunteerPath(orgId, volunteerId)}/participation`);
}

/** Active volunteers with no shift for the organization's lapse period. */
export function listLapsedVolunteers(orgId: string): Promise<TLapsedVolunteersResponse> {
  return api.get(`${orgPath(orgId)}/lapsed-volunteers`);
}
