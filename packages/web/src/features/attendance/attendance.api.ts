import type {
  TApproveAttendanceRequest,
  TAttendanceCasesResponse,
  TAttendancePlace,
  TAttendancePlaceListResponse,
  TAttendancePlaceRequest,
  TAttendanceRecord,
  TAttendanceRecordListQuery,
  TAttendanceRecordListResponse,
  TAttendanceSettings,
  TAttendanceSite,
  TAttendanceSiteListResponse,
  TBulkApproveAttendanceRequest,
  TBulkApproveAttendanceResponse,
  TCorrectAttendanceRequest,
  TMyAttendanceResponse,
  TPersonalCode,
  TPersonalCodeListResponse,
  TPosterCode,
  TRecordAttendanceRequest,
  TRejectAttendanceRequest,
  TScanResponse,
  TSiteCodesResponse,
  TUpdateAttendanceSiteRequest,
} from '@musubi/shared';
import { api, isApiError } from '../../app/api-client';
import type { QueuedScan, SendResult } from './scan-queue';

const orgPath = (orgId: string) => `/api/v1/organizations/${orgId}/attendance`;

export const myAttendanceQueryKey = ['my-attendance'] as const;
export const myCodesQueryKey = ['my-attendance-codes'] as const;
export const ATTENDANCE_ROOT = 'attendance';
export const attendanceQueryKey = (orgId: string) => [ATTENDANCE_ROOT, orgId] as const;
export const recordListQueryKey = (orgId: string, filters: TRecordFilters) =>
  [...attendanceQueryKey(orgId), 'records', filters] as const;
export const sitesQueryKey = (orgId: string) => [...attendanceQueryKey(orgId), 'sites'] as const;
export const settingsQueryKey = (orgId: string) => [...attendanceQueryKey(orgId), 'settings'] as const;
export const placesQueryKey = (orgId: string, opportunityId: string) =>
  [...sitesQueryKey(orgId), opportunityId, 'places'] as const;
export const posterCodeQueryKey = (orgId: string, site: TSiteRef) =>
  [...attendanceQueryKey(orgId), 'poster-code', site.opportunityId, site.placeId ?? null] as const;

/** A check-in site: an activity, or one place of it (an entrance, a satellite site) with codes of its own. */
export interface TSiteRef {
  opportunityId: string;
  placeId?: string;
}

/** The approval queue's filters. */
export type TRecordFilters = Pick<TAttendanceRecordListQuery, 'status' | 'date' | 'opportunityId' | 'flag'>;

/**
 * Sends one queued scan. Its answer (accepted or refused) is final; no connection, a server
 * error or a rate limit leave it queued; an ended session keeps it until the person signs in.
 */
export async function sendScan(scan: QueuedScan): Promise<SendResult> {
  const { scanId, kind, code, action, scannedAt, position, opportunityId } = scan;
  try {
    const response = await api.put<TScanResponse>(`/api/v1/attendance/scans/${scanId}`, {
      kind,
      code,
      action,
      scannedAt,
      ...(position ? { position } : {}),
      ...(opportunityId ? { opportunityId } : {}),
    });
    return { type: 'answered', response };
  } catch (error) {
    if (!isApiError(error) || error.status === 0 || error.status >= 500 || error.status === 429) {
      return { type: 'unreachable' };
    }
    if (error.code === 'AUTH_REQUIRED' || error.code === 'AUTH_CSRF_INVALID') return { type: 'signed_out' };
    return { type: 'rejected', code: error.code };
  }
}

export function getMyAttendance(): Promise<TMyAttendanceResponse> {
  return api.get('/api/v1/me/attendance', { limit: 20 });
}

export function getMyCodes(): Promise<TPersonalCodeListResponse> {
  return api.get('/api/v1/me/attendance-codes');
}

/** Revokes the person's code in one organization and issues a new one. */
export function renewMyCode(volunteerId: string): Promise<TPersonalCode> {
  return api.post(`/api/v1/me/attendance-codes/${volunteerId}/renew`);
}

