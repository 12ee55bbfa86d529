import type {
  TAssignSignupRequest,
  TCancelRequest,
  TCancelSignupRequest,
  TCreateOpportunityRequest,
  TCreateShiftsRequest,
  TOpportunity,
  TOpportunityListResponse,
  TOpportunityStatus,
  TShift,
  TShiftListResponse,
  TShiftRosterResponse,
  TSignup,
  TUpdateOpportunityRequest,
  TUpdateShiftRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

const orgPath = (orgId: string) => `/api/v1/organizations/${orgId}`;
const opportunityPath = (orgId: string, opportunityId: string) => `${orgPath(orgId)}/opportunities/${opportunityId}`;
const shiftPath = (orgId: string, shiftId: string) => `${orgPath(orgId)}/shifts/${shiftId}`;

/** Every activity answer of an organization (lists, activities, shifts, rosters) starts with this key. */
export const opportunitiesQueryKey = (orgId: string) => ['opportunities', orgId] as const;
export const opportunityListQueryKey = (orgId: string, filters: TOpportunityFilters) =>
  [...opportunitiesQueryKey(orgId), 'list', filters] as const;
export const opportunityQueryKey = (orgId: string, opportunityId: string) =>
  [...opportunitiesQueryKey(orgId), 'activity', opportunityId] as const;
export const shiftListQueryKey = (orgId: string, opportunityId: string) =>
  [...opportunitiesQueryKey(orgId), 'shifts', opportunityId] as const;
export const shiftQueryKey = (orgId: string, shiftId: string) =>
  [...opportunitiesQueryKey(orgId), 'shift', shiftId] as const;
export const rosterQueryKey = (orgId: string, shiftId: string) =>
  [...opportunitiesQueryKey(orgId), 'roster', shiftId] as const;

export interface TOpportunityFilters {
  status?: TOpportunityStatus;
  q?: string;
}

/** One page of the organization's activities, newest first; pass `nextCursor` as `before` for the next. */
export function listOpportunities(
  orgId: string,
  filters: TOpportunityFilters,
  page: { limit: number; before?: string },
): Promise<TOpportunityListResponse> {
  return api.get(`${orgPath(orgId)}/opportunities`, { ...filters, ...page });
}

export function createOpportunity(orgId: string, body: TCreateOpportunityRequest): Promise<TOpportunity> {
  return api.post(`${orgPath(orgId)}/opportunities`, body);
}

export function getOpportunity(orgId: string, opportunityId: string): Promise<TOpportunity> {
  return api.get(opportunityPath(orgId, opportunityId));
}

/** Changes fields, or the status (publish, close); cancelling is `cancelOpportunity`. */
export function updateOpportunity(
  orgId: string,
  opportunityId: string,
  body: TUpdateOpportunityRequest,
): Promise<TOpportunity> {
  return api.patch(opportunityPath(orgId, opportunityId), body);
}

/** Cancels the activity and every upcoming shift of it; everyone on those shifts is told, with the reason. */
export function cancelOpportunity(orgId: string, opportunityId: string, body: TCancelRequest): Promise<TOpportunity> {
  return api.post(`${opportunityPath(orgId, opportunityId)}/cancel`, body);
}

/** The activity's shifts (past ones included), with places taken per role. */
export function listShifts(orgId: string, opportunityId: string): Promise<TShiftListResponse> {
  return api.get(`${opportunityPath(orgId, opportunityId)}/shifts`);
}

/** One shift, or a series when the request has an RRULE. */
export function createShifts(
  orgId: string,
  opportunityId: string,
  body: TCreateShiftsRequest,
): Promise<TShiftListResponse> {
  return api.post(`${opportunityPath(orgId, opportunityId)}/shifts`, body);
}

export function getShift(orgId: string, shiftId: string): Promise<TShift> {
  return api.get(shiftPath(orgId, shiftId));
}

/** Changes one occurrence (its times or places); a series occurrence then stands apart from its series. */
export function updateShift(orgId: string, shiftId: string, body: TUpdateShiftRequest): Promise<TShift> {
  return api.patch(shiftPath(orgId, shiftId), body);
}

/** Cancels the shift; everyone on it is told by mail. */
export function cancelShift(orgId: string, shiftId: string, body: TCancelRequest): Promise<void> {
  return api.post(`${shiftPath(orgId, shiftId)}/cancel`, body);
}

export function getRoster(orgId: string, shiftId: string): Promise<TShiftRosterResponse> {
  return api.get(`${shiftPath(orgId, shiftId)}/signups`);
}

/** A coordinator puts one of the organization's volunteers on the shift (confirmed or waitlisted). */
export function assignSignup(orgId: string, shiftId: string, body: TAssignSignupRequest): Promise<TSignup> {
  return api.post(`${shiftPath(orgId, shiftId)}/signups`, body);
}

/** Cancels someone's place; the first on the waitlist moves up. */
export function cancelSignup(orgId: string, signupId: string, body: TCancelSignupRequest): Promise<TSignup> {
  return api.post(`${orgPath(orgId)}/signups/${signupId}/cancel`, body);
}