export function listSites(orgId: string): Promise<TAttendanceSiteListResponse> {
  return api.get(`${orgPath(orgId)}/sites`);
}

/** Sets the activity's geofence radius, or removes it (`null`). */
export function updateSite(orgId: string, opportunityId: string, body: TUpdateAttendanceSiteRequest) {
  return api.put<TAttendanceSite>(`${orgPath(orgId)}/sites/${opportunityId}`, body);
}

export function listPlaces(orgId: string, opportunityId: string): Promise<TAttendancePlaceListResponse> {
  return api.get(`${orgPath(orgId)}/sites/${opportunityId}/places`);
}

/** Adds a place to the activity (`placeId` absent) or changes one. */
export function savePlace(orgId: string, opportunityId: string, placeId: string | null, body: TAttendancePlaceRequest) {
  const places = `${orgPath(orgId)}/sites/${opportunityId}/places`;
  return placeId ? api.put<TAttendancePlace>(`${places}/${placeId}`, body) : api.post<TAttendancePlace>(places, body);
}

export function getSettings(orgId: string): Promise<TAttendanceSettings> {
  return api.get(`${orgPath(orgId)}/settings`);
}

export function updateSettings(orgId: string, body: TAttendanceSettings): Promise<TAttendanceSettings> {
  return api.put(`${orgPath(orgId)}/settings`, body);
}

/** Rotating codes from `from` on, signed ahead so the screen keeps changing without a connection. */
export function getSiteCodes(orgId: string, site: TSiteRef, from: string, count: number) {
  return api.get<TSiteCodesResponse>(`${orgPath(orgId)}/site-codes`, { ...site, from, count });
}

export function getPosterCode(orgId: string, { opportunityId, placeId }: TSiteRef): Promise<TPosterCode> {
  return api.get(`${orgPath(orgId)}/sites/${opportunityId}/poster-code`, { placeId });
}

/** Makes every earlier poster of the activity invalid. */
export function reissuePosterCode(orgId: string, { opportunityId, placeId }: TSiteRef): Promise<TPosterCode> {
  const query = placeId ? `?${new URLSearchParams({ placeId })}` : '';
  return api.post(`${orgPath(orgId)}/sites/${opportunityId}/poster-code/reissue${query}`);
}

export function listRecords(orgId: string, filters: TRecordFilters): Promise<TAttendanceRecordListResponse> {
  return api.get(`${orgPath(orgId)}/records`, { ...filters });
}

export function approveRecord(orgId: string, recordId: string, body: TApproveAttendanceRequest) {
  return api.post<TAttendanceRecord>(`${orgPath(orgId)}/records/${recordId}/approve`, body);
}

export function rejectRecord(orgId: string, recordId: string, body: TRejectAttendanceRequest) {
  return api.post<TAttendanceRecord>(`${orgPath(orgId)}/records/${recordId}/reject`, body);
}

export function correctRecord(orgId: string, recordId: string, body: TCorrectAttendanceRequest) {
  return api.post<TAttendanceRecord>(`${orgPath(orgId)}/records/${recordId}/correct`, body);
}

/** Approves all of them or none (ATTENDANCE_BULK_REFUSED lists the failures). */
export function bulkApprove(orgId: string, body: TBulkApproveAttendanceRequest) {
  return api.post<TBulkApproveAttendanceResponse>(`${orgPath(orgId)}/records/approve`, body);
}

/** Records attendance on someone's behalf (no phone). */
export function recordAttendance(orgId: string, body: TRecordAttendanceRequest): Promise<TAttendanceRecord> {
  return api.post(`${orgPath(orgId)}/records`, body);
}

export const casesQueryKey = (orgId: string, volunteerId: string) =>
  [...attendanceQueryKey(orgId), 'cases', volunteerId] as const;

/** The open cases a volunteer serves, to link a visit to. */
export function listCases(orgId: string, volunteerId: string): Promise<TAttendanceCasesResponse> {
  return api.get(`${orgPath(orgId)}/cases`, { volunteerId });
}
